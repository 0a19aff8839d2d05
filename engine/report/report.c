/* report: reading a session record back into per-turn series, the turns that raised discord
 * most with the better choice that was on offer, and the explorer's best path. */
#include "report.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../store/record.h"
#include "../core/explore.h"
#include "../store/paths.h"
#include "../core/recap.h"

static const char *str(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

static const char *str_or(const cJSON *o, const char *key, const char *dflt)
{
    const char *s = str(o, key);
    return s ? s : dflt;
}

double report_value(const cJSON *state, const char *var)
{
    const cJSON *v = state ? cJSON_GetObjectItemCaseSensitive(state, var) : NULL;
    if (cJSON_IsNumber(v)) return v->valuedouble;
    if (cJSON_IsBool(v)) return cJSON_IsTrue(v) ? 1 : 0;
    return NAN;
}

int report_changes(const cJSON *before, const cJSON *after, ReportChange *out, int max)
{
    int n = 0;
    const cJSON *v;
    cJSON_ArrayForEach(v, after)
    {
        if (n == max || !strcmp(v->string, "turn")) continue;
        double a = report_value(after, v->string), b = report_value(before, v->string);
        if (isnan(a) || isnan(b) || a == b) continue;
        bool bad_up = !strcmp(v->string, "discord") || !strcmp(v->string, "resistance") ||
                      !strcmp(v->string, "reactance");
        out[n++] = (ReportChange){v->string, cJSON_IsBool(v), b, a, (a > b) != bad_up};
    }
    return n;
}

bool report_miti_consistent(const char *m)
{
    return m && (!strcmp(m, "SR") || !strcmp(m, "CR") || !strcmp(m, "AF") || !strcmp(m, "Seek") ||
                 !strcmp(m, "Emphasize"));
}

const char *const report_miti_codes[] = {"Q",  "SR",  "CR",       "AF",       "Seek", "Emphasize",
                                         "GI", "PWP", "Persuade", "Confront", "none", NULL};

bool report_miti_harmful(const char *m)
{
    return m && (!strcmp(m, "Persuade") || !strcmp(m, "Confront"));
}

void report_num(double v, char *buf, size_t size)
{
    if (isnan(v)) {
        snprintf(buf, size, "-");
        return;
    }
    snprintf(buf, size, "%.2f", v);
    char *dot = strchr(buf, '.');
    if (!dot) return;
    char *end = buf + strlen(buf) - 1;
    while (end > dot && *end == '0')
        *end-- = '\0';
    if (end == dot) *end = '\0';
    if (!strcmp(buf, "-0")) snprintf(buf, size, "0");
}

bool report_flag(const cJSON *o, const char *key)
{
    return cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o, key));
}

const char *report_ending(const Report *r, const char *key)
{
    return cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(r->ending, key));
}

const char *report_words(const char *id)
{
    static char bufs[8][256];
    static int next;
    char *b = bufs[next];
    next = (next + 1) % 8;
    recap_words(id, b, sizeof bufs[0]);
    return b;
}

const char *report_code(const char *codes)
{
    return !codes || !*codes || !strcmp(codes, "none") ? "no code" : codes;
}

/* One of the worst turns told: at turn N you answered "..." (move; discord +D). */
static size_t recap_turn(const Report *r, int k, char *buf, size_t size, size_t len)
{
    const ReportTurn *t = &r->turns[r->worst[k]];
    char quote[200];
    recap_quote(report_reply(t), 70, quote, sizeof quote);
    double d = report_value(t->after, "discord") - report_value(t->before, "discord");
    int w = snprintf(buf + len, size - len, "%sat turn %d you answered \"%s\" (%s; discord +%.0f)",
                     k ? "; " : "", t->turn, quote, report_words(t->move), d);
    return w > 0 && (size_t)w < size - len ? len + (size_t)w : size - 1;
}

void report_recap(const Report *r, char *buf, size_t size)
{
    buf[0] = '\0';
    if (!r->ending || !r->nworst) return;
    int n = r->nworst < 2 ? r->nworst : 2;
    size_t len = (size_t)snprintf(buf, size, "What raised the client's discord most: ");
    for (int k = 0; k < n && len < size - 1; k++)
        len = recap_turn(r, k, buf, size, len);
    if (len < size - 1) len += (size_t)snprintf(buf + len, size - len, ".");
    if (r->better[0] < 0 || len >= size - 1) return;
    const ReportTurn *t = &r->turns[r->worst[0]];
    const ReportOption *o = &t->offered[r->better[0]];
    char quote[200];
    recap_quote(o->text, 70, quote, sizeof quote);
    snprintf(buf + len, size - len, " At turn %d a skilled reply was on offer: \"%s\" (%s).",
             t->turn, quote, report_words(o->move));
}

const char *report_reply(const ReportTurn *t)
{
    return t->typed ? t->typed : t->text;
}

const char *report_option_text(const ReportTurn *t, const char *id)
{
    for (int j = 0; j < t->noffered; j++)
        if (!strcmp(t->offered[j].id, id)) return t->offered[j].text;
    return id;
}

int report_typed_turns(const Report *r)
{
    int n = 0;
    for (int i = 0; i < r->nturns; i++)
        n += r->turns[i].typed != NULL;
    return n;
}

/* Newlines too are shown, since each field of the text debrief and the class view is one line
 * (term_safe's own buffers rotate, so a line can hold several). */
const char *report_term(const char *s)
{
    return term_safe(s, false);
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0) break;
        if (n + 1 >= cap) {
            char *b = realloc(buf, cap *= 2);
            if (!b) {
                free(buf);
                buf = NULL;
            } else
                buf = b;
        }
    }
    fclose(f);
    if (buf) buf[n] = '\0';
    *len = n;
    return buf;
}

/* "CR+Q": the turn's MITI codes as played, or its one code when the record lists none. */
static void read_codes(ReportTurn *rt, const cJSON *t)
{
    const cJSON *codes = cJSON_GetObjectItemCaseSensitive(t, "codes"), *code;
    rt->codes[0] = '\0';
    if (cJSON_IsArray(codes)) cJSON_ArrayForEach(code, codes)
        {
            size_t len = strlen(rt->codes);
            if (cJSON_IsString(code))
                snprintf(rt->codes + len, sizeof rt->codes - len, "%s%s", len ? "+" : "",
                         code->valuestring);
        }
    if (!rt->codes[0]) snprintf(rt->codes, sizeof rt->codes, "%s", rt->miti);
}

/* The choices offered at a turn, and which of them was taken. 0, or -1 when out of memory. */
static int read_offered(ReportTurn *rt, const cJSON *t)
{
    const cJSON *offered = cJSON_GetObjectItemCaseSensitive(t, "offered"), *o;
    int n = cJSON_IsArray(offered) ? cJSON_GetArraySize(offered) : 0;
    rt->offered = calloc((size_t)(n ? n : 1), sizeof *rt->offered);
    if (!rt->offered) return -1;
    if (n) cJSON_ArrayForEach(o, offered)
        {
            ReportOption *op = &rt->offered[rt->noffered];
            op->id = str_or(o, "id", "?");
            op->text = str_or(o, "text", op->id);
            op->move = str_or(o, "move", "?");
            op->miti = str(o, "miti"); /* version-1 records name the move only */
            /* A "~move" turn names no choice: it is never looked up among them. */
            bool taken = !rt->unmatched && !strcmp(op->id, rt->chose);
            if (!op->miti && taken) op->miti = rt->miti;
            op->after = cJSON_GetObjectItemCaseSensitive(o, "after");
            if (!cJSON_IsObject(op->after)) op->after = NULL;
            if (taken) {
                rt->chosen = rt->noffered;
                rt->text = op->text;
            }
            rt->noffered++;
        }
    return 0;
}

/* One turn of the record (the i-th, 0-based), whose state before it was before. */
static void read_turn(ReportTurn *rt, const cJSON *t, int i, const cJSON *before)
{
    const cJSON *num = cJSON_GetObjectItemCaseSensitive(t, "turn");
    rt->turn = cJSON_IsNumber(num) ? num->valueint : i + 1;
    rt->node = str_or(t, "node", "?");
    rt->band = str_or(t, "band", "");
    rt->say = str_or(t, "say", "");
    rt->chose = str(t, "chose");
    rt->move = str_or(t, "move", "?");
    rt->miti = str_or(t, "miti", "none");
    rt->feedback = str(t, "feedback");
    const cJSON *talk = cJSON_GetObjectItemCaseSensitive(t, "talk");
    rt->talk = cJSON_IsObject(talk) ? str(talk, "code") : NULL;
    rt->kind = cJSON_IsObject(talk) ? str(talk, "kind") : NULL;
    read_codes(rt, t);
    const cJSON *pressed = cJSON_GetObjectItemCaseSensitive(t, "pressed");
    rt->pressed = cJSON_IsNumber(pressed) ? pressed->valueint : 0;
    rt->before = before;
    rt->after = cJSON_GetObjectItemCaseSensitive(t, "state");
    rt->chosen = -1;
    rt->text = rt->chose;
    rt->unmatched = rt->chose[0] == '~';
    /* Its words, once read_typed finds them; never the "~move" as if it were a reply. */
    if (rt->unmatched) rt->text = "(a typed reply that fit none of the choices)";
}

/* A list of strings only (an empty list too). */
static bool all_strings(const cJSON *list)
{
    const cJSON *a;
    if (!cJSON_IsArray(list)) return false;
    cJSON_ArrayForEach(a, list) if (!cJSON_IsString(a)) return false;
    return true;
}

/* A turn's "typed", written by whoever wrote the record: optional, and when present
 * { "words": UTF-8 text, "code": text, "confidence": 0..1, "alternatives": [ids] }. Fills rt;
 * 0, or -1 with what is wrong in err (without the file and turn). */
static int read_typed(ReportTurn *rt, const cJSON *t, char *err, size_t size)
{
    const cJSON *ty = cJSON_GetObjectItemCaseSensitive(t, "typed");
    if (!ty) return 0;
    const cJSON *words = cJSON_GetObjectItemCaseSensitive(ty, "words");
    const cJSON *code = cJSON_GetObjectItemCaseSensitive(ty, "code");
    const cJSON *conf = cJSON_GetObjectItemCaseSensitive(ty, "confidence");
    const cJSON *alts = cJSON_GetObjectItemCaseSensitive(ty, "alternatives");
    const char *why = NULL;
    if (!cJSON_IsObject(ty))
        why = "\"typed\" must be an object { \"words\", \"code\", \"confidence\" }";
    else if (!cJSON_IsString(words) || !record_utf8_ok(words->valuestring))
        why = "\"typed\" needs \"words\": UTF-8 text";
    else if (!cJSON_IsString(code))
        why = "\"typed\" needs \"code\": a MITI code such as \"CR\"";
    else if (!cJSON_IsNumber(conf) || !(conf->valuedouble >= 0 && conf->valuedouble <= 1))
        why = "\"typed\" needs \"confidence\": a number from 0 to 1";
    else if (alts && !all_strings(alts))
        why = "\"typed\" \"alternatives\" must be a list of choice ids (strings)";
    if (why) {
        snprintf(err, size, "%s", why);
        return -1;
    }
    rt->typed = words->valuestring;
    rt->typed_code = code->valuestring;
    rt->confidence = conf->valuedouble;
    rt->alternatives = alts;
    if (rt->unmatched) rt->text = rt->typed; /* there is no choice text to show */
    return 0;
}

/* Frees the turns read before (report_use_scenario reads them again) and makes room for n. */
static int alloc_turns(Report *r, int n)
{
    for (int i = 0; i < r->nturns; i++)
        free(r->turns[i].offered);
    free(r->turns);
    r->turns = calloc((size_t)(n ? n : 1), sizeof *r->turns);
    r->nturns = r->turns ? n : 0; /* report_free walks nturns */
    return r->turns ? 0 : -1;
}

/* "session": { "number": 2, "of": 3, "title": "..." } in a course's record: checked, since a
 * record is data from anyone. */
static int read_sitting(Report *r, char *err, size_t size)
{
    const cJSON *sit = cJSON_GetObjectItemCaseSensitive(r->root, "session");
    if (!sit) return 0;
    const cJSON *num = cJSON_GetObjectItemCaseSensitive(sit, "number");
    const cJSON *of = cJSON_GetObjectItemCaseSensitive(sit, "of");
    const cJSON *title = cJSON_GetObjectItemCaseSensitive(sit, "title");
    if (!cJSON_IsObject(sit) || !cJSON_IsNumber(num) || !cJSON_IsNumber(of) ||
        !cJSON_IsString(title) || of->valuedouble < 2 || of->valuedouble > 20 ||
        num->valuedouble < 1 || num->valuedouble > of->valuedouble ||
        num->valuedouble != (int)num->valuedouble || of->valuedouble != (int)of->valuedouble) {
        snprintf(err, size,
                 "%s: the record's \"session\" must be { \"number\": 1 to \"of\", \"of\": 2 "
                 "to 20, \"title\": \"...\" }",
                 r->path);
        return -1;
    }
    r->sitting = num->valueint;
    r->nsittings = of->valueint;
    r->sitting_title = title->valuestring;
    return 0;
}

/* Fills r->turns from the JSON tree (again after report_use_scenario adds to it). */
static int build_turns(Report *r, char *err, size_t size)
{
    const cJSON *turns = cJSON_GetObjectItemCaseSensitive(r->root, "turns");
    if (!cJSON_IsArray(turns)) {
        snprintf(err, size, "%s: the record has no \"turns\" list", r->path);
        return -1;
    }
    if (alloc_turns(r, cJSON_GetArraySize(turns)) != 0) {
        snprintf(err, size, "%s: out of memory", r->path);
        return -1;
    }
    r->initial = cJSON_GetObjectItemCaseSensitive(r->root, "initial_state");
    if (!cJSON_IsObject(r->initial)) r->initial = NULL;
    const cJSON *before = r->initial, *t;
    int i = 0;
    cJSON_ArrayForEach(t, turns)
    {
        const cJSON *state = cJSON_GetObjectItemCaseSensitive(t, "state");
        if (!cJSON_IsObject(t) || !cJSON_IsObject(state) || !str(t, "chose")) {
            snprintf(err, size, "%s: turn %d of the record needs \"chose\" and a \"state\"",
                     r->path, i + 1);
            return -1;
        }
        read_turn(&r->turns[i], t, i, before);
        char why[200];
        if (read_typed(&r->turns[i], t, why, sizeof why) != 0) {
            snprintf(err, size, "%s: turn %d of the record: %s", r->path, i + 1, why);
            return -1;
        }
        if (read_offered(&r->turns[i], t) != 0) {
            snprintf(err, size, "%s: out of memory", r->path);
            return -1;
        }
        before = state;
        i++;
    }
    return 0;
}

/* The turns that raised discord most, and the best MI-consistent alternative at each. */
static void find_worst(Report *r)
{
    r->nworst = 0;
    for (int k = 0; k < REPORT_WORST; k++) {
        int pick = -1;
        double rise_best = 0;
        for (int i = 0; i < r->nturns; i++) {
            bool taken = false;
            for (int j = 0; j < r->nworst; j++)
                taken |= r->worst[j] == i;
            double rise = report_value(r->turns[i].after, "discord") -
                          report_value(r->turns[i].before, "discord");
            if (taken || isnan(rise) || rise <= 0) continue;
            if (pick < 0 || rise > rise_best) pick = i, rise_best = rise;
        }
        if (pick < 0) break;
        const ReportTurn *t = &r->turns[pick];
        int better = -1;
        double mine = report_value(t->after, "discord"), lo = mine;
        for (int j = 0; j < t->noffered; j++) {
            const ReportOption *o = &t->offered[j];
            double d = report_value(o->after, "discord");
            if (j == t->chosen || !report_miti_consistent(o->miti) || isnan(d)) continue;
            if (d < lo || (better >= 0 && d == lo &&
                           report_value(o->after, "rapport") >
                               report_value(t->offered[better].after, "rapport")))
                better = j, lo = d;
        }
        r->worst[r->nworst] = pick;
        r->better[r->nworst++] = better;
    }
}

int report_load(const char *path, Report *r, char *err, size_t size)
{
    memset(r, 0, sizeof *r);
    snprintf(r->path, sizeof r->path, "%s", path);
    /* The shared reader says what is wrong with a record in the same words as replay. */
    Record rec;
    if (record_read(path, &rec, err, size) != 0) return -1;
    record_free(&rec);
    r->seed = rec.seed; /* a number or a string of digits: record_read reads both */
    size_t len;
    char *text = slurp(path, &len);
    r->root = text ? cJSON_ParseWithLength(text, len) : NULL;
    free(text);
    if (!r->root) {
        snprintf(err, size, "%s: cannot read the record", path);
        return -1;
    }
    const cJSON *root = r->root, *scen = cJSON_GetObjectItemCaseSensitive(root, "scenario");
    r->version = cJSON_GetObjectItemCaseSensitive(root, "version")->valueint;
    r->engine = str_or(root, "engine", "");
    r->scenario_id = str_or(scen, "id", "?");
    r->title = str_or(scen, "title", r->scenario_id);
    r->scenario_path = str_or(scen, "path", "");
    r->hash = str_or(scen, "hash", "");
    r->trainee = str_or(root, "trainee", "");
    r->started = str_or(root, "started", "");
    r->ended = str_or(root, "ended", "");
    r->final_state = cJSON_GetObjectItemCaseSensitive(root, "final_state");
    r->summary = cJSON_GetObjectItemCaseSensitive(root, "summary");
    if (!cJSON_IsObject(r->summary)) {
        snprintf(err, size, "%s: the record has no \"summary\" (the session's MITI-style scores)",
                 path);
        report_free(r);
        return -1;
    }
    if (read_sitting(r, err, size) != 0) {
        report_free(r);
        return -1;
    }
    r->ending = cJSON_GetObjectItemCaseSensitive(root, "ending");
    if (!cJSON_IsObject(r->ending)) r->ending = NULL;
    if (r->ending) { /* a record before titles: the id in words, until the client file says */
        const char *title = report_ending(r, "title");
        snprintf(r->ending_title, sizeof r->ending_title, "%s",
                 title && *title ? title : report_words(report_ending(r, "id")));
    }
    if (build_turns(r, err, size) != 0) {
        report_free(r);
        return -1;
    }
    find_worst(r);
    return 0;
}

void report_free(Report *r)
{
    for (int i = 0; i < r->nturns; i++)
        free(r->turns[i].offered);
    free(r->turns);
    free(r->best);
    cJSON_Delete(r->root);
    memset(r, 0, sizeof *r);
}

/* True when some part of the record is missing that a replay would give. */
static bool lacks_replayable(const Report *r)
{
    if (!r->initial) return true;
    for (int i = 0; i < r->nturns; i++)
        for (int j = 0; j < r->turns[i].noffered; j++)
            if (!r->turns[i].offered[j].after) return true;
    return false;
}

/* An older record: replays it and takes the start state and the offered choices' outcomes
 * from a record of the replay. The rest of the record stays as it was written. */
static void fill_from_replay(Report *r, Host *h)
{
    Record rec;
    char err[1200];
    if (record_read(r->path, &rec, err, sizeof err) != 0) return;
    Session s;
    bool ok = session_init(&s, &h->sc) == 0;
    if (ok && (session_start(&s, rec.seed) != 0 || record_replay(&rec, &s, err, sizeof err) != 0)) {
        snprintf(r->scenario_note, sizeof r->scenario_note,
                 "the record no longer replays on %s (%s)", h->sc.path, err[0] ? err : s.err);
        ok = false;
        session_free(&s);
    } else if (ok) {
        cJSON *fresh = record_json(h, &s, "", 0, 0);
        cJSON *turns = cJSON_GetObjectItemCaseSensitive(r->root, "turns");
        cJSON *fturns = fresh ? cJSON_GetObjectItemCaseSensitive(fresh, "turns") : NULL;
        if (fresh && !cJSON_GetObjectItemCaseSensitive(r->root, "initial_state")) {
            cJSON *init = cJSON_GetObjectItemCaseSensitive(fresh, "initial_state");
            if (init) cJSON_AddItemToObject(r->root, "initial_state", cJSON_Duplicate(init, true));
        }
        if (cJSON_GetArraySize(turns) == cJSON_GetArraySize(fturns)) {
            for (int i = 0; i < cJSON_GetArraySize(turns); i++) {
                cJSON *t = cJSON_GetArrayItem(turns, i);
                cJSON *fo =
                    cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(fturns, i), "offered");
                if (fo)
                    cJSON_ReplaceItemInObjectCaseSensitive(t, "offered", cJSON_Duplicate(fo, true));
            }
        }
        cJSON_Delete(fresh);
        session_free(&s);
    }
    record_free(&rec);
    if (ok) {
        char e2[256];
        build_turns(r, e2, sizeof e2);
        find_worst(r);
    }
}

/* Plays a path of authored choice indices from the start; with steps, fills them. The
 * session's score, or NAN when the path does not play to an ending. */
static double play_path(Host *h, unsigned long long seed, const int *path, int len, BestStep *steps)
{
    const Scenario *sc = &h->sc;
    Session s;
    if (session_init(&s, sc) != 0) return NAN;
    int dv = layout_find(&sc->layout, "discord");
    bool ok = session_start(&s, seed) == 0;
    for (int i = 0; ok && i < len; i++) {
        int k = 0;
        while (k < s.noffered && s.offered[k] != path[i])
            k++;
        if (k == s.noffered) {
            ok = false;
            break;
        }
        const Node *n = session_node(&s);
        const Choice *c = &n->choices[path[i]];
        if (steps)
            snprintf(steps[i].text, sizeof steps[i].text, "%s",
                     session_choice_text(&s, c, s.state));
        ok = session_choose(&s, k) == 0;
        if (!steps) continue;
        BestStep *b = &steps[i];
        snprintf(b->node, sizeof b->node, "%s", n->id);
        snprintf(b->move, sizeof b->move, "%s", sc->moves[c->move].name);
        snprintf(b->miti, sizeof b->miti, "%s", miti_name(sc->moves[c->move].miti));
        b->discord = dv >= 0 ? s.state[dv] : NAN;
    }
    double score = NAN;
    if (ok && s.over && host_summary(h, &s) == 0) {
        lua_getfield(h->L, -1, "score");
        score = lua_tonumber(h->L, -1);
        lua_pop(h->L, 2);
    }
    session_free(&s);
    return score;
}

typedef struct Candidate {
    int32_t state;
    int harmful, depth;
} Candidate;

static int cmp_candidate(const void *a, const void *b)
{
    const Candidate *x = a, *y = b;
    if (x->harmful != y->harmful) return x->harmful - y->harmful;
    if (x->depth != y->depth) return x->depth - y->depth;
    return x->state < y->state ? -1 : x->state > y->state;
}

#define BEST_TRIED 64

/* The best path the explorer finds: to an ending of the best outcome reachable, then with
 * the fewest Persuade and Confront moves and the fewest turns; of the first BEST_TRIED such
 * paths, the one the trainee's own scoring rates highest. (The shortest path alone, first_at,
 * often takes a harmful shortcut that the debrief should not hold up as an example.) */
static void find_best(Report *r, Host *h)
{
    Explorer e;
    ExploreLimits lim = {.max_states = 2000000, .max_depth = 0};
    if (explore_run(&e, &h->sc, &lim) != 0) {
        snprintf(r->scenario_note, sizeof r->scenario_note, "the explorer stopped: %s", e.err);
        explore_free(&e);
        return;
    }
    const Scenario *sc = &h->sc;
    int rank = -1;
    for (int n = 0; n < sc->nnodes; n++)
        if (sc->nodes[n].ending && e.first_at[n] >= 0 &&
            explore_outcome_rank(sc->nodes[n].outcome) > rank)
            rank = explore_outcome_rank(sc->nodes[n].outcome);
    Candidate *cand = rank >= 0 ? malloc((size_t)e.count * sizeof *cand) : NULL;
    int ncand = 0;
    static int path[SESSION_MAX_TURNS];
    for (int32_t i = 0; cand && i < e.count; i++) {
        const Node *n = &sc->nodes[explore_node(&e, i)];
        if (!n->ending || explore_outcome_rank(n->outcome) != rank) continue;
        int len = explore_path(&e, i, path, SESSION_MAX_TURNS), harmful = 0;
        /* Walk the path's nodes back from the parents to count its harmful moves. */
        int32_t at = i;
        bool between = false; /* a debrief's best path stays within one session */
        for (int k = len - 1; k >= 0 && !between; k--) {
            at = e.parent[at];
            between = path[k] >= EXPLORE_ATTEND;
            if (between) break;
            const Choice *c = &sc->nodes[explore_node(&e, at)].choices[path[k]];
            Miti m = sc->moves[c->move].miti;
            harmful += m == MITI_PERSUADE || m == MITI_CONFRONT;
        }
        if (!between) cand[ncand++] = (Candidate){i, harmful, len};
    }
    if (ncand) qsort(cand, (size_t)ncand, sizeof *cand, cmp_candidate);
    int32_t best = -1;
    double best_score = NAN;
    for (int k = 0; k < ncand && k < BEST_TRIED; k++) {
        int len = explore_path(&e, cand[k].state, path, SESSION_MAX_TURNS);
        double score = play_path(h, r->seed, path, len, NULL);
        if (!isnan(score) && (best < 0 || score > best_score))
            best = cand[k].state, best_score = score;
    }
    free(cand);
    r->best_complete = !e.hit_states && !e.hit_depth;
    if (best >= 0) {
        int len = explore_path(&e, best, path, SESSION_MAX_TURNS);
        r->best = calloc((size_t)(len ? len : 1), sizeof *r->best);
        if (r->best && !isnan(play_path(h, r->seed, path, len, r->best))) {
            const Node *end = &sc->nodes[explore_node(&e, best)];
            r->has_best = true;
            r->nbest = len;
            r->best_score = best_score;
            snprintf(r->best_ending, sizeof r->best_ending, "%s", end->ending);
            snprintf(r->best_title, sizeof r->best_title, "%s",
                     end->title ? end->title : report_words(end->ending));
            snprintf(r->best_outcome, sizeof r->best_outcome, "%s", outcome_name(end->outcome));
        }
    }
    explore_free(&e);
}

bool report_client_file(const char *id, const char *given, char *out, size_t size)
{
    if (given) {
        snprintf(out, size, "%s", given);
        return true;
    }
    /* Only an id of the documented shape is looked up, so it cannot name a path. */
    size_t n = strlen(id);
    if (n == 0 || n > 127 || strspn(id, "abcdefghijklmnopqrstuvwxyz0123456789-") != n) {
        out[0] = '\0';
        return false;
    }
    if (!paths_client_file(paths_scripts(), id, out, size)) {
        out[0] = '\0';
        return false;
    }
    /* Shown relative to the working folder when it is inside it, as a user would name it. */
    char cwd[4096];
    size_t n_cwd = getcwd(cwd, sizeof cwd) ? strlen(cwd) : 0;
    if (n_cwd > 1 && !strncmp(out, cwd, n_cwd) && out[n_cwd] == '/')
        memmove(out, out + n_cwd + 1, strlen(out + n_cwd + 1) + 1);
    return true;
}

int report_use_scenario(Report *r, const char *given)
{
    /* The record's "scenario.path" is never opened: a record is data, and whoever wrote it
     * must not choose which Lua file runs here. */
    char file[4096];
    if (!report_client_file(r->scenario_id, given, file, sizeof file)) {
        fprintf(stderr,
                "rapport report: no client '%s' among the bundled clients or yours: reporting the "
                "record alone (give the client file with --scenario FILE)\n",
                term_safe(r->scenario_id, false));
        snprintf(r->scenario_note, sizeof r->scenario_note,
                 "no client file for '%s' (give one with --scenario FILE), so the best path is "
                 "not shown",
                 r->scenario_id);
        return 0;
    }
    fprintf(stderr, "rapport report: client file %s (%s)\n", term_safe(file, false),
            given ? "given with --scenario" : "found by the record's scenario id");
    /* paths_load prints its own line on failure; the report goes on without the file. */
    Host *h = paths_load(file);
    if (!h && given) return -1;
    if (!h) {
        snprintf(r->scenario_note, sizeof r->scenario_note,
                 "the client file (%.2400s) could not be loaded, so the best path is not shown",
                 file);
        return 0;
    }
    char hash[17];
    record_hash(h->source, hash);
    bool same = !r->hash[0] || !strcmp(hash, r->hash);
    if (!same)
        snprintf(r->scenario_note, sizeof r->scenario_note,
                 "%s has changed since this session (hash %s, now %s): the best path is the "
                 "current file's",
                 h->sc.path, r->hash, hash);
    if (same && lacks_replayable(r)) fill_from_replay(r, h);
    const char *id = report_ending(r, "id"), *title = report_ending(r, "title");
    for (int i = 0; id && !(title && *title) && i < h->sc.nnodes; i++)
        if (h->sc.nodes[i].ending && !strcmp(h->sc.nodes[i].ending, id) && h->sc.nodes[i].title)
            snprintf(r->ending_title, sizeof r->ending_title, "%s", h->sc.nodes[i].title);
    find_best(r, h);
    host_close(h);
    return 0;
}

/* "turns 1, 4, 7" (or "no turns") from the summary's behind[key]; "" when not recorded. */
static void behind_turns(const Report *r, const char *key, char *buf, size_t size)
{
    const cJSON *list = cJSON_GetObjectItemCaseSensitive(
        cJSON_GetObjectItemCaseSensitive(r->summary, "behind"), key);
    buf[0] = '\0';
    if (!list) return;
    int n = cJSON_IsArray(list) ? cJSON_GetArraySize(list) : 0;
    size_t len = (size_t)snprintf(buf, size, "%s",
                                  n == 0   ? "no turns"
                                  : n == 1 ? "turn "
                                           : "turns ");
    for (int i = 0; i < n && len < size; i++) {
        const cJSON *t = cJSON_GetArrayItem(list, i);
        int w = snprintf(buf + len, size - len, "%s%d", i ? ", " : "",
                         cJSON_IsNumber(t) ? t->valueint : 0);
        if (w < 0) break;
        len += (size_t)w;
    }
}

const MitiMeasure report_miti_layout[REPORT_MITI_ROWS] = {
    {"reflection-to-question ratio (R:Q)", "rq", "1", "2", MITI_SCALE_RATIO, "R:Q", false, true},
    {"complex reflections (% of reflections)", "pct_cr", "40%", "50%", MITI_SCALE_PERCENT, "% CR",
     false, true},
    {"partnership (MITI-style, 1-5)", "partnership", "", "", MITI_SCALE_PROXY, NULL, false, false},
    {"empathy (MITI-style, 1-5)", "empathy", "", "", MITI_SCALE_PROXY, NULL, false, false},
    {"cultivating change talk (MITI-style, 1-5)", "cultivating", "", "", MITI_SCALE_PROXY, NULL,
     false, false},
    {"softening sustain talk (MITI-style, 1-5)", "softening", "", "", MITI_SCALE_PROXY, NULL, false,
     false},
    {"relational (partnership, empathy)", "relational", "3.5", "4", MITI_SCALE_MEAN, NULL, true,
     true},
    {"technical (cultivating, softening)", "technical", "3", "4", MITI_SCALE_MEAN, NULL, false,
     true},
};

const MitiCount report_miti_counts[REPORT_MITI_COUNTS] = {
    {"MI-adherent (AF + Seek + Emphasize)", "adherent"},
    {"MI-non-adherent (Persuade + Confront)", "non_adherent"},
};

/* What the summary says about the session as a whole, which every row's value depends on. */
typedef struct MitiContext {
    bool too_short, no_questions;
    bool scored_proxies; /* a record from before the four proxies were scored has none of them */
} MitiContext;

/* A row's value, and its grade where the value is not a number. */
static void miti_value(MitiRow *row, double v, const MitiContext *c)
{
    MitiScale scale = row->m->scale;
    bool ratio = scale == MITI_SCALE_RATIO || scale == MITI_SCALE_PERCENT;
    if (ratio && c->too_short) {
        snprintf(row->value, sizeof row->value, "too short to score");
        row->grade = "-";
        row->too_short = true;
    } else if (scale == MITI_SCALE_RATIO && isnan(v) && c->no_questions) {
        snprintf(row->value, sizeof row->value, "no questions");
    } else if (isnan(v)) {
        row->behind[0] = '\0';
        bool unrated = scale == MITI_SCALE_PROXY || (scale == MITI_SCALE_MEAN && c->scored_proxies);
        snprintf(row->value, sizeof row->value, "%s",
                 !unrated            ? "none"
                 : c->scored_proxies ? "nothing to rate"
                                     : "not in this record");
    } else {
        row->number = true;
        snprintf(row->value, sizeof row->value,
                 scale == MITI_SCALE_PERCENT ? "%.0f%%"
                 : scale == MITI_SCALE_RATIO ? "%.2f"
                                             : "%.1f",
                 scale == MITI_SCALE_PERCENT ? v * 100 : v);
    }
}

void report_miti_rows(const Report *r, MitiRow rows[REPORT_MITI_ROWS])
{
    const cJSON *sum = r->summary, *grades = cJSON_GetObjectItemCaseSensitive(sum, "grades");
    MitiContext c = {report_flag(sum, "too_short"), report_flag(sum, "no_questions"),
                     cJSON_GetObjectItemCaseSensitive(sum, "partnership") != NULL};
    for (int i = 0; i < REPORT_MITI_ROWS; i++) {
        MitiRow *row = &rows[i];
        const MitiMeasure *m = &report_miti_layout[i];
        *row = (MitiRow){.m = m};
        double g = report_value(grades, m->key);
        row->grade = isnan(g) ? "-" : g >= 1 ? "good" : g >= 0.5 ? "fair" : "below fair";
        if (m->scale == MITI_SCALE_PROXY) behind_turns(r, m->key, row->behind, sizeof row->behind);
        miti_value(row, report_value(sum, m->key), &c);
    }
}

int report_talk(const Report *r, ReportTalk *out, int max)
{
    const cJSON *list = cJSON_GetObjectItemCaseSensitive(r->summary, "talk"), *e;
    if (!list) return -1;
    int n = 0;
    cJSON_ArrayForEach(e, list)
    {
        if (n == max) break;
        const cJSON *tn = cJSON_GetObjectItemCaseSensitive(e, "turn");
        int t = cJSON_IsNumber(tn) ? tn->valueint : 0;
        if (t < 1 || t > r->nturns) continue;
        ReportTalk *k = &out[n++];
        k->turn = &r->turns[t - 1];
        k->talk = str_or(e, "talk", "?");
        k->kind = str(e, "kind");
        k->answer = str_or(e, "answer", "?");
        k->advice = str_or(e, "advice", "");
        k->good = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(e, "good"));
    }
    return n;
}

void report_end_labels(const Report *r, double ys[3], double sep, double (*to_y)(double))
{
    static const char *const vars[3] = {"resistance", "discord", "rapport"};
    const cJSON *last = r->nturns ? r->turns[r->nturns - 1].after : r->initial;
    int order[3] = {0, 1, 2};
    for (int i = 0; i < 3; i++) {
        double v = report_value(last, vars[i]);
        ys[i] = to_y(isnan(v) ? 0 : v);
    }
    for (int i = 1; i < 3; i++) /* by height on the page */
        for (int j = i; j > 0 && ys[order[j - 1]] > ys[order[j]]; j--) {
            int t = order[j];
            order[j] = order[j - 1];
            order[j - 1] = t;
        }
    for (int i = 1; i < 3; i++)
        if (ys[order[i]] - ys[order[i - 1]] < sep) ys[order[i]] = ys[order[i - 1]] + sep;
    double over = ys[order[2]] - to_y(0);
    if (over > 0)
        for (int i = 0; i < 3; i++)
            ys[i] -= over;
}
