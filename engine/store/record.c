/* record: writing, reading and replaying session records (cJSON does the JSON). */
#include "record.h"

#include "../core/course.h"

#include "../core/hash.h"
#include "paths.h"
#include "settings.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../core/transcript.h"
#include "../lua/json.h"

#define MITI_LIST "Q, SR, CR, AF, Seek, Emphasize, GI, PWP, Persuade, Confront, none"
#define MOVE_WHAT "is not a move tag (lower-case letters, digits and '_')"

#ifndef RAPPORT_VERSION
#define RAPPORT_VERSION "0.1.0"
#endif

/* Records written by Rapport 0.1.0 hashed from an offset basis with its last digit missing;
 * they stay readable (record_hash_matches), and new records use the engine's one hash. */
#define LEGACY_BASIS 1469598103934665603ULL

static void hash_text(uint64_t basis, const char *text, char out[17])
{
    uint64_t h = hash_bytes(basis, text, strlen(text));
    snprintf(out, 17, "%016llx", (unsigned long long)h);
}

void record_hash(const char *text, char out[17])
{
    hash_text(HASH_FNV_BASIS, text, out);
}

bool record_hash_matches(const char *text, const char *hash)
{
    char now[17], legacy[17];
    hash_text(HASH_FNV_BASIS, text, now);
    hash_text(LEGACY_BASIS, text, legacy);
    return !strcmp(hash, now) || !strcmp(hash, legacy);
}

static void iso_time(time_t t, char out[32])
{
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static cJSON *state_json(const Scenario *sc, const double *st)
{
    cJSON *o = cJSON_CreateObject();
    for (int i = 0; i < sc->layout.count; i++) {
        const VarDecl *v = &sc->layout.vars[i];
        if (v->flags & VAR_HIDDEN) continue;
        if (v->type == VAR_FLAG)
            cJSON_AddBoolToObject(o, v->name, st[i] != 0);
        else
            cJSON_AddNumberToObject(o, v->name, st[i]);
    }
    return o;
}

cJSON *record_seed_json(unsigned long long seed)
{
    if (seed <= JSON_EXACT_MAX) return cJSON_CreateNumber((double)seed);
    char digits[24];
    snprintf(digits, sizeof digits, "%llu", seed);
    return cJSON_CreateString(digits);
}

/* The record's header: format, version, engine, the scenario with its content hash, seed,
 * trainee and times. */
static void header_json(cJSON *root, Host *h, const Session *s, const char *trainee, time_t started,
                        time_t ended)
{
    const Scenario *sc = s->sc;
    cJSON_AddStringToObject(root, "format", "rapport-record");
    cJSON_AddNumberToObject(root, "version", RECORD_VERSION);
    cJSON_AddStringToObject(root, "engine", RAPPORT_VERSION);
    cJSON *scen = cJSON_AddObjectToObject(root, "scenario");
    cJSON_AddStringToObject(scen, "id", sc->id);
    cJSON_AddStringToObject(scen, "title", sc->title);
    cJSON_AddStringToObject(scen, "path", sc->path);
    char hash[17], when[32];
    record_hash(h->source, hash);
    cJSON_AddStringToObject(scen, "hash", hash);
    cJSON_AddItemToObject(root, "seed", record_seed_json(s->seed));
    /* A name cut to its buffer may end inside a character: drop the broken tail. */
    char who[256];
    snprintf(who, sizeof who, "%s", trainee ? trainee : "");
    for (size_t n = strlen(who); n > 0 && !record_utf8_ok(who);)
        who[--n] = '\0';
    cJSON_AddStringToObject(root, "trainee", who);
    iso_time(started, when);
    cJSON_AddStringToObject(root, "started", when);
    iso_time(ended, when);
    cJSON_AddStringToObject(root, "ended", when);
}

/* A list of MITI codes as names. */
static cJSON *codes_json(const unsigned char *codes, int n)
{
    cJSON *a = cJSON_CreateArray();
    for (int k = 0; k < n; k++)
        cJSON_AddItemToArray(a, cJSON_CreateString(miti_name((Miti)codes[k])));
    return a;
}

/* One offered choice: its text and tags, and (scratch not NULL) the state it would have led
 * to from the turn's state, so the debrief's "an MI-consistent choice here would have..."
 * needs no scenario file. */
static cJSON *offered_json(const Session *s, const Node *n, int i, Session *scratch,
                           const double *before, int node)
{
    const Scenario *sc = s->sc;
    const Choice *ch = &n->choices[i];
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "id", ch->id);
    /* The words as the trainee saw them in the turn's state. */
    cJSON_AddStringToObject(o, "text", session_choice_text(s, ch, before));
    cJSON_AddStringToObject(o, "move", sc->moves[ch->move].name);
    cJSON_AddStringToObject(o, "miti", miti_name(sc->moves[ch->move].miti));
    cJSON_AddItemToObject(o, "codes", codes_json(ch->codes, ch->ncodes));
    int next;
    if (scratch) {
        memcpy(scratch->state, before, (size_t)sc->layout.count * sizeof(double));
        if (session_transition(scratch, node, i, &next) == 0)
            cJSON_AddItemToObject(o, "after", state_json(sc, scratch->state));
    }
    return o;
}

/* A typed reply: the words, the code the coder gave them, how sure the match was and the
 * closest choices the trainee was shown (by id). NULL for a choice picked from the list. */
static cJSON *typed_json(const Session *s, const Turn *tu)
{
    const Typed *ty = tu->typed;
    if (!ty) return NULL;
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "words", ty->words);
    cJSON_AddStringToObject(o, "code", miti_name((Miti)ty->code));
    cJSON_AddNumberToObject(o, "confidence", (double)(int)(ty->confidence * 1000 + 0.5) / 1000);
    cJSON *alts = cJSON_AddArrayToObject(o, "alternatives");
    for (int i = 0; i < ty->nalts; i++)
        cJSON_AddItemToArray(alts,
                             cJSON_CreateString(s->sc->nodes[tu->node].choices[ty->alts[i]].id));
    return o;
}

/* Turn t (from 1): what the client said, the choices shown (in the shown order), what was
 * chosen and pressed, its tags, feedback and the state after it. */
static cJSON *turn_json(const Session *s, int t, Session *scratch)
{
    const Scenario *sc = s->sc;
    const Turn *tu = &s->turns[t - 1];
    const Node *n = &sc->nodes[tu->node];
    const Choice *c = session_turn_choice(s, tu);
    cJSON *turn = cJSON_CreateObject();
    cJSON_AddNumberToObject(turn, "turn", t);
    cJSON_AddStringToObject(turn, "node", n->id);
    cJSON_AddStringToObject(turn, "band", band_name(tu->band));
    cJSON_AddStringToObject(turn, "say", tu->line ? tu->line : "");
    cJSON *talk = cJSON_AddObjectToObject(turn, "talk");
    cJSON_AddStringToObject(talk, "code", talk_name((Talk)tu->talk));
    if (tu->kind != KIND_NONE)
        cJSON_AddStringToObject(talk, "kind", talk_kind_name((TalkKind)tu->kind));
    cJSON *shown = cJSON_AddArrayToObject(turn, "shown");
    for (int j = 0; j < tu->nshown; j++)
        cJSON_AddItemToArray(shown, cJSON_CreateString(n->choices[tu->shown[j]].id));
    cJSON *offered = cJSON_AddArrayToObject(turn, "offered");
    for (int j = 0; j < tu->nshown; j++)
        cJSON_AddItemToArray(offered, offered_json(s, n, tu->shown[j], scratch,
                                                   session_state_at(s, t - 1), tu->node));
    cJSON_AddStringToObject(turn, "chose", c->id);
    if (tu->typed) cJSON_AddItemToObject(turn, "typed", typed_json(s, tu));
    cJSON_AddNumberToObject(turn, "number", tu->number);
    cJSON_AddNumberToObject(turn, "pressed", turn_pressed(tu));
    cJSON_AddStringToObject(turn, "move", sc->moves[c->move].name);
    cJSON_AddStringToObject(turn, "miti",
                            miti_name(tu->ncodes ? (Miti)tu->codes[0] : sc->moves[c->move].miti));
    cJSON_AddItemToObject(turn, "codes", codes_json(tu->codes, tu->ncodes));
    if (c->feedback) cJSON_AddStringToObject(turn, "feedback", c->feedback);
    cJSON_AddItemToObject(turn, "state", state_json(sc, session_state_at(s, t)));
    return turn;
}

/* The ending reached, or null when the session is unfinished. */
static void ending_json(cJSON *root, const Session *s)
{
    const Node *end = session_node(s);
    if (!s->over || !end->ending) {
        cJSON_AddNullToObject(root, "ending");
        return;
    }
    cJSON *e = cJSON_AddObjectToObject(root, "ending");
    cJSON_AddStringToObject(e, "id", end->ending);
    cJSON_AddStringToObject(e, "node", end->id);
    cJSON_AddStringToObject(e, "outcome", outcome_name(end->outcome));
    cJSON_AddStringToObject(e, "say", s->line ? s->line : "");
    if (end->debrief) cJSON_AddStringToObject(e, "debrief", end->debrief);
    if (end->title) cJSON_AddStringToObject(e, "title", end->title);
}

/* The model's summary; each piece of client talk's entry (what the trainee answered, and the
 * advice) also goes on its turn, beside the talk it answers. */
static void summary_json(cJSON *root, cJSON *turns, Host *h, const Session *s)
{
    char err[512];
    cJSON *sum = NULL;
    if (host_summary(h, s) == 0) {
        sum = host_json_tree(h->L, -1, true, err, sizeof err);
        lua_pop(h->L, 1);
        if (!sum) fprintf(stderr, "rapport: the summary cannot be written as JSON: %s\n", err);
    }
    if (!sum) return;
    cJSON_AddItemToObject(root, "summary", sum);
    const cJSON *e;
    cJSON_ArrayForEach(e, cJSON_GetObjectItemCaseSensitive(sum, "talk"))
    {
        const cJSON *tn = cJSON_GetObjectItemCaseSensitive(e, "turn");
        cJSON *turn = cJSON_IsNumber(tn) ? cJSON_GetArrayItem(turns, tn->valueint - 1) : NULL;
        if (turn) cJSON_AddItemToObject(turn, "answer", cJSON_Duplicate(e, true));
    }
}

cJSON *record_json(Host *h, const Session *s, const char *trainee, time_t started, time_t ended)
{
    const Scenario *sc = s->sc;
    cJSON *root = cJSON_CreateObject();
    header_json(root, h, s, trainee, started, ended);
    cJSON *choices = cJSON_AddArrayToObject(root, "choices");
    /* A later session of a course: the steps before it come first, so the record replays
     * from the course's start; "next" and "missed" are the steps between sessions. */
    for (int i = 0; i < s->nprior; i++) {
        const PriorStep *p = &s->prior[i];
        const Node *n = &sc->nodes[p->node];
        cJSON *step = cJSON_CreateObject();
        cJSON_AddStringToObject(step, "node", n->id);
        cJSON_AddStringToObject(step, "choice",
                                p->choice == STEP_NEXT ? "next"
                                : p->choice == STEP_MISSED
                                    ? "missed"
                                    : session_choice_at(sc, p->node, p->choice)->id);
        cJSON_AddItemToArray(choices, step);
    }
    if (sc->nsittings > 1) {
        int k = course_sitting(sc, session_state_at(s, 0));
        cJSON *sit = cJSON_AddObjectToObject(root, "session");
        cJSON_AddNumberToObject(sit, "number", k + 1);
        cJSON_AddNumberToObject(sit, "of", sc->nsittings);
        cJSON_AddStringToObject(sit, "title", sc->sittings[k].title);
    }
    cJSON_AddItemToObject(root, "initial_state", state_json(sc, session_state_at(s, 0)));
    cJSON *turns = cJSON_AddArrayToObject(root, "turns");
    /* A scratch session for the offered choices' outcomes (transitions only: it draws no
     * line, so the played session's generator is untouched). */
    Session scratch;
    bool scratch_ok = session_init(&scratch, sc) == 0;
    if (scratch_ok && session_start(&scratch, s->seed) != 0) {
        session_free(&scratch);
        scratch_ok = false;
    }
    for (int t = 1; t <= s->nturns; t++) {
        const Turn *tu = &s->turns[t - 1];
        const Node *n = &sc->nodes[tu->node];
        cJSON *step = cJSON_CreateObject();
        cJSON_AddStringToObject(step, "node", n->id);
        cJSON_AddStringToObject(step, "choice", session_turn_choice(s, tu)->id);
        if (tu->typed) cJSON_AddItemToObject(step, "typed", typed_json(s, tu));
        cJSON_AddItemToArray(choices, step);
        cJSON_AddItemToArray(turns, turn_json(s, t, scratch_ok ? &scratch : NULL));
    }
    if (scratch_ok) session_free(&scratch);
    ending_json(root, s);
    cJSON_AddItemToObject(root, "final_state", state_json(sc, s->state));
    summary_json(root, turns, h, s);
    return root;
}

int record_write_file(const char *path, const char *text)
{
    /* A fresh temporary file beside it (mkstemp: created here, never an existing file or a
     * planted symlink), flushed to disk, then renamed over it. */
    char tmp[4200];
    if (snprintf(tmp, sizeof tmp, "%s.tmp-XXXXXX", path) >= (int)sizeof tmp) {
        errno = ENAMETOOLONG;
        return -1;
    }
    int fd = mkstemp(tmp);
    if (fd < 0) return -1;
    mode_t mask = umask(0);
    umask(mask);
    bool ok = fchmod(fd, 0666 & ~mask) == 0;
    size_t len = strlen(text), done = 0;
    while (ok && done < len) {
        ssize_t w = write(fd, text + done, len - done);
        if (w < 0 && errno == EINTR) continue;
        ok = w > 0;
        if (ok) done += (size_t)w;
    }
    ok = ok && write(fd, "\n", 1) == 1 && fsync(fd) == 0;
    int saved = errno;
    ok = close(fd) == 0 && ok;
    if (ok && rename(tmp, path) == 0) return 0;
    saved = errno ? errno : saved;
    unlink(tmp);
    errno = saved;
    return -1;
}

int record_write(const char *path, Host *h, const Session *s, const char *trainee, time_t started,
                 time_t ended)
{
    cJSON *root = record_json(h, s, trainee, started, ended);
    char *text = root ? cJSON_Print(root) : NULL;
    cJSON_Delete(root);
    if (!text) {
        fprintf(stderr, "rapport: out of memory writing %s\n", path);
        return -1;
    }
    int rc = record_write_file(path, text);
    if (rc != 0)
        fprintf(stderr, "rapport: cannot write the record %s: %s\n", path, strerror(errno));
    free(text);
    return rc;
}

static bool copy_string(const cJSON *o, const char *key, char *out, size_t size, bool required)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    if (!cJSON_IsString(v)) {
        out[0] = '\0';
        return !required && !v;
    }
    snprintf(out, size, "%s", v->valuestring);
    return true;
}

bool record_utf8_ok(const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p;) {
        size_t n = p[0] < 0x80                    ? 1
                   : p[0] >= 0xc2 && p[0] <= 0xdf ? 2
                   : p[0] >= 0xe0 && p[0] <= 0xef ? 3
                   : p[0] >= 0xf0 && p[0] <= 0xf4 ? 4
                                                  : 0;
        if (!n) return false;
        for (size_t i = 1; i < n; i++)
            if ((p[i] & 0xc0) != 0x80) return false;
        if (n == 3 && ((p[0] == 0xe0 && p[1] < 0xa0) || (p[0] == 0xed && p[1] > 0x9f)))
            return false;
        if (n == 4 && ((p[0] == 0xf0 && p[1] < 0x90) || (p[0] == 0xf4 && p[1] > 0x8f)))
            return false;
        p += n;
    }
    return true;
}

/* The seed: a whole number (a JSON number that is exact, or a string of digits). */
static bool seed_ok(const cJSON *v, unsigned long long *out)
{
    if (cJSON_IsString(v)) {
        const char *s = v->valuestring;
        if (!*s || strspn(s, "0123456789") != strlen(s) || strlen(s) > 20) return false;
        errno = 0;
        char *end;
        *out = strtoull(s, &end, 10);
        return errno == 0 && !*end;
    }
    if (!cJSON_IsNumber(v)) return false;
    double d = v->valuedouble;
    if (!(d >= 0) || d >= 18446744073709551616.0 || d != (double)(unsigned long long)d)
        return false;
    *out = (unsigned long long)d;
    return true;
}

/* Only these characters, 1 to max bytes; first: a character of first ("" for any of set). */
static bool shaped(const char *s, const char *first, const char *set, size_t max)
{
    size_t n = strlen(s);
    if (n == 0 || n > max || strspn(s, set) != n) return false;
    return !*first || strchr(first, s[0]);
}

#define LOWER "abcdefghijklmnopqrstuvwxyz"
#define UPPER "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
#define DIGITS "0123456789"

static bool miti_known(const char *s)
{
    static const char *const codes[] = {"Q",  "SR",  "CR",       "AF",       "Seek", "Emphasize",
                                        "GI", "PWP", "Persuade", "Confront", "none"};
    for (size_t i = 0; i < sizeof codes / sizeof *codes; i++)
        if (!strcmp(s, codes[i])) return true;
    return false;
}

/* A move tag: the model's tags and a client's own are lower-case identifiers. */
static bool move_known(const char *s)
{
    return shaped(s, LOWER "_", LOWER DIGITS "_", 63);
}

/* Optional string field key of o: absent, or a string that passes ok. Says which in bad. */
static int check_field(const cJSON *o, const char *key, bool (*ok)(const char *), const char *at,
                       const char *what, char *bad, size_t size)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    if (!v) return 0;
    if (cJSON_IsString(v) && ok(v->valuestring)) return 0;
    snprintf(bad, size, "%s%s%s %s", at, at[0] ? "." : "", key, what);
    return -1;
}

/* Optional list of MITI codes. */
static int check_codes(const cJSON *o, const char *at, char *bad, size_t size)
{
    const cJSON *list = cJSON_GetObjectItemCaseSensitive(o, "codes"), *c;
    if (!list) return 0;
    bool ok = cJSON_IsArray(list);
    if (ok) cJSON_ArrayForEach(c, list) ok = ok && cJSON_IsString(c) && miti_known(c->valuestring);
    if (ok) return 0;
    snprintf(bad, size, "%s.codes must be a list of MITI codes (%s)", at, MITI_LIST);
    return -1;
}

/* Optional state object: its keys are variable names (identifiers), its values numbers or
 * booleans. */
static int check_state(const cJSON *o, const char *key, const char *at, char *bad, size_t size)
{
    const cJSON *st = cJSON_GetObjectItemCaseSensitive(o, key), *v;
    if (!st || cJSON_IsNull(st)) return 0;
    bool ok = cJSON_IsObject(st);
    if (ok) cJSON_ArrayForEach(v, st)
        {
            ok = ok && v->string &&
                 shaped(v->string, LOWER UPPER "_", LOWER UPPER DIGITS "_", 63) &&
                 (cJSON_IsNumber(v) || cJSON_IsBool(v));
        }
    if (ok) return 0;
    snprintf(bad, size,
             "%s%s%s must map variable names (letters, digits and '_', not first a digit) to "
             "numbers or true/false",
             at, at[0] ? "." : "", key);
    return -1;
}

static bool hash_ok(const char *s)
{
    return strlen(s) == 16 && strspn(s, DIGITS "abcdef") == 16;
}

static bool id_ok(const char *s)
{
    return shaped(s, "", LOWER DIGITS "-", 127);
}

static bool utf8_ok(const char *s)
{
    return record_utf8_ok(s);
}

/* Every field the engine acts on or shows, checked for its shape. 0, or -1 with the field at
 * fault and what it must be in bad. */
static int record_check(const cJSON *root, char *bad, size_t size)
{
    const cJSON *scen = cJSON_GetObjectItemCaseSensitive(root, "scenario");
    if (check_field(scen, "id", id_ok, "scenario", "must be lower-case letters, digits and '-'",
                    bad, size) ||
        check_field(scen, "hash", hash_ok, "scenario", "must be 16 lower-case hex digits", bad,
                    size) ||
        check_field(root, "trainee", utf8_ok, "", "is not UTF-8 text", bad, size) ||
        check_state(root, "initial_state", "", bad, size) ||
        check_state(root, "final_state", "", bad, size))
        return -1;
    const cJSON *turns = cJSON_GetObjectItemCaseSensitive(root, "turns"), *t;
    int i = 0;
    if (cJSON_IsArray(turns)) cJSON_ArrayForEach(t, turns)
        {
            char at[48];
            snprintf(at, sizeof at, "turns[%d]", i++);
            if (!cJSON_IsObject(t)) continue; /* the report says what a turn needs */
            if (check_field(t, "move", move_known, at, MOVE_WHAT, bad, size) ||
                check_field(t, "miti", miti_known, at, "is not a MITI code (" MITI_LIST ")", bad,
                            size) ||
                check_codes(t, at, bad, size) || check_state(t, "state", at, bad, size))
                return -1;
            const cJSON *offered = cJSON_GetObjectItemCaseSensitive(t, "offered"), *o;
            int j = 0;
            if (cJSON_IsArray(offered)) cJSON_ArrayForEach(o, offered)
                {
                    char oat[80];
                    snprintf(oat, sizeof oat, "%s.offered[%d]", at, j++);
                    if (!cJSON_IsObject(o)) continue;
                    if (check_field(o, "move", move_known, oat, MOVE_WHAT, bad, size) ||
                        check_field(o, "miti", miti_known, oat,
                                    "is not a MITI code (" MITI_LIST ")", bad, size) ||
                        check_codes(o, oat, bad, size) || check_state(o, "after", oat, bad, size))
                        return -1;
                }
        }
    return 0;
}

/* The whole file (at most 64 MiB), NUL-terminated, or NULL after a message in err. */
static char *read_whole(const char *path, size_t *out_len, char *err, size_t size)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, size, "%s: cannot open: %s", path, strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
        fclose(f);
        snprintf(err, size, "%s: is a directory, not a record", path);
        return NULL;
    }
    char *buf = NULL;
    size_t len = 0, cap = 0;
    for (;;) {
        if (len + 65536 > cap) {
            if (cap > (64u << 20)) {
                free(buf);
                fclose(f);
                snprintf(err, size, "%s: too large for a record", path);
                return NULL;
            }
            char *b = realloc(buf, cap = cap ? cap * 2 : 131072);
            if (!b) break;
            buf = b;
        }
        size_t n = fread(buf + len, 1, cap - len - 1, f);
        len += n;
        if (n == 0) break;
    }
    fclose(f);
    if (!buf) {
        snprintf(err, size, "%s: out of memory", path);
        return NULL;
    }
    buf[len] = '\0';
    *out_len = len;
    return buf;
}

/* A step's "typed": { words, code, confidence, alternatives }. 0, or -1 with err. */
static int read_typed(const cJSON *t, RecordStep *st, char *err, size_t size)
{
    const cJSON *words = cJSON_GetObjectItemCaseSensitive(t, "words");
    const cJSON *code = cJSON_GetObjectItemCaseSensitive(t, "code");
    const cJSON *conf = cJSON_GetObjectItemCaseSensitive(t, "confidence");
    const cJSON *alts = cJSON_GetObjectItemCaseSensitive(t, "alternatives");
    int c = cJSON_IsString(code) ? miti_parse(code->valuestring) : -1;
    if (!cJSON_IsObject(t) || !cJSON_IsString(words) || !record_utf8_ok(words->valuestring) ||
        strlen(words->valuestring) > SESSION_TYPED_MAX) {
        snprintf(err, size, "\"typed\" needs \"words\": UTF-8 text of at most %d bytes",
                 SESSION_TYPED_MAX);
        return -1;
    }
    if (c < 0 && !(cJSON_IsString(code) && !strcmp(code->valuestring, "none"))) {
        snprintf(err, size, "\"typed\" needs \"code\": a MITI code such as \"CR\" or \"none\"");
        return -1;
    }
    if (!cJSON_IsNumber(conf) || !(conf->valuedouble >= 0 && conf->valuedouble <= 1)) {
        snprintf(err, size, "\"typed\" needs \"confidence\": a number from 0 to 1");
        return -1;
    }
    if (alts && (!cJSON_IsArray(alts) || cJSON_GetArraySize(alts) > 3)) {
        snprintf(err, size, "\"typed\" \"alternatives\" must be a list of at most 3 choice ids");
        return -1;
    }
    st->typed = strdup(words->valuestring);
    if (!st->typed) {
        snprintf(err, size, "out of memory");
        return -1;
    }
    st->code = c < 0 ? MITI_NONE : c;
    st->confidence = conf->valuedouble;
    const cJSON *a;
    cJSON_ArrayForEach(a, alts)
    {
        if (!cJSON_IsString(a) || strlen(a->valuestring) >= sizeof st->alts[0]) {
            snprintf(err, size, "\"typed\" \"alternatives\" must be choice ids (strings)");
            return -1;
        }
        snprintf(st->alts[st->nalts++], sizeof st->alts[0], "%s", a->valuestring);
    }
    return 0;
}

/* The record's choices, as (node, choice) steps. 0, or -1 after a message in err. */
static int read_steps(const cJSON *choices, Record *r, const char *path, char *err, size_t size)
{
    int n = cJSON_GetArraySize(choices);
    r->steps = calloc((size_t)(n ? n : 1), sizeof *r->steps);
    if (!r->steps) {
        snprintf(err, size, "%s: out of memory", path);
        return -1;
    }
    const cJSON *step;
    int i = 0;
    cJSON_ArrayForEach(step, choices)
    {
        if (!copy_string(step, "node", r->steps[i].node, sizeof r->steps[i].node, true) ||
            !copy_string(step, "choice", r->steps[i].choice, sizeof r->steps[i].choice, true)) {
            snprintf(err, size,
                     "%s: choice %d of the record needs \"node\" and \"choice\" (strings)", path,
                     i + 1);
            r->nsteps = i;
            return -1;
        }
        const cJSON *typed = cJSON_GetObjectItemCaseSensitive(step, "typed");
        if (typed && read_typed(typed, &r->steps[i], err, size) != 0) {
            char why[400];
            snprintf(why, sizeof why, "%s", err);
            snprintf(err, size, "%s: choice %d of the record: %s", path, i + 1, why);
            r->nsteps = i + 1;
            return -1;
        }
        i++;
    }
    r->nsteps = i;
    return 0;
}

/* Checks a parsed record field by field and fills r. 0, or -1 after a message in err. */
static int read_fields(const cJSON *root, Record *r, const char *path, char *err, size_t size)
{
    const cJSON *format = cJSON_GetObjectItemCaseSensitive(root, "format");
    const cJSON *version = cJSON_GetObjectItemCaseSensitive(root, "version");
    const cJSON *scen = cJSON_GetObjectItemCaseSensitive(root, "scenario");
    const cJSON *seed = cJSON_GetObjectItemCaseSensitive(root, "seed");
    const cJSON *choices = cJSON_GetObjectItemCaseSensitive(root, "choices");
    char bad[400];
    unsigned long long seed_value = 0;
    if (!cJSON_IsString(format) || strcmp(format->valuestring, "rapport-record") != 0)
        snprintf(err, size, "%s: not a Rapport session record (no \"format\": \"rapport-record\")",
                 path);
    else if (!cJSON_IsNumber(version) || version->valueint < 1 ||
             version->valueint > RECORD_VERSION)
        snprintf(err, size, "%s: record version %d is not one this engine reads (1 to %d)", path,
                 cJSON_IsNumber(version) ? version->valueint : 0, RECORD_VERSION);
    else if (!cJSON_IsObject(scen) ||
             !copy_string(scen, "id", r->scenario_id, sizeof r->scenario_id, true) ||
             !copy_string(scen, "path", r->scenario_path, sizeof r->scenario_path, false) ||
             !copy_string(scen, "hash", r->hash, sizeof r->hash, false))
        snprintf(err, size, "%s: the record's \"scenario\" needs an \"id\" (a string)", path);
    else if (!seed_ok(seed, &seed_value))
        snprintf(err, size,
                 "%s: not a valid record: seed must be a whole number from 0 to "
                 "18446744073709551615",
                 path);
    else if (record_check(root, bad, sizeof bad) != 0)
        snprintf(err, size, "%s: not a valid record: %s", path, bad);
    else if (!cJSON_IsArray(choices))
        snprintf(err, size, "%s: the record's \"choices\" must be a list", path);
    else {
        r->version = version->valueint;
        r->seed = seed_value;
        copy_string(root, "engine", r->engine, sizeof r->engine, false);
        copy_string(root, "trainee", r->trainee, sizeof r->trainee, false);
        return read_steps(choices, r, path, err, size);
    }
    return -1;
}

int record_read(const char *path, Record *r, char *err, size_t size)
{
    memset(r, 0, sizeof *r);
    size_t len = 0;
    char *buf = read_whole(path, &len, err, size);
    if (!buf) return -1;
    cJSON *root = cJSON_ParseWithLength(buf, len);
    if (!root) {
        const char *at = cJSON_GetErrorPtr();
        int line = 1;
        for (const char *p = buf; at && p < at && *p; p++)
            line += *p == '\n';
        snprintf(err, size, "%s:%d: not a valid record: the JSON is malformed or cut short", path,
                 line);
        free(buf);
        return -1;
    }
    free(buf);
    int rc = read_fields(root, r, path, err, size);
    if (rc) record_free(r);
    cJSON_Delete(root);
    return rc;
}

void record_free(Record *r)
{
    for (int i = 0; r->steps && i < r->nsteps; i++)
        free(r->steps[i].typed);
    free(r->steps);
    r->steps = NULL;
    r->nsteps = 0;
}

/* The typed words of step i, attached to the turn it replayed. 0, or -1 with err (or s->err
 * empty and err set). */
static int replay_typed(Session *s, const Node *n, const RecordStep *st, int i, char *err,
                        size_t size)
{
    if (!st->typed) return 0;
    int alts[3], nalts = 0;
    for (int a = 0; a < st->nalts; a++) {
        int j = 0;
        while (j < n->nchoices && strcmp(n->choices[j].id, st->alts[a]) != 0)
            j++;
        if (j == n->nchoices) {
            s->err[0] = '\0';
            snprintf(err, size, "record step %d: alternative '%s' no longer exists at node '%s'",
                     i + 1, st->alts[a], n->id);
            return -1;
        }
        alts[nalts++] = j;
    }
    return session_set_typed(s, st->typed, st->code, st->confidence, alts, nalts);
}

/* A replay step that failed: the session's message, unless err already holds one. */
static int replay_fail(const Session *s, char *err, size_t size, int i)
{
    if (s->err[0]) snprintf(err, size, "record step %d: %s", i + 1, s->err);
    return -1;
}

int record_replay(const Record *r, Session *s, char *err, size_t size)
{
    for (int i = 0; i < r->nsteps; i++) {
        const RecordStep *st = &r->steps[i];
        const Node *n = session_node(s);
        if (s->over && course_goes_on(s->sc, s->state, s->node) && strcmp(n->id, st->node) == 0 &&
            (!strcmp(st->choice, "next") || !strcmp(st->choice, "missed"))) {
            /* between two sessions of a course: as the record says the client did */
            if (session_choose_ref(s, st->choice) != 0) {
                snprintf(err, size, "record step %d: %s", i + 1, s->err);
                return -1;
            }
            continue;
        }
        if (s->over) {
            snprintf(err, size,
                     "record step %d: the session already ended at '%s' before choice '%s'", i + 1,
                     n->ending, st->choice);
            return -1;
        }
        if (strcmp(n->id, st->node) != 0) {
            snprintf(err, size,
                     "record step %d: the record is at node '%s' but the scenario is at node '%s'",
                     i + 1, st->node, n->id);
            return -1;
        }
        if (st->choice[0] == '~') { /* a typed reply that fit no choice */
            if (session_choose_ref(s, st->choice) != 0 || replay_typed(s, n, st, i, err, size))
                return replay_fail(s, err, size, i);
            continue;
        }
        int k = 0;
        while (k < s->noffered && strcmp(session_offered(s, k)->id, st->choice) != 0)
            k++;
        if (k == s->noffered) {
            bool exists = false;
            for (int j = 0; j < n->nchoices; j++)
                exists |= !strcmp(n->choices[j].id, st->choice);
            snprintf(err, size, "record step %d: choice '%s' %s at node '%s'", i + 1, st->choice,
                     exists ? "is not offered in this state" : "no longer exists", n->id);
            return -1;
        }
        if (session_choose(s, k) != 0 || replay_typed(s, n, st, i, err, size) != 0)
            return replay_fail(s, err, size, i);
    }
    return 0;
}

void record_default_trainee(char *out, size_t size)
{
    out[0] = '\0';
    const char *env = getenv("RAPPORT_TRAINEE");
    if (env && *env) {
        snprintf(out, size, "%s", env);
        if (record_utf8_ok(env)) return;
        fprintf(stderr, "rapport: RAPPORT_TRAINEE is not UTF-8 text: ignored\n");
        out[0] = '\0';
        return;
    }
    char path[4096];
    if (!settings_path(path, sizeof path)) return;
    /* The one settings reader (settings.c), quietly: the window's keys are not checked here. */
    Settings set;
    settings_default(&set);
    if (settings_read(path, &set, false) != 0) return;
    snprintf(out, size, "%s", set.trainee);
    if (!record_utf8_ok(out)) {
        fprintf(stderr, "rapport: %s: the trainee's name is not UTF-8 text: ignored\n", path);
        out[0] = '\0';
    }
}

int record_new_path(const char *dir, const char *scenario_id, const char *trainee,
                    unsigned long long seed, time_t started, char *out, size_t size, char *err,
                    size_t errsize)
{
    char base[4096];
    if (dir) {
        snprintf(base, sizeof base, "%s", dir);
    } else {
        if (!paths_data_dir("records", base, sizeof base)) {
            snprintf(err, errsize,
                     "rapport: nowhere to keep the session record: neither XDG_DATA_HOME nor HOME "
                     "is an absolute path (give --record FILE or --no-record)");
            return -1;
        }
    }
    if (paths_make_dirs(base) != 0) {
        snprintf(err, errsize, "rapport: cannot create the records folder %s: %s", base,
                 strerror(errno));
        return -1;
    }
    /* The trainee's name, reduced to letters, digits and dashes, so it is safe in a file name. */
    char who[64] = "";
    size_t n = 0;
    for (const char *p = trainee ? trainee : ""; *p && n + 1 < sizeof who; p++) {
        char c = *p;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            who[n++] = c;
        else if (c >= 'A' && c <= 'Z')
            who[n++] = (char)(c - 'A' + 'a');
        else if (n > 0 && who[n - 1] != '-')
            who[n++] = '-';
    }
    while (n > 0 && who[n - 1] == '-')
        n--;
    who[n] = '\0';
    struct tm tm;
    char when[32];
    gmtime_r(&started, &tm);
    strftime(when, sizeof when, "%Y%m%dT%H%M%SZ", &tm);
    for (int k = 1; k < 1000; k++) {
        char suffix[16] = "";
        if (k > 1) snprintf(suffix, sizeof suffix, "-%d", k);
        snprintf(out, size, "%s/%s-%s-seed%llu%s%s%s.json", base, scenario_id, when, seed,
                 who[0] ? "-" : "", who, suffix);
        if (access(out, F_OK) != 0) return 0;
    }
    snprintf(err, errsize, "rapport: too many records named %s/%s-%s-seed%llu*.json", base,
             scenario_id, when, seed);
    return -1;
}
