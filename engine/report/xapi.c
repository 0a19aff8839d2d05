/* xapi: a session record as cmi5-shaped xAPI 1.0.3 statements (initialized, completed, passed
 * or failed, terminated) for a learning platform. Everything derives from the record, so the
 * same record always gives the same statements: the registration, the session id and the
 * statement ids are name-based (version 5) UUIDs of the record's identity. */
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

cJSON *xapi_statements(const Report *r)
{
    /* The record's identity: the same record, the same ids. */
    size_t cap = 1024;
    for (int i = 0; i < r->nturns; i++)
        cap += strlen(r->turns[i].node) + strlen(r->turns[i].chose) + 2;
    char *name = malloc(cap);
    if (!name) return NULL;
    int n = snprintf(name, cap, HOME "/records/%s/%s/%llu/%s/%s/", r->scenario_id, r->hash, r->seed,
                     r->trainee, r->started);
    for (int i = 0; i < r->nturns && n > 0 && (size_t)n < cap; i++)
        n += snprintf(name + n, cap - (size_t)n, "%s:%s,", r->turns[i].node, r->turns[i].chose);
    char registration[37], session[37], sid[4][37], tmp[1200];
    xapi_uuid5(name, registration);
    snprintf(tmp, sizeof tmp, "%s#session", registration);
    xapi_uuid5(tmp, session);

    const cJSON *sum = r->summary;
    bool pass = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(sum, "pass"));
    double score = report_value(sum, "score");
    if (isnan(score)) score = 0;
    score = fmax(-1, fmin(1, round(score * 10000) / 10000)); /* xAPI: scaled in [-1, 1] */
    long long t0 = parse_utc(r->started), t1 = parse_utc(r->ended);
    long long secs = t0 >= 0 && t1 >= t0 ? t1 - t0 : 0;
    char duration[64];
    if (secs >= 3600)
        snprintf(duration, sizeof duration, "PT%lldH%lldM%lldS", secs / 3600, secs / 60 % 60,
                 secs % 60);
    else if (secs >= 60)
        snprintf(duration, sizeof duration, "PT%lldM%lldS", secs / 60, secs % 60);
    else
        snprintf(duration, sizeof duration, "PT%lldS", secs);

    char id[600], object_id[700];
    iri_segment(r->scenario_id, id, sizeof id);
    snprintf(object_id, sizeof object_id, HOME "/clients/%s", id);

    static const char *const verbs[4] = {"initialized", "completed", NULL, "terminated"};
    cJSON *list = cJSON_CreateArray();
    for (int k = 0; k < 4; k++) {
        /* A session that stopped before an ending was not completed, nor passed or failed:
         * cmi5 then has only initialized and terminated. */
        if ((k == 1 || k == 2) && !r->ending) continue;
        const char *verb = verbs[k] ? verbs[k] : pass ? "passed" : "failed";
        snprintf(tmp, sizeof tmp, "%s#%s", registration, verb);
        xapi_uuid5(tmp, sid[k]);
        cJSON *st = cJSON_CreateObject();
        cJSON_AddStringToObject(st, "id", sid[k]);
        cJSON *actor = cJSON_AddObjectToObject(st, "actor");
        cJSON_AddStringToObject(actor, "objectType", "Agent");
        const char *who = r->trainee[0] ? r->trainee : "anonymous";
        cJSON_AddStringToObject(actor, "name", who);
        cJSON *account = cJSON_AddObjectToObject(actor, "account");
        cJSON_AddStringToObject(account, "homePage", HOME);
        cJSON_AddStringToObject(account, "name", who);
        cJSON *v = cJSON_AddObjectToObject(st, "verb");
        snprintf(tmp, sizeof tmp, "http://adlnet.gov/expapi/verbs/%s", verb);
        cJSON_AddStringToObject(v, "id", tmp);
        cJSON_AddItemToObject(v, "display", lang_map(verb));
        cJSON *obj = activity(object_id);
        cJSON *def = cJSON_AddObjectToObject(obj, "definition");
        cJSON_AddItemToObject(def, "name", lang_map(r->title));
        cJSON_AddItemToObject(
            def, "description",
            lang_map("A Rapport conversation-training session with a simulated client"));
        cJSON_AddStringToObject(def, "type", "http://adlnet.gov/expapi/activities/simulation");
        cJSON_AddItemToObject(st, "object", obj);

        /* cmi5: score and success only on passed/failed, completion only on completed,
         * duration on all three and on terminated. */
        bool judged = k == 2, completed = k == 1;
        if (k > 0) {
            cJSON *res = cJSON_AddObjectToObject(st, "result");
            if (judged) {
                cJSON *sc = cJSON_AddObjectToObject(res, "score");
                cJSON_AddNumberToObject(sc, "scaled", score);
                cJSON_AddBoolToObject(res, "success", pass);
            }
            if (completed) cJSON_AddBoolToObject(res, "completion", true);
            cJSON_AddStringToObject(res, "duration", duration);
            if (judged) {
                cJSON *ext = cJSON_AddObjectToObject(res, "extensions");
                static const char *const miti[] = {
                    "rq",     "pct_cr", "relational", "technical", "adherent", "non_adherent",
                    "counts", "grades", "too_short",  "turns",     NULL};
                static const char *const outcome[] = {
                    "final_rapport", "final_credibility", "peak_discord", "repairs", "goal",
                    "process",       "outcome",           "score",        "pass",    NULL};
                cJSON_AddItemToObject(ext, EXT "miti-summary", copy_numbers(sum, miti));
                cJSON *out = copy_numbers(sum, outcome);
                if (r->ending) {
                    cJSON_AddItemToObject(
                        out, "ending",
                        cJSON_Duplicate(cJSON_GetObjectItemCaseSensitive(r->ending, "id"), true));
                    cJSON_AddItemToObject(
                        out, "ending_outcome",
                        cJSON_Duplicate(cJSON_GetObjectItemCaseSensitive(r->ending, "outcome"),
                                        true));
                }
                cJSON_AddItemToObject(ext, EXT "outcome", out);
            }
        }
        cJSON *ctx = cJSON_AddObjectToObject(st, "context");
        cJSON_AddStringToObject(ctx, "registration", registration);
        cJSON_AddStringToObject(ctx, "platform", "Rapport " RAPPORT_VERSION);
        cJSON *ca = cJSON_AddObjectToObject(ctx, "contextActivities");
        cJSON *cat = cJSON_AddArrayToObject(ca, "category");
        cJSON_AddItemToArray(cat, activity(CMI5 "categories/cmi5"));
        if (judged || completed) cJSON_AddItemToArray(cat, activity(CMI5 "categories/moveon"));
        cJSON *cext = cJSON_AddObjectToObject(ctx, "extensions");
        cJSON_AddStringToObject(cext, CMI5 "extensions/sessionid", session);
        /* The mastery score only where the verb agrees with it: a session can score 0.7 and
         * still fail for a Confront, and cmi5 wants a failed score below the mastery score. */
        if (judged && (pass ? score >= MASTERY : score < MASTERY))
            cJSON_AddNumberToObject(cext, CMI5 "extensions/masteryscore", MASTERY);
        cJSON *rec = cJSON_AddObjectToObject(cext, EXT "session");
        cJSON_AddStringToObject(rec, "client", r->scenario_id);
        cJSON_AddStringToObject(rec, "hash", r->hash);
        cJSON_AddItemToObject(rec, "seed", record_seed_json(r->seed));
        cJSON_AddStringToObject(rec, "engine", r->engine);
        cJSON_AddNumberToObject(rec, "record_version", r->version);
        cJSON_AddStringToObject(st, "timestamp", k == 0 ? r->started : r->ended);
        cJSON_AddStringToObject(st, "version", "1.0.3");
        cJSON_AddItemToArray(list, st);
    }
    free(name);
    return list;
}
