/* xapi: a session record as cmi5-shaped xAPI 1.0.3 statements (initialized, one "responded"
 * per typed turn, completed, passed or failed, terminated) for a learning platform. Everything
 * derives from the record, so the same record always gives the same statements: the registration,
 * the session id and the statement ids are name-based (version 5) UUIDs of the record's identity.
 */
#include <cjson/cJSON.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../store/record.h"
#include "report.h"

#ifndef RAPPORT_VERSION
#define RAPPORT_VERSION "0.1.0"
#endif

#define HOME "https://rapport.invalid"
#define EXT HOME "/xapi/extensions/"
#define CMI5 "https://w3id.org/xapi/cmi5/context/"
#define MASTERY 0.7 /* scripts/lib/score.lua's pass_score */

/* SHA-1 (FIPS 180-4), only for RFC 4122 name-based UUIDs. */
typedef struct Sha1 {
    uint32_t h[5];
    uint64_t len;
    unsigned char buf[64];
    size_t n;
} Sha1;

static uint32_t rol(uint32_t x, int k)
{
    return (x << k) | (x >> (32 - k));
}

static void sha1_block(Sha1 *s, const unsigned char *p)
{
    uint32_t w[80];
    for (int i = 0; i < 16; i++)
        w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
               (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
    for (int i = 16; i < 80; i++)
        w[i] = rol(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = s->h[0], b = s->h[1], c = s->h[2], d = s->h[3], e = s->h[4];
    for (int i = 0; i < 80; i++) {
        uint32_t f, k;
        if (i < 20)
            f = (b & c) | (~b & d), k = 0x5A827999;
        else if (i < 40)
            f = b ^ c ^ d, k = 0x6ED9EBA1;
        else if (i < 60)
            f = (b & c) | (b & d) | (c & d), k = 0x8F1BBCDC;
        else
            f = b ^ c ^ d, k = 0xCA62C1D6;
        uint32_t t = rol(a, 5) + f + e + k + w[i];
        e = d, d = c, c = rol(b, 30), b = a, a = t;
    }
    s->h[0] += a, s->h[1] += b, s->h[2] += c, s->h[3] += d, s->h[4] += e;
}

static void sha1_init(Sha1 *s)
{
    *s = (Sha1){.h = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0}};
}

static void sha1_add(Sha1 *s, const void *data, size_t len)
{
    const unsigned char *p = data;
    s->len += len;
    while (len--) {
        s->buf[s->n++] = *p++;
        if (s->n == 64) {
            sha1_block(s, s->buf);
            s->n = 0;
        }
    }
}

static void sha1_end(Sha1 *s, unsigned char out[20])
{
    uint64_t bits = s->len * 8;
    unsigned char pad = 0x80, zero = 0;
    sha1_add(s, &pad, 1);
    while (s->n != 56)
        sha1_add(s, &zero, 1);
    for (int i = 7; i >= 0; i--) {
        unsigned char b = (unsigned char)(bits >> (8 * i));
        sha1_add(s, &b, 1);
    }
    for (int i = 0; i < 5; i++)
        for (int j = 0; j < 4; j++)
            out[4 * i + j] = (unsigned char)(s->h[i] >> (24 - 8 * j));
}

/* RFC 4122 version 5 in the URL namespace (6ba7b811-9dad-11d1-80b4-00c04fd430c8). */
void xapi_uuid5(const char *name, char out[37])
{
    static const unsigned char ns[16] = {0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1,
                                         0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};
    Sha1 s;
    unsigned char h[20];
    sha1_init(&s);
    sha1_add(&s, ns, 16);
    sha1_add(&s, name, strlen(name));
    sha1_end(&s, h);
    h[6] = (unsigned char)((h[6] & 0x0f) | 0x50);
    h[8] = (unsigned char)((h[8] & 0x3f) | 0x80);
    char *p = out;
    for (int i = 0; i < 16; i++) {
        if (i == 4 || i == 6 || i == 8 || i == 10) *p++ = '-';
        p += sprintf(p, "%02x", h[i]);
    }
}

/* Seconds since the epoch of "2026-11-22T10:17:43Z"; -1 when it is not that shape. */
static long long parse_utc(const char *s)
{
    struct tm tm = {0};
    if (!s || sscanf(s, "%4d-%2d-%2dT%2d:%2d:%2dZ", &tm.tm_year, &tm.tm_mon, &tm.tm_mday,
                     &tm.tm_hour, &tm.tm_min, &tm.tm_sec) != 6)
        return -1;
    /* Days from civil (no timegm in POSIX). */
    int y = tm.tm_year, m = tm.tm_mon, d = tm.tm_mday;
    y -= m <= 2;
    long long era = (y >= 0 ? y : y - 399) / 400;
    long long yoe = y - era * 400, doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (era * 146097 + doe - 719468) * 86400 + tm.tm_hour * 3600 + tm.tm_min * 60 + tm.tm_sec;
}

static cJSON *lang_map(const char *text)
{
    cJSON *m = cJSON_CreateObject();
    cJSON_AddStringToObject(m, "en-US", text);
    return m;
}

static cJSON *activity(const char *id)
{
    cJSON *a = cJSON_CreateObject();
    cJSON_AddStringToObject(a, "objectType", "Activity");
    cJSON_AddStringToObject(a, "id", id);
    return a;
}

/* An IRI path segment: unreserved characters as they are, the rest percent-encoded. */
static void iri_segment(const char *s, char *out, size_t size)
{
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p && n + 4 < size; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
            strchr("-._~", *p))
            out[n++] = (char)*p;
        else
            n += (size_t)snprintf(out + n, size - n, "%%%02X", *p);
    }
    out[n] = '\0';
}

static cJSON *copy_numbers(const cJSON *from, const char *const *keys)
{
    cJSON *o = cJSON_CreateObject();
    for (int i = 0; keys[i]; i++) {
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(from, keys[i]);
        if (v) cJSON_AddItemToObject(o, keys[i], cJSON_Duplicate(v, true));
    }
    return o;
}

/* What every statement of a session shares. */
typedef struct XapiSession {
    const Report *r;
    char registration[37], session[37]; /* name-based UUIDs of the record's identity */
    char object_id[700];                /* the client as an activity */
    char duration[64];                  /* ISO 8601, "PT4M12S" */
    double score;                       /* scaled, in [-1, 1] */
    bool pass;
} XapiSession;

/* A course of sessions is one registration: named by the client, the seed, the trainee and
 * the first session's steps (the start of every later session's "choices"), each session
 * one attempt (its own session id). */
static bool course_ids(const Report *r, XapiSession *x)
{
    const cJSON *choices = cJSON_GetObjectItemCaseSensitive(r->root, "choices"), *c;
    size_t cap = 1024;
    cJSON_ArrayForEach(c, choices) cap += 260;
    char *name = malloc(cap);
    if (!name) return false;
    int n = snprintf(name, cap, HOME "/courses/%s/%s/%llu/%s/", r->scenario_id, r->hash, r->seed,
                     r->trainee);
    cJSON_ArrayForEach(c, choices)
    {
        const cJSON *node = cJSON_GetObjectItemCaseSensitive(c, "node");
        const cJSON *ch = cJSON_GetObjectItemCaseSensitive(c, "choice");
        if (!cJSON_IsString(node) || !cJSON_IsString(ch)) continue;
        if (!strcmp(ch->valuestring, "next") || !strcmp(ch->valuestring, "missed")) break;
        if (n > 0 && (size_t)n < cap)
            n += snprintf(name + n, cap - (size_t)n, "%.120s:%.120s,", node->valuestring,
                          ch->valuestring);
    }
    char tmp[1200];
    xapi_uuid5(name, x->registration);
    snprintf(tmp, sizeof tmp, "%s#session-%d", x->registration, r->sitting);
    xapi_uuid5(tmp, x->session);
    free(name);
    return true;
}

/* The record's identity: the same record, the same ids. */
static bool record_ids(const Report *r, XapiSession *x)
{
    if (r->sitting) return course_ids(r, x);
    size_t cap = 1024;
    for (int i = 0; i < r->nturns; i++)
        cap += strlen(r->turns[i].node) + strlen(r->turns[i].chose) + 2;
    char *name = malloc(cap);
    if (!name) return false;
    int n = snprintf(name, cap, HOME "/records/%s/%s/%llu/%s/%s/", r->scenario_id, r->hash, r->seed,
                     r->trainee, r->started);
    for (int i = 0; i < r->nturns && n > 0 && (size_t)n < cap; i++)
        n += snprintf(name + n, cap - (size_t)n, "%s:%s,", r->turns[i].node, r->turns[i].chose);
    char tmp[1200];
    xapi_uuid5(name, x->registration);
    snprintf(tmp, sizeof tmp, "%s#session", x->registration);
    xapi_uuid5(tmp, x->session);
    free(name);
    return true;
}

/* The session's length from the record's start and end times (0 when they do not say). */
static void iso_duration(const Report *r, char *out, size_t size)
{
    long long t0 = parse_utc(r->started), t1 = parse_utc(r->ended);
    long long secs = t0 >= 0 && t1 >= t0 ? t1 - t0 : 0;
    if (secs >= 3600)
        snprintf(out, size, "PT%lldH%lldM%lldS", secs / 3600, secs / 60 % 60, secs % 60);
    else if (secs >= 60)
        snprintf(out, size, "PT%lldM%lldS", secs / 60, secs % 60);
    else
        snprintf(out, size, "PT%lldS", secs);
}

static bool xapi_session_init(const Report *r, XapiSession *x)
{
    *x = (XapiSession){.r = r};
    if (!record_ids(r, x)) return false;
    x->pass = report_flag(r->summary, "pass");
    double score = report_value(r->summary, "score");
    if (isnan(score)) score = 0;
    x->score = fmax(-1, fmin(1, round(score * 10000) / 10000)); /* xAPI: scaled in [-1, 1] */
    iso_duration(r, x->duration, sizeof x->duration);
    char id[600];
    iri_segment(r->scenario_id, id, sizeof id);
    snprintf(x->object_id, sizeof x->object_id, HOME "/clients/%s", id);
    return true;
}

/* The trainee as an agent with an account on the platform's home page. */
static void add_actor(cJSON *st, const Report *r)
{
    cJSON *actor = cJSON_AddObjectToObject(st, "actor");
    cJSON_AddStringToObject(actor, "objectType", "Agent");
    const char *who = r->trainee[0] ? r->trainee : "anonymous";
    cJSON_AddStringToObject(actor, "name", who);
    cJSON *account = cJSON_AddObjectToObject(actor, "account");
    cJSON_AddStringToObject(account, "homePage", HOME);
    cJSON_AddStringToObject(account, "name", who);
}

static void add_verb(cJSON *st, const char *verb)
{
    char id[256];
    cJSON *v = cJSON_AddObjectToObject(st, "verb");
    snprintf(id, sizeof id, "http://adlnet.gov/expapi/verbs/%s", verb);
    cJSON_AddStringToObject(v, "id", id);
    cJSON_AddItemToObject(v, "display", lang_map(verb));
}

/* The client the session was with, as a simulation activity. */
static void add_object(cJSON *st, const XapiSession *x)
{
    cJSON *obj = activity(x->object_id);
    cJSON *def = cJSON_AddObjectToObject(obj, "definition");
    cJSON_AddItemToObject(def, "name", lang_map(x->r->title));
    cJSON_AddItemToObject(
        def, "description",
        lang_map("A Rapport conversation-training session with a simulated client"));
    cJSON_AddStringToObject(def, "type", "http://adlnet.gov/expapi/activities/simulation");
    cJSON_AddItemToObject(st, "object", obj);
}

/* The MITI-style keys of the summary the extension carries: the shared layout's measures that
 * go to xAPI, its counts, then the rest of the MITI-style summary. */
static void miti_keys(const char *keys[REPORT_MITI_ROWS + REPORT_MITI_COUNTS + 5])
{
    static const char *const rest[] = {"counts", "grades", "too_short", "turns", NULL};
    int n = 0;
    for (int i = 0; i < REPORT_MITI_ROWS; i++)
        if (report_miti_layout[i].xapi) keys[n++] = report_miti_layout[i].key;
    for (int i = 0; i < REPORT_MITI_COUNTS; i++)
        keys[n++] = report_miti_counts[i].key;
    for (int i = 0; rest[i]; i++)
        keys[n++] = rest[i];
    keys[n] = NULL;
}

/* The passed or failed statement's extensions: the MITI-style summary and the outcome. */
static void add_judged_extensions(cJSON *res, const Report *r)
{
    static const char *const outcome[] = {
        "final_rapport", "final_credibility", "peak_discord", "repairs", "goal",
        "process",       "outcome",           "score",        "pass",    NULL};
    const char *miti[REPORT_MITI_ROWS + REPORT_MITI_COUNTS + 5];
    miti_keys(miti);
    cJSON *ext = cJSON_AddObjectToObject(res, "extensions");
    cJSON_AddItemToObject(ext, EXT "miti-summary", copy_numbers(r->summary, miti));
    cJSON *out = copy_numbers(r->summary, outcome);
    if (r->ending) {
        cJSON_AddItemToObject(
            out, "ending",
            cJSON_Duplicate(cJSON_GetObjectItemCaseSensitive(r->ending, "id"), true));
        cJSON_AddItemToObject(
            out, "ending_outcome",
            cJSON_Duplicate(cJSON_GetObjectItemCaseSensitive(r->ending, "outcome"), true));
    }
    cJSON_AddItemToObject(ext, EXT "outcome", out);
}

/* cmi5: score and success only on passed/failed, completion only on completed, duration on
 * all three and on terminated (not on initialized). */
static void add_result(cJSON *st, const XapiSession *x, bool judged, bool completed)
{
    cJSON *res = cJSON_AddObjectToObject(st, "result");
    if (judged) {
        cJSON *sc = cJSON_AddObjectToObject(res, "score");
        cJSON_AddNumberToObject(sc, "scaled", x->score);
        cJSON_AddBoolToObject(res, "success", x->pass);
    }
    if (completed) cJSON_AddBoolToObject(res, "completion", true);
    cJSON_AddStringToObject(res, "duration", x->duration);
    if (judged) add_judged_extensions(res, x->r);
}

/* The cmi5 context: registration, categories, session id, mastery score, the record's source. */
static void add_context(cJSON *st, const XapiSession *x, bool judged, bool completed)
{
    const Report *r = x->r;
    cJSON *ctx = cJSON_AddObjectToObject(st, "context");
    cJSON_AddStringToObject(ctx, "registration", x->registration);
    cJSON_AddStringToObject(ctx, "platform", "Rapport " RAPPORT_VERSION);
    cJSON *ca = cJSON_AddObjectToObject(ctx, "contextActivities");
    cJSON *cat = cJSON_AddArrayToObject(ca, "category");
    cJSON_AddItemToArray(cat, activity(CMI5 "categories/cmi5"));
    if (judged || completed) cJSON_AddItemToArray(cat, activity(CMI5 "categories/moveon"));
    cJSON *cext = cJSON_AddObjectToObject(ctx, "extensions");
    cJSON_AddStringToObject(cext, CMI5 "extensions/sessionid", x->session);
    /* The mastery score only where the verb agrees with it: a session can score 0.7 and
     * still fail for a Confront, and cmi5 wants a failed score below the mastery score. */
    if (judged && (x->pass ? x->score >= MASTERY : x->score < MASTERY))
        cJSON_AddNumberToObject(cext, CMI5 "extensions/masteryscore", MASTERY);
    cJSON *rec = cJSON_AddObjectToObject(cext, EXT "session");
    cJSON_AddStringToObject(rec, "client", r->scenario_id);
    cJSON_AddStringToObject(rec, "hash", r->hash);
    cJSON_AddItemToObject(rec, "seed", record_seed_json(r->seed));
    cJSON_AddStringToObject(rec, "engine", r->engine);
    cJSON_AddNumberToObject(rec, "record_version", r->version);
    if (r->sitting) { /* a session of a course: which attempt of the registration this is */
        cJSON_AddNumberToObject(rec, "session", r->sitting);
        cJSON_AddNumberToObject(rec, "sessions", r->nsittings);
        cJSON_AddStringToObject(rec, "session_title", r->sitting_title);
    }
}

/* A typed turn's interaction (issue 15): the choice point as a fill-in activity, a part of
 * the client's simulation, which the trainee answered in their own words. */
static void add_turn_object(cJSON *st, const XapiSession *x, const ReportTurn *t)
{
    char node[600], id[1400], name[200];
    iri_segment(t->node, node, sizeof node);
    snprintf(id, sizeof id, "%s/nodes/%s", x->object_id, node);
    cJSON *obj = activity(id);
    cJSON *def = cJSON_AddObjectToObject(obj, "definition");
    snprintf(name, sizeof name, "Turn %d", t->turn);
    cJSON_AddItemToObject(def, "name", lang_map(name));
    cJSON_AddItemToObject(def, "description", lang_map(t->say));
    cJSON_AddStringToObject(def, "type", "http://adlnet.gov/expapi/activities/cmi.interaction");
    /* Words typed freely, not an authored choice picked: fill-in, never "choice". */
    cJSON_AddStringToObject(def, "interactionType", "fill-in");
    cJSON_AddItemToObject(st, "object", obj);
}

/* The words as the response, marked as free text, with the code they were given, how sure the
 * match was, the choice they were taken as (none for a "~move" turn, which fit no choice),
 * the move they counted as and the choices the trainee was asked between. */
static void add_turn_result(cJSON *st, const ReportTurn *t)
{
    cJSON *res = cJSON_AddObjectToObject(st, "result");
    cJSON_AddStringToObject(res, "response", t->typed);
    cJSON *ext = cJSON_AddObjectToObject(res, "extensions");
    cJSON_AddBoolToObject(ext, EXT "typed", true);
    cJSON_AddStringToObject(ext, EXT "code", t->typed_code);
    cJSON_AddNumberToObject(ext, EXT "confidence", t->confidence);
    if (!t->unmatched) cJSON_AddStringToObject(ext, EXT "choice", t->chose);
    cJSON_AddStringToObject(ext, EXT "move", t->move);
    cJSON_AddStringToObject(ext, EXT "miti", t->codes);
    if (cJSON_GetArraySize(t->alternatives))
        cJSON_AddItemToObject(ext, EXT "alternatives", cJSON_Duplicate(t->alternatives, true));
}

/* A cmi5 "allowed" statement's context: the session's registration and id, the client as the
 * parent, and no cmi5 category (cmi5 keeps that for its own defined statements). */
static void add_turn_context(cJSON *st, const XapiSession *x)
{
    cJSON *ctx = cJSON_AddObjectToObject(st, "context");
    cJSON_AddStringToObject(ctx, "registration", x->registration);
    cJSON_AddStringToObject(ctx, "platform", "Rapport " RAPPORT_VERSION);
    cJSON *ca = cJSON_AddObjectToObject(ctx, "contextActivities");
    cJSON_AddItemToArray(cJSON_AddArrayToObject(ca, "parent"), activity(x->object_id));
    cJSON *cext = cJSON_AddObjectToObject(ctx, "extensions");
    cJSON_AddStringToObject(cext, CMI5 "extensions/sessionid", x->session);
}

/* A typed turn as a "responded" statement. The record keeps no time per turn, so it is
 * stamped with the session's start: never before initialized, never after completed. */
static cJSON *turn_statement(const XapiSession *x, const ReportTurn *t)
{
    char tmp[1200], sid[37];
    snprintf(tmp, sizeof tmp, "%s#turn-%d", x->registration, t->turn);
    xapi_uuid5(tmp, sid);
    cJSON *st = cJSON_CreateObject();
    cJSON_AddStringToObject(st, "id", sid);
    add_actor(st, x->r);
    add_verb(st, "responded");
    add_turn_object(st, x, t);
    add_turn_result(st, t);
    add_turn_context(st, x);
    cJSON_AddStringToObject(st, "timestamp", x->r->started);
    cJSON_AddStringToObject(st, "version", "1.0.3");
    return st;
}

enum { INITIALIZED, COMPLETED, JUDGED, TERMINATED, STATEMENTS };

/* The k-th statement (INITIALIZED ... TERMINATED) of the session. */
static cJSON *statement(const XapiSession *x, int k)
{
    static const char *const verbs[STATEMENTS] = {"initialized", "completed", NULL, "terminated"};
    const char *verb = verbs[k] ? verbs[k] : x->pass ? "passed" : "failed";
    char tmp[1200], sid[37];
    snprintf(tmp, sizeof tmp, "%s#%s", x->registration, verb);
    xapi_uuid5(tmp, sid);
    cJSON *st = cJSON_CreateObject();
    cJSON_AddStringToObject(st, "id", sid);
    add_actor(st, x->r);
    add_verb(st, verb);
    add_object(st, x);
    bool judged = k == JUDGED, completed = k == COMPLETED;
    if (k != INITIALIZED) add_result(st, x, judged, completed);
    add_context(st, x, judged, completed);
    cJSON_AddStringToObject(st, "timestamp", k == INITIALIZED ? x->r->started : x->r->ended);
    cJSON_AddStringToObject(st, "version", "1.0.3");
    return st;
}

cJSON *xapi_statements(const Report *r)
{
    XapiSession x;
    if (!xapi_session_init(r, &x)) return NULL;
    cJSON *list = cJSON_CreateArray();
    for (int k = 0; k < STATEMENTS; k++) {
        /* A session that stopped before an ending was not completed, nor passed or failed:
         * cmi5 then has only initialized and terminated. */
        if ((k == COMPLETED || k == JUDGED) && !r->ending) continue;
        cJSON_AddItemToArray(list, statement(&x, k));
        /* Only typed turns are statements of their own: a record of choices picked from the
         * list exports as it always has. */
        for (int i = 0; k == INITIALIZED && i < r->nturns; i++)
            if (r->turns[i].typed) cJSON_AddItemToArray(list, turn_statement(&x, &r->turns[i]));
    }
    return list;
}
