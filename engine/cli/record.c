/* record: writing, reading and replaying session records (cJSON does the JSON). */
#include "record.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../core/transcript.h"

#ifndef RAPPORT_VERSION
#define RAPPORT_VERSION "0.1.0"
#endif

void record_hash(const char *text, char out[17])
{
    uint64_t h = 1469598103934665603ULL;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++)
        h = (h ^ *p) * 1099511628211ULL;
    snprintf(out, 17, "%016llx", (unsigned long long)h);
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

static int cmp_key(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The Lua summary table at the top of the stack, as JSON. */
static cJSON *lua_json(lua_State *L, int idx, int depth)
{
    idx = lua_absindex(L, idx);
    switch (lua_type(L, idx)) {
    case LUA_TBOOLEAN:
        return cJSON_CreateBool(lua_toboolean(L, idx));
    case LUA_TNUMBER:
        return cJSON_CreateNumber(lua_tonumber(L, idx));
    case LUA_TSTRING:
        return cJSON_CreateString(lua_tostring(L, idx));
    case LUA_TTABLE: {
        if (depth > 8) return cJSON_CreateNull();
        /* A sequence (keys 1..n, as the summary's lists of turns) is a JSON array. */
        lua_Integer len = (lua_Integer)lua_rawlen(L, idx);
        if (len > 0) {
            cJSON *a = cJSON_CreateArray();
            for (lua_Integer i = 1; i <= len; i++) {
                lua_rawgeti(L, idx, i);
                cJSON_AddItemToArray(a, lua_json(L, -1, depth + 1));
                lua_pop(L, 1);
            }
            return a;
        }
        /* Keys sorted: Lua's traversal order changes from run to run (its string hashes are
         * seeded), and two records of the same choices must differ only in their times. */
        const char *keys[128];
        int n = 0;
        lua_pushnil(L);
        while (lua_next(L, idx)) {
            lua_pop(L, 1);
            if (lua_type(L, -1) == LUA_TSTRING && n < 128) keys[n++] = lua_tostring(L, -1);
        }
        qsort(keys, (size_t)n, sizeof *keys, cmp_key);
        if (n == 0) return cJSON_CreateArray(); /* an empty list: no turns behind a score */
        cJSON *o = cJSON_CreateObject();
        for (int i = 0; i < n; i++) {
            lua_getfield(L, idx, keys[i]);
            cJSON_AddItemToObject(o, keys[i], lua_json(L, -1, depth + 1));
            lua_pop(L, 1);
        }
        return o;
    }
    default:
        return cJSON_CreateNull();
    }
}

cJSON *record_json(Host *h, const Session *s, const char *trainee, time_t started, time_t ended)
{
    const Scenario *sc = s->sc;
    cJSON *root = cJSON_CreateObject();
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
    cJSON_AddNumberToObject(root, "seed", (double)s->seed);
    cJSON_AddStringToObject(root, "trainee", trainee ? trainee : "");
    iso_time(started, when);
    cJSON_AddStringToObject(root, "started", when);
    iso_time(ended, when);
    cJSON_AddStringToObject(root, "ended", when);
    cJSON *choices = cJSON_AddArrayToObject(root, "choices");
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
        const Choice *c = &n->choices[tu->choice];
        cJSON *step = cJSON_CreateObject();
        cJSON_AddStringToObject(step, "node", n->id);
        cJSON_AddStringToObject(step, "choice", c->id);
        cJSON_AddItemToArray(choices, step);
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
        /* The choices offered, in the order they were shown. */
        cJSON *offered = cJSON_AddArrayToObject(turn, "offered");
        for (int j = 0; j < tu->nshown; j++) {
            int i = tu->shown[j];
            cJSON *o = cJSON_CreateObject();
            cJSON_AddStringToObject(o, "id", n->choices[i].id);
            cJSON_AddStringToObject(o, "text", n->choices[i].text);
            cJSON_AddStringToObject(o, "move", sc->moves[n->choices[i].move].name);
            cJSON_AddStringToObject(o, "miti", miti_name(sc->moves[n->choices[i].move].miti));
            cJSON *oc = cJSON_AddArrayToObject(o, "codes");
            for (int k = 0; k < n->choices[i].ncodes; k++)
                cJSON_AddItemToArray(oc,
                                     cJSON_CreateString(miti_name((Miti)n->choices[i].codes[k])));
            /* What this choice would have done from the same state: the debrief's "an
             * MI-consistent choice here would have..." needs no scenario file then. */
            int next;
            if (scratch_ok) {
                memcpy(scratch.state, session_state_at(s, t - 1),
                       (size_t)sc->layout.count * sizeof(double));
                if (session_transition(&scratch, tu->node, i, &next) == 0)
                    cJSON_AddItemToObject(o, "after", state_json(sc, scratch.state));
            }
            cJSON_AddItemToArray(offered, o);
        }
        cJSON_AddStringToObject(turn, "chose", c->id);
        cJSON_AddNumberToObject(turn, "number", tu->number);
        cJSON_AddNumberToObject(turn, "pressed", turn_pressed(tu));
        cJSON_AddStringToObject(turn, "move", sc->moves[c->move].name);
        cJSON_AddStringToObject(
            turn, "miti", miti_name(tu->ncodes ? (Miti)tu->codes[0] : sc->moves[c->move].miti));
        cJSON *codes = cJSON_AddArrayToObject(turn, "codes");
        for (int k = 0; k < tu->ncodes; k++)
            cJSON_AddItemToArray(codes, cJSON_CreateString(miti_name((Miti)tu->codes[k])));
        if (c->feedback) cJSON_AddStringToObject(turn, "feedback", c->feedback);
        cJSON_AddItemToObject(turn, "state", state_json(sc, session_state_at(s, t)));
        cJSON_AddItemToArray(turns, turn);
    }
    if (scratch_ok) session_free(&scratch);
    const Node *end = session_node(s);
    if (s->over && end->ending) {
        cJSON *e = cJSON_AddObjectToObject(root, "ending");
        cJSON_AddStringToObject(e, "id", end->ending);
        cJSON_AddStringToObject(e, "node", end->id);
        cJSON_AddStringToObject(e, "outcome", outcome_name(end->outcome));
        cJSON_AddStringToObject(e, "say", s->line ? s->line : "");
        if (end->debrief) cJSON_AddStringToObject(e, "debrief", end->debrief);
    } else {
        cJSON_AddNullToObject(root, "ending");
    }
    cJSON_AddItemToObject(root, "final_state", state_json(sc, s->state));
    if (host_summary(h, s) == 0) {
        cJSON *sum = lua_json(h->L, -1, 0);
        lua_pop(h->L, 1);
        cJSON_AddItemToObject(root, "summary", sum);
        /* Each piece of client talk's entry (what the trainee answered, and the advice) also
         * on its turn, beside the talk it answers. */
        const cJSON *e;
        cJSON_ArrayForEach(e, cJSON_GetObjectItemCaseSensitive(sum, "talk"))
        {
            const cJSON *tn = cJSON_GetObjectItemCaseSensitive(e, "turn");
            cJSON *turn = cJSON_IsNumber(tn) ? cJSON_GetArrayItem(turns, tn->valueint - 1) : NULL;
            if (turn) cJSON_AddItemToObject(turn, "answer", cJSON_Duplicate(e, true));
        }
    }
    return root;
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
    /* Atomically: a temporary file beside it, flushed to disk, then renamed over it. */
    char tmp[4200];
    snprintf(tmp, sizeof tmp, "%s.tmp-%d", path, (int)getpid());
    FILE *f = fopen(tmp, "w");
    int rc = -1;
    if (f) {
        bool ok =
            fputs(text, f) >= 0 && fputc('\n', f) != EOF && fflush(f) == 0 && fsync(fileno(f)) == 0;
        ok = fclose(f) == 0 && ok;
        if (ok && rename(tmp, path) == 0) rc = 0;
    }
    if (rc != 0) {
        fprintf(stderr, "rapport: cannot write the record %s: %s\n", path, strerror(errno));
        unlink(tmp);
    }
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

int record_read(const char *path, Record *r, char *err, size_t size)
{
    memset(r, 0, sizeof *r);
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, size, "%s: cannot open: %s", path, strerror(errno));
        return -1;
    }
    char *buf = NULL;
    size_t len = 0, cap = 0;
    for (;;) {
        if (len + 65536 > cap) {
            if (cap > (64u << 20)) {
                free(buf);
                fclose(f);
                snprintf(err, size, "%s: too large for a record", path);
                return -1;
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
        return -1;
    }
    buf[len] = '\0';
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
    const cJSON *format = cJSON_GetObjectItemCaseSensitive(root, "format");
    const cJSON *version = cJSON_GetObjectItemCaseSensitive(root, "version");
    const cJSON *scen = cJSON_GetObjectItemCaseSensitive(root, "scenario");
    const cJSON *seed = cJSON_GetObjectItemCaseSensitive(root, "seed");
    const cJSON *choices = cJSON_GetObjectItemCaseSensitive(root, "choices");
    int rc = -1;
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
    else if (!cJSON_IsNumber(seed) || seed->valuedouble < 0)
        snprintf(err, size, "%s: the record's \"seed\" must be a whole number", path);
    else if (!cJSON_IsArray(choices))
        snprintf(err, size, "%s: the record's \"choices\" must be a list", path);
    else {
        r->version = version->valueint;
        r->seed = (unsigned long long)seed->valuedouble;
        copy_string(root, "engine", r->engine, sizeof r->engine, false);
        copy_string(root, "trainee", r->trainee, sizeof r->trainee, false);
        int n = cJSON_GetArraySize(choices);
        r->steps = calloc((size_t)(n ? n : 1), sizeof *r->steps);
        rc = r->steps ? 0 : -1;
        const cJSON *step;
        int i = 0;
        cJSON_ArrayForEach(step, choices)
        {
            if (rc) break;
            if (!copy_string(step, "node", r->steps[i].node, sizeof r->steps[i].node, true) ||
                !copy_string(step, "choice", r->steps[i].choice, sizeof r->steps[i].choice, true)) {
                snprintf(err, size,
                         "%s: choice %d of the record needs \"node\" and \"choice\" (strings)",
                         path, i + 1);
                rc = -1;
            }
            i++;
        }
        r->nsteps = i;
        if (rc) record_free(r);
    }
    cJSON_Delete(root);
    return rc;
}

void record_free(Record *r)
{
    free(r->steps);
    r->steps = NULL;
    r->nsteps = 0;
}

int record_replay(const Record *r, Session *s, char *err, size_t size)
{
    for (int i = 0; i < r->nsteps; i++) {
        const RecordStep *st = &r->steps[i];
        const Node *n = session_node(s);
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
        if (session_choose(s, k) != 0) {
            snprintf(err, size, "%s", s->err);
            return -1;
        }
    }
    return 0;
}

void record_default_trainee(char *out, size_t size)
{
    out[0] = '\0';
    const char *env = getenv("RAPPORT_TRAINEE");
    if (env && *env) {
        snprintf(out, size, "%s", env);
        return;
    }
    char path[4096];
    const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
    if (xdg && *xdg)
        snprintf(path, sizeof path, "%s/rapport/settings.conf", xdg);
    else if (home && *home)
        snprintf(path, sizeof path, "%s/.config/rapport/settings.conf", home);
    else
        return;
    FILE *f = fopen(path, "r");
    if (!f) return;
    char line[512];
    while (fgets(line, sizeof line, f)) {
        char *p = line;
        while (*p == ' ' || *p == '\t')
            p++;
        if (strncmp(p, "trainee", 7) != 0) continue;
        p += 7;
        while (*p == ' ' || *p == '\t')
            p++;
        if (*p++ != '=') continue;
        while (*p == ' ' || *p == '\t')
            p++;
        size_t n = strcspn(p, "\r\n");
        while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t'))
            n--;
        snprintf(out, size, "%.*s", (int)n, p);
    }
    fclose(f);
}

/* mkdir -p: 0, or -1 with errno. */
static int make_dirs(char *path)
{
    for (char *p = path + 1; *p; p++) {
        if (*p != '/') continue;
        *p = '\0';
        int rc = mkdir(path, 0755);
        *p = '/';
        if (rc != 0 && errno != EEXIST) return -1;
    }
    return mkdir(path, 0755) != 0 && errno != EEXIST ? -1 : 0;
}

int record_new_path(const char *dir, const char *scenario_id, const char *trainee,
                    unsigned long long seed, time_t started, char *out, size_t size, char *err,
                    size_t errsize)
{
    char base[4096];
    if (dir) {
        snprintf(base, sizeof base, "%s", dir);
    } else {
        const char *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
        if (xdg && *xdg)
            snprintf(base, sizeof base, "%s/rapport/records", xdg);
        else if (home && *home)
            snprintf(base, sizeof base, "%s/.local/share/rapport/records", home);
        else {
            snprintf(err, errsize,
                     "rapport: nowhere to keep the session record: neither XDG_DATA_HOME nor HOME "
                     "is set (give --record FILE or --no-record)");
            return -1;
        }
    }
    if (make_dirs(base) != 0) {
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
