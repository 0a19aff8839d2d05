/* session: playing a scenario one turn at a time. */
#include "session.h"

#include "course.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int session_fail(Session *s, SessionError e, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(s->err, sizeof s->err, fmt, ap);
    va_end(ap);
    s->error = e;
    return -1;
}

static void drop_line(Session *s)
{
    if (s->line_owned) free(s->line);
    s->line = NULL;
    s->line_owned = false;
}

static void clear_turns(Session *s)
{
    for (int i = 0; i < s->nturns; i++) {
        if (s->turns[i].line_owned) free(s->turns[i].line);
        free(s->turns[i].typed);
        s->turns[i].typed = NULL;
    }
    s->nturns = 0;
}

const Choice *session_choice_at(const Scenario *sc, int node, int choice)
{
    return choice >= 0 ? &sc->nodes[node].choices[choice] : &sc->free[SESSION_FREE_MOVE(choice)];
}

const Choice *session_turn_choice(const Session *s, const Turn *t)
{
    return session_choice_at(s->sc, t->node, t->choice);
}

int session_init(Session *s, const Scenario *sc)
{
    memset(s, 0, sizeof *s);
    s->sc = sc;
    s->cap = 64;
    int nv = sc->layout.count;
    s->state = calloc((size_t)(nv ? nv : 1), sizeof(double));
    s->trail = calloc((size_t)(s->cap + 1) * (size_t)(nv ? nv : 1), sizeof(double));
    s->turns = calloc((size_t)s->cap, sizeof(Turn));
    s->node = -1;
    if (!s->state || !s->trail || !s->turns) {
        session_free(s);
        return -1;
    }
    return 0;
}

void session_free(Session *s)
{
    clear_turns(s);
    drop_line(s);
    free(s->prior);
    free(s->state);
    free(s->trail);
    free(s->turns);
    memset(s, 0, sizeof *s);
}

const Node *session_node(const Session *s)
{
    return &s->sc->nodes[s->node];
}

const Choice *session_offered(const Session *s, int k)
{
    return &session_node(s)->choices[s->offered[k]];
}

int session_shown(const Session *s, int j)
{
    return s->shown[j];
}

/* The order the trainee sees (resistance-model.md section 8): shuffled per session, node and
 * turn from the seed alone, so it draws nothing from the session's generator and a replay or
 * rewind shows the same order. */
static void shuffle_shown(Session *s, const Node *n)
{
    for (int j = 0; j < s->noffered; j++)
        s->shown[j] = j;
    if (n->fixed_order || s->noffered < 2) return;
    Rng r;
    rng_seed(&r, s->seed ^ ((uint64_t)0x9e3779b97f4a7c15ULL * (uint64_t)(s->node + 1)) ^
                     ((uint64_t)0xc2b2ae3d27d4eb4fULL * (uint64_t)(s->nturns + 1)));
    for (int j = s->noffered - 1; j > 0; j--) {
        int k = (int)rng_below(&r, (uint32_t)j + 1);
        int t = s->shown[j];
        s->shown[j] = s->shown[k];
        s->shown[k] = t;
    }
}

const double *session_state_at(const Session *s, int turn)
{
    return s->trail + (size_t)turn * (size_t)s->sc->layout.count;
}

int session_band(const Session *s)
{
    const Scenario *sc = s->sc;
    return sc->var_resistance >= 0 ? band_of(sc, s->state[sc->var_resistance]) : -1;
}

const char *session_text_in(const Session *s, const StateText *t, const char *plain,
                            const double *state)
{
    const Scenario *sc = s->sc;
    if (!t->nvars && !t->band[0] && !t->band[1] && !t->band[2] && !t->band[3]) return plain;
    int band = sc->var_resistance >= 0 ? band_of(sc, state[sc->var_resistance]) : -1;
    return state_text(t, state, band, plain);
}

const char *session_choice_text(const Session *s, const Choice *c, const double *state)
{
    return session_text_in(s, &c->text_by, c->text, state);
}

int session_cond(Session *s, const Cond *c, bool *holds)
{
    for (int i = 0; i < c->nterms; i++) {
        const Compare *t = &c->terms[i];
        if (!cmp_holds(t->op, s->state[t->var], t->value)) {
            *holds = false;
            return 0;
        }
    }
    if (c->fn) return s->sc->hooks->cond(s->sc->hooks_ctx, s, c->fn, holds);
    *holds = true;
    return 0;
}

/* A guarded topic is disclosed only when rapport reaches its sensitivity and discord is low
 * (resistance-model.md section 5); below that the node's deflecting lines are said. */
static bool topic_withheld(const Session *s, const Node *n)
{
    const Scenario *sc = s->sc;
    if (n->topic < 0 || sc->var_rapport < 0 || sc->var_discord < 0) return false;
    return s->state[sc->var_rapport] < sc->topics[n->topic].sensitivity ||
           s->state[sc->var_discord] > sc->disclose_discord;
}

/* The lines the state calls for. alt, when given, receives the set a volatile client may
 * answer from instead (one band more resistant), or NULL. */
static const LineSet *keyed_set(const Session *s, const Node *n, int band, const LineSet **alt)
{
    const Scenario *sc = s->sc;
    const Say *say = &n->say;
    if (alt) *alt = NULL;
    if (say->deflect.count &&
        ((sc->var_deflecting >= 0 && s->state[sc->var_deflecting] != 0) || topic_withheld(s, n)))
        return &say->deflect;
    if (sc->var_questions >= 0 && s->state[sc->var_questions] != 0 && say->questions.count)
        return &say->questions;
    if (band < 0) band = 0;
    if (alt && band < BAND_COUNT - 1 && sc->volatility > 0 && say->band[band + 1].count)
        *alt = &say->band[band + 1];
    for (int b = band; b >= 0; b--)
        if (say->band[b].count) return &say->band[b];
    for (int b = band + 1; b < BAND_COUNT; b++)
        if (say->band[b].count) return &say->band[b];
    return NULL;
}

/* The first declarative conditional line set whose condition holds, or NULL. */
static const LineSet *cond_set(const Session *s, const Node *n)
{
    for (int i = 0; i < n->say.nconds; i++)
        if (cond_terms_hold(&n->say.conds[i].when, s->state)) return &n->say.conds[i].lines;
    return NULL;
}

static const LineSet *pick_keyed(Session *s, const Node *n, int band)
{
    const LineSet *alt;
    const LineSet *set = keyed_set(s, n, band, &alt);
    /* A volatile client sometimes answers one band more resistant than their state. */
    if (alt && rng_unit(&s->rng) < s->sc->volatility) return alt;
    return set;
}

static bool sustain_forced(const Session *s)
{
    return s->sc->var_sustain_next >= 0 && s->state[s->sc->var_sustain_next] != 0;
}

/* Which line of the set: where the set holds both change and sustain talk, the model's
 * chance of change talk decides between the change lines and the rest (sustain talk begets
 * sustain talk: after an argument only the sustain lines); otherwise uniformly. */
static int pick_index(Session *s, const LineSet *set, int *index)
{
    int change = 0, sustain = 0;
    for (int i = 0; set->talk && i < set->count; i++) {
        change += set->talk[i] == TALK_CHANGE;
        sustain += set->talk[i] == TALK_SUSTAIN;
    }
    if (!change || !sustain || !s->sc->has_model) {
        *index = set->count == 1 ? 0 : (int)rng_below(&s->rng, (uint32_t)set->count);
        return 0;
    }
    int want; /* the group drawn from: TALK_CHANGE, TALK_SUSTAIN, or -1 for every non-change line */
    if (sustain_forced(s)) {
        want = TALK_SUSTAIN;
    } else {
        double p;
        if (s->sc->hooks->model_talk(s->sc->hooks_ctx, s, &p) != 0) return -1;
        want = rng_unit(&s->rng) < p ? TALK_CHANGE : -1;
    }
    int size = want == TALK_CHANGE ? change : want == TALK_SUSTAIN ? sustain : set->count - change;
    int r = (int)rng_below(&s->rng, (uint32_t)size);
    for (int i = 0; i < set->count; i++) {
        int t = set->talk[i];
        bool in = want == -1 ? t != TALK_CHANGE : t == want;
        if (in && r-- == 0) {
            *index = i;
            return 0;
        }
    }
    *index = 0;
    return 0;
}

static int pick_line(Session *s, const Node *n)
{
    drop_line(s);
    s->band = session_band(s);
    s->talk = n->talk;
    s->talk_kind = n->kind;
    const Say *say = &n->say;
    const LineSet *set = cond_set(s, n);
    if (!set && say->kind == SAY_FUNCTION) {
        char *text = NULL;
        if (s->sc->hooks->say(s->sc->hooks_ctx, s, say->fn, &text) != 0) return -1;
        s->line = text;
        s->line_owned = true;
        return 0;
    }
    if (!set) set = say->kind == SAY_KEYED ? pick_keyed(s, n, s->band) : &say->plain;
    if (!set || set->count == 0) {
        s->line = "";
        return 0;
    }
    int i;
    if (pick_index(s, set, &i) != 0) return -1;
    s->line = set->lines[i];
    if (set->talk) {
        s->talk = set->talk[i];
        s->talk_kind = set->kind[i];
    }
    return 0;
}

static void add_option(const LineSet *set, int i, unsigned char *talk, unsigned char *kind,
                       int *count, int max)
{
    for (int k = 0; k < *count; k++)
        if (talk[k] == set->talk[i] && kind[k] == set->kind[i]) return;
    if (*count < max) {
        talk[*count] = set->talk[i];
        kind[*count] = set->kind[i];
        (*count)++;
    }
}

static void set_options(const Session *s, const LineSet *set, unsigned char *talk,
                        unsigned char *kind, int *count, int max)
{
    if (!set) return;
    bool change = false, sustain = false;
    for (int i = 0; set->talk && i < set->count; i++) {
        change |= set->talk[i] == TALK_CHANGE;
        sustain |= set->talk[i] == TALK_SUSTAIN;
    }
    bool forced = change && sustain && s->sc->has_model && sustain_forced(s);
    for (int i = 0; i < set->count; i++)
        if (!forced || set->talk[i] == TALK_SUSTAIN) add_option(set, i, talk, kind, count, max);
}

int session_talk_options(Session *s, int node, unsigned char *talk, unsigned char *kind, int max)
{
    const Node *n = &s->sc->nodes[node];
    int count = 0;
    const LineSet *cond = cond_set(s, n);
    if (cond) {
        set_options(s, cond, talk, kind, &count, max);
    } else if (n->say.kind == SAY_LIST) {
        set_options(s, &n->say.plain, talk, kind, &count, max);
    } else if (n->say.kind == SAY_KEYED) {
        const LineSet *alt;
        set_options(s, keyed_set(s, n, session_band(s), &alt), talk, kind, &count, max);
        set_options(s, alt, talk, kind, &count, max);
    }
    if (count == 0 && max > 0) {
        talk[0] = n->talk;
        kind[0] = n->kind;
        count = 1;
    }
    return count;
}

int session_offer(Session *s, int node, int *offered)
{
    const Node *n = &s->sc->nodes[node];
    int count = 0;
    for (int i = 0; i < n->nchoices; i++) {
        bool ok;
        if (n->choices[i].once && s->state[n->choices[i].once - 1] != 0) continue;
        if (session_cond(s, &n->choices[i].when, &ok) != 0) return -1;
        if (ok) offered[count++] = i;
    }
    return count;
}

/* Entering a counted node adds one to its visit count. */
static void count_visit(Session *s, int node)
{
    int v = s->sc->nodes[node].visits;
    if (v && s->state[v - 1] < VISITS_MAX) s->state[v - 1] += 1;
}

static int enter_node(Session *s, int node)
{
    const Node *n = &s->sc->nodes[node];
    s->node = node;
    if (pick_line(s, n) != 0) return -1;
    s->noffered = 0;
    if (n->ending) {
        s->over = true;
        return 0;
    }
    int count = session_offer(s, node, s->offered);
    if (count < 0) return -1;
    s->noffered = count;
    shuffle_shown(s, n);
    if (s->noffered == 0)
        return session_fail(s, SERR_DEAD_END,
                            "%s: dead end: node '%s' offers no choice in this state (turn %d)",
                            s->sc->path, n->id, s->nturns);
    return 0;
}

int session_start(Session *s, uint64_t seed)
{
    const Scenario *sc = s->sc;
    clear_turns(s);
    drop_line(s);
    s->seed = seed;
    s->from = 0;
    s->nprior = 0; /* a fresh course (session_start_sitting and rewinds keep theirs) */
    rng_seed(&s->rng, seed);
    memset(s->miti, 0, sizeof s->miti);
    s->over = false;
    s->error = SERR_NONE;
    s->err[0] = '\0';
    state_init(&sc->layout, s->state);
    if (sc->has_model) {
        if (sc->hooks->model_start(sc->hooks_ctx, s) != 0) return -1;
        state_normalize(&sc->layout, s->state);
    }
    count_visit(s, sc->start);
    memcpy(s->trail, s->state, (size_t)sc->layout.count * sizeof(double));
    return enter_node(s, sc->start);
}

static void apply_deltas(Session *s, const Effect *e)
{
    for (int i = 0; i < e->ndeltas; i++) {
        const Delta *d = &e->deltas[i];
        if (d->set)
            s->state[d->var] = d->value;
        else
            s->state[d->var] += d->value;
    }
}

static int grow(Session *s)
{
    int nv = s->sc->layout.count ? s->sc->layout.count : 1;
    int cap = s->cap * 2;
    Turn *t = realloc(s->turns, (size_t)cap * sizeof *t);
    if (!t) return session_fail(s, SERR_SCRIPT, "out of memory");
    s->turns = t;
    double *tr = realloc(s->trail, (size_t)(cap + 1) * (size_t)nv * sizeof *tr);
    if (!tr) return session_fail(s, SERR_SCRIPT, "out of memory");
    s->trail = tr;
    s->cap = cap;
    return 0;
}

/* A redirect by a rule, the walk-out or the turn limit leaves every sub-conversation. */
static int redirect(Session *s, int node, int *next)
{
    const Scenario *sc = s->sc;
    for (int k = 0; sc->stack && k < SCENARIO_STACK; k++)
        s->state[sc->stack - 1 + k] = 0;
    *next = node;
    return 0;
}

/* back = true: to the node the innermost sub-conversation returns to. */
static int flow_back(Session *s, const Node *n, const Choice *c, int *next)
{
    const Scenario *sc = s->sc;
    for (int k = SCENARIO_STACK - 1; sc->stack && k >= 0; k--) {
        double *slot = &s->state[sc->stack - 1 + k];
        if (*slot > 0) {
            *next = (int)*slot - 1;
            *slot = 0;
            return 0;
        }
    }
    return session_fail(s, SERR_DEAD_END,
                        "%s:%d: choice '%s' in node '%s' goes back, but no sub-conversation was "
                        "entered (a choice with call = \"node\" enters one)",
                        sc->path, c->line, c->id, n->id);
}

/* call = "node": remembers where to return, then enters the sub-conversation. */
static int flow_call(Session *s, const Node *n, const Choice *c, int route, int *next)
{
    const Scenario *sc = s->sc;
    for (int k = 0; k < SCENARIO_STACK; k++) {
        double *slot = &s->state[sc->stack - 1 + k];
        if (*slot == 0) {
            *slot = route + 1;
            *next = c->call - 1;
            return 0;
        }
    }
    return session_fail(s, SERR_DEAD_END,
                        "%s:%d: choice '%s' in node '%s' enters sub-conversation '%s' %d deep (at "
                        "most %d)",
                        sc->path, c->line, c->id, n->id, sc->nodes[c->call - 1].id,
                        SCENARIO_STACK + 1, SCENARIO_STACK);
}

/* Where the session goes after this turn: a rule that fires, else the choice's route (or its
 * sub-conversation, or back from one). */
static int next_node(Session *s, const Node *n, const Choice *c, bool walkout, int turn, int *next)
{
    const Scenario *sc = s->sc;
    if (walkout && sc->walkout >= 0) return redirect(s, sc->walkout, next);
    for (int i = 0; i < sc->nrules; i++) {
        bool ok;
        if (session_cond(s, &sc->rules[i].when, &ok) != 0) return -1;
        if (ok) return redirect(s, sc->rules[i].node, next);
    }
    if (sc->turn_limit > 0 && turn >= sc->turn_limit) return redirect(s, sc->turn_limit_node, next);
    if (c->back) return flow_back(s, n, c, next);
    if (!c->nroutes && !c->call) { /* a typed reply that fit no choice: the client stays */
        *next = (int)(n - sc->nodes);
        return 0;
    }
    for (int i = 0; i < c->nroutes; i++) {
        bool ok;
        if (session_cond(s, &c->routes[i].when, &ok) != 0) return -1;
        if (ok) {
            *next = c->routes[i].node;
            return c->call ? flow_call(s, n, c, *next, next) : 0;
        }
    }
    if (c->call) return flow_call(s, n, c, (int)(n - sc->nodes), next);
    return session_fail(s, SERR_DEAD_END, "%s:%d: no route of choice '%s' in node '%s' holds",
                        sc->path, c->line, c->id, n->id);
}

/* What state_normalize does, for a state that was on the grid before turn c: only the
 * variables the turn may have moved (Session.on_grid). */
static void normalize_turn(Session *s, const Choice *c)
{
    const StateLayout *l = &s->sc->layout;
    double *v = s->state;
    int turn = s->sc->var_turn;
    if (turn >= 0) v[turn] = state_normalize_value(&l->vars[turn], v[turn]);
    for (int k = 0; k < s->ngrid_model; k++) {
        int i = s->grid_model[k];
        v[i] = state_normalize_value(&l->vars[i], v[i]);
    }
    for (int k = 0; k < c->effect.ndeltas; k++) {
        int i = c->effect.deltas[k].var;
        v[i] = state_normalize_value(&l->vars[i], v[i]);
    }
    if (c->once) v[c->once - 1] = 1; /* a flag's value on the grid */
}

int session_transition(Session *s, int node, int choice, int *next)
{
    const Scenario *sc = s->sc;
    const Node *n = &sc->nodes[node];
    const Choice *c = session_choice_at(sc, node, choice);
    bool on_grid = s->on_grid && !c->effect.fn; /* an effect function may write anything */
    s->on_grid = false;
    int turn = (sc->var_turn >= 0 ? (int)s->state[sc->var_turn] : s->nturns) + 1;
    if (sc->var_turn >= 0) s->state[sc->var_turn] = turn;

    /* The model scores the move, the choice's own effect follows, values are rounded, and
     * only then does the model settle what derives from them (resistance, walking out). */
    bool walkout = false;
    int recode = -1;
    if (sc->has_model && sc->hooks->model_apply(sc->hooks_ctx, s, n, c, &recode) != 0) return -1;
    if (recode >= 0) {
        s->codes[0] = (unsigned char)recode;
        s->ncodes = 1;
    } else if (c->ncodes > 0) {
        memcpy(s->codes, c->codes, sizeof s->codes);
        s->ncodes = c->ncodes;
    } else { /* a scenario built by hand: the move's own code */
        s->codes[0] = (unsigned char)sc->moves[c->move].miti;
        s->ncodes = 1;
    }
    apply_deltas(s, &c->effect);
    if (c->effect.fn && sc->hooks->effect(sc->hooks_ctx, s, c->effect.fn) != 0) return -1;
    if (c->once) s->state[c->once - 1] = 1;
    if (on_grid)
        normalize_turn(s, c);
    else
        state_normalize(&sc->layout, s->state);
    if (sc->has_model && sc->hooks->model_settle(sc->hooks_ctx, s, &walkout) != 0) return -1;
    if (next_node(s, n, c, walkout, turn, next) != 0) return -1;
    if (choice >= 0 || *next != node) count_visit(s, *next);
    return 0;
}

/* What the client answers a typed reply that fit no choice: the node's `unmatched` line, else
 * the client's, else the engine's, by band. */
const char *session_unmatched_line(const Session *s)
{
    const Node *n = session_node(s);
    static const char *const fallback[BAND_COUNT] = {
        "Sorry, I'm not sure I follow. What do you mean?",
        "I'm not sure what you mean by that.",
        "I don't see what that has to do with anything.",
        "What? That doesn't even make sense.",
    };
    if (n->unmatched) return session_text_in(s, &n->unmatched_by, n->unmatched, s->state);
    if (s->sc->unmatched)
        return session_text_in(s, &s->sc->unmatched_by, s->sc->unmatched, s->state);
    int band = s->band >= 0 && s->band < BAND_COUNT ? s->band : 0;
    return fallback[band];
}

static int play_turn(Session *s, int choice, int number);

int session_choose(Session *s, int k)
{
    if (s->over) return session_fail(s, SERR_CHOICE, "the session has ended");
    if (k < 0 || k >= s->noffered)
        return session_fail(s, SERR_CHOICE, "choice %d is out of range: %d offered", k + 1,
                            s->noffered);
    return play_turn(s, s->offered[k], k + 1);
}

int session_choose_free(Session *s, int move)
{
    if (s->over) return session_fail(s, SERR_CHOICE, "the session has ended");
    if (move < 0 || move >= s->sc->nmoves || !s->sc->free)
        return session_fail(s, SERR_CHOICE, "no move %d for a typed reply", move);
    return play_turn(s, SESSION_FREE(move), 0);
}

int session_set_typed(Session *s, const char *words, int code, double confidence, const int *alts,
                      int nalts)
{
    if (!s->nturns) return session_fail(s, SERR_CHOICE, "no turn to attach typed words to");
    Turn *t = &s->turns[s->nturns - 1];
    size_t n = strnlen(words, SESSION_TYPED_MAX);
    while (n > 0 && words[n] && ((unsigned char)words[n] & 0xC0) == 0x80)
        n--; /* cut at a character boundary */
    Typed *ty = malloc(sizeof *ty + n + 1);
    if (!ty) return session_fail(s, SERR_SCRIPT, "out of memory");
    ty->code = code;
    ty->confidence = confidence;
    ty->nalts = nalts < 0 ? 0 : nalts > 3 ? 3 : nalts;
    for (int i = 0; i < ty->nalts; i++)
        ty->alts[i] = alts[i];
    memcpy(ty->words, words, n);
    ty->words[n] = '\0';
    free(t->typed);
    t->typed = ty;
    return 0;
}

/* One turn: authored choice `choice` of the current node (number: 1-based among those
 * offered), or a free one (SESSION_FREE, number 0). */
static int play_turn(Session *s, int choice, int number)
{
    const Scenario *sc = s->sc;
    if (s->nturns >= SESSION_MAX_TURNS)
        return session_fail(s, SERR_TOO_LONG,
                            "%s: no ending after %d turns: add an ending or a turn_limit", sc->path,
                            SESSION_MAX_TURNS);
    if (s->nturns == s->cap && grow(s) != 0) return -1;

    Turn *t = &s->turns[s->nturns];
    t->node = s->node;
    t->choice = choice;
    t->number = number;
    t->typed = NULL;
    t->offered = 0;
    for (int i = 0; i < s->noffered; i++)
        t->offered |= 1u << s->offered[i];
    t->line = s->line;
    t->line_owned = s->line_owned;
    t->band = s->band;
    t->talk = s->talk;
    t->kind = s->talk_kind;
    t->nshown = s->noffered;
    for (int j = 0; j < s->noffered; j++)
        t->shown[j] = (signed char)s->offered[s->shown[j]];
    s->line = NULL;
    s->line_owned = false;
    s->nturns++;

    int next = -1;
    if (session_transition(s, t->node, t->choice, &next) != 0) return -1;
    memcpy(t->codes, s->codes, sizeof t->codes);
    t->ncodes = s->ncodes;
    for (int i = 0; i < s->ncodes; i++)
        s->miti[s->codes[i]]++;
    memcpy(s->trail + (size_t)s->nturns * (size_t)sc->layout.count, s->state,
           (size_t)sc->layout.count * sizeof(double));
    if (enter_node(s, next) != 0) return -1;
    if (choice < 0 && next == t->node) { /* the client answers the reply it could not place */
        drop_line(s);
        s->line = (char *)session_unmatched_line(s);
        s->talk = TALK_NONE;
        s->talk_kind = KIND_NONE;
    }
    return 0;
}

int session_choose_ref(Session *s, const char *ref)
{
    const Node *n = session_node(s);
    if (s->over && course_goes_on(s->sc, s->state, s->node)) {
        bool next = strcmp(ref, "next") == 0, missed = strcmp(ref, "missed") == 0;
        if (next || missed)
            return session_next_sitting(s, next ? COURSE_ATTEND : COURSE_MISS, NULL) < 0 ? -1 : 0;
        return session_fail(s, SERR_CHOICE,
                            "the session ended at '%s': another follows, so the next step is "
                            "\"next\" (the client comes) or \"missed\", not '%s'",
                            n->id, ref);
    }
    for (int k = 0; k < s->noffered; k++)
        if (strcmp(n->choices[s->offered[k]].id, ref) == 0) return session_choose(s, k);
    if (ref[0] == '~') {
        int m = scenario_find_move(s->sc, ref + 1);
        if (m < 0)
            return session_fail(s, SERR_CHOICE,
                                "'%s' is not a typed reply: '%s' is not a move (\"~reflect\" is "
                                "written \"~complex_reflection\")",
                                ref, ref + 1);
        return session_choose_free(s, m);
    }
    /* A number: said as written when out of range (never wrapped or saturated). */
    const char *digits = ref + (*ref == '-');
    if (*digits && strspn(digits, "0123456789") == strlen(digits)) {
        char *end;
        errno = 0;
        long num = strtol(ref, &end, 10);
        if (errno || num < 1 || num > s->noffered)
            return session_fail(s, SERR_CHOICE,
                                "choice %s is out of range at node '%s': %d offered", ref, n->id,
                                s->noffered);
        return session_choose(s, (int)num - 1);
    }
    return session_fail(s, SERR_CHOICE, "no choice '%s' is offered at node '%s'", ref, n->id);
}

int session_rewind(Session *s, int n)
{
    if (n < 0 || n > s->nturns)
        return session_fail(s, SERR_CHOICE, "cannot rewind to turn %d of %d", n, s->nturns);
    int *picks = malloc(sizeof(int) * (size_t)(n ? n : 1));
    Typed **typed = calloc((size_t)(n ? n : 1), sizeof *typed);
    if (!picks || !typed) {
        free(picks);
        free(typed);
        return session_fail(s, SERR_SCRIPT, "out of memory");
    }
    for (int i = 0; i < n; i++) {
        picks[i] = s->turns[i].choice;
        typed[i] = s->turns[i].typed; /* kept across the replay */
        s->turns[i].typed = NULL;
    }
    int nprior = s->nprior;
    int rc =
        s->from ? session_start_at(s, s->seed, s->from - 1, s->trail) : session_start(s, s->seed);
    s->nprior = nprior;
    for (int i = 0; rc == 0 && i < n; i++) {
        int k = 0;
        while (k < s->noffered && s->offered[k] != picks[i])
            k++;
        rc = picks[i] < 0      ? session_choose_free(s, SESSION_FREE_MOVE(picks[i]))
             : k < s->noffered ? session_choose(s, k)
                               : session_fail(s, SERR_CHOICE, "replay diverged at turn %d", i + 1);
        if (rc == 0) {
            s->turns[i].typed = typed[i];
            typed[i] = NULL;
        }
    }
    for (int i = 0; i < n; i++)
        free(typed[i]);
    free(picks);
    free(typed);
    return rc;
}

int session_start_at(Session *s, uint64_t seed, int node, const double *state)
{
    const Scenario *sc = s->sc;
    size_t nv = (size_t)sc->layout.count;
    bool again = state == s->trail; /* a rewind: its first state already counts the visit */
    /* A copy first: a rewind passes the trail, which session_start overwrites. */
    double *values = malloc((nv ? nv : 1) * sizeof *values);
    if (!values) return session_fail(s, SERR_SCRIPT, "out of memory");
    if (state)
        memcpy(values, state, nv * sizeof *values);
    else
        state_init(&sc->layout, values);
    /* session_start resets all a fresh session resets; its start node is then left unplayed
     * (a dead end there says nothing about the node asked for). */
    if (session_start(s, seed) != 0 && s->error != SERR_DEAD_END) {
        free(values);
        return -1;
    }
    drop_line(s);
    rng_seed(&s->rng, seed);
    s->over = false;
    s->error = SERR_NONE;
    s->err[0] = '\0';
    memcpy(s->state, values, nv * sizeof *values);
    free(values);
    if (sc->has_model && sc->hooks->model_start(sc->hooks_ctx, s) != 0) return -1;
    state_normalize(&sc->layout, s->state);
    if (!again) count_visit(s, node);
    memcpy(s->trail, s->state, nv * sizeof(double));
    s->from = node + 1;
    return enter_node(s, node);
}

/* The variant of set that is the current line (lines are said by pointer), or -1. */
static int line_index(const LineSet *set, const char *line)
{
    for (int i = 0; set && i < set->count; i++)
        if (set->lines[i] == line) return i;
    return -1;
}

void session_line_why(const Session *s, LineWhy *w)
{
    const Node *n = session_node(s);
    const Say *say = &n->say;
    *w = (LineWhy){LINES_NONE, -1, false, false, -1, 0, -1};
    const LineSet *cond = cond_set(s, n);
    if (cond) {
        w->source = LINES_COND;
        for (int i = 0; i < say->nconds; i++)
            if (&say->conds[i].lines == cond) w->cond = i;
        w->index = line_index(cond, s->line);
        w->count = cond->count;
        return;
    }
    if (say->kind == SAY_FUNCTION) {
        w->source = LINES_FUNCTION;
        return;
    }
    const LineSet *alt = NULL;
    const LineSet *set = say->kind == SAY_LIST ? &say->plain : keyed_set(s, n, s->band, &alt);
    if (alt && line_index(set, s->line) < 0 && line_index(alt, s->line) >= 0) {
        set = alt;
        w->volatile_hi = true;
    }
    if (!set || !set->count) return;
    w->index = line_index(set, s->line);
    w->count = set->count;
    if (say->kind == SAY_LIST) {
        w->source = LINES_PLAIN;
    } else if (set == &say->deflect) {
        bool flag = s->sc->var_deflecting >= 0 && s->state[s->sc->var_deflecting] != 0;
        w->source = flag ? LINES_DEFLECT : LINES_TOPIC;
    } else if (set == &say->questions) {
        w->source = LINES_QUESTIONS;
    } else {
        w->source = LINES_BAND;
        w->band = (int)(set - say->band);
        w->fallback = !w->volatile_hi && w->band != (s->band < 0 ? 0 : s->band);
    }
}

/* The state at the start of session k of a course, from the state `end` the last one ended
 * in: the fading and fresh bookkeeping, then what the model derives and the visit, exactly
 * as session_start_sitting starts it. attend false: the appointment is missed, and the state
 * stays at the ending, one session on. Into out; 0, or -1. */
int session_sitting_state(Session *s, const double *end, int k, bool attend, double *out)
{
    const Scenario *sc = s->sc;
    size_t bytes = (size_t)sc->layout.count * sizeof(double);
    memcpy(s->state, end, bytes);
    course_enter(sc, s->state, k);
    if (sc->has_model && sc->hooks->model_start(sc->hooks_ctx, s) != 0) return -1;
    state_normalize(&sc->layout, s->state);
    if (attend) count_visit(s, sc->sittings[k].start);
    if (out != s->state) memcpy(out, s->state, bytes);
    return 0;
}

int session_start_sitting(Session *s, uint64_t seed, int k, const double *end)
{
    const Scenario *sc = s->sc;
    size_t nv = (size_t)sc->layout.count;
    double *values = malloc((nv ? nv : 1) * sizeof *values);
    if (!values) return session_fail(s, SERR_SCRIPT, "out of memory");
    memcpy(values, end, nv * sizeof *values);
    course_enter(sc, values, k);
    int nprior = s->nprior;
    int rc = session_start_at(s, seed, sc->sittings[k].start, values);
    s->nprior = nprior;
    free(values);
    return rc;
}

static int prior_push(Session *s, int node, int choice)
{
    if (s->nprior == s->prior_cap) {
        int cap = s->prior_cap ? s->prior_cap * 2 : 64;
        PriorStep *p = realloc(s->prior, (size_t)cap * sizeof *p);
        if (!p) return session_fail(s, SERR_SCRIPT, "out of memory");
        s->prior = p;
        s->prior_cap = cap;
    }
    s->prior[s->nprior++] = (PriorStep){node, choice};
    return 0;
}

int session_next_sitting(Session *s, int force, double *chance)
{
    const Scenario *sc = s->sc;
    if (!s->over || !course_goes_on(sc, s->state, s->node))
        return session_fail(s, SERR_CHOICE, "no session follows this one");
    int k = course_sitting(sc, s->state) + 1;
    double p = course_miss_chance(sc, s->state);
    if (chance) *chance = p;
    bool missed = force ? force == COURSE_MISS : course_missed(s->seed, k, p);
    size_t bytes = (size_t)sc->layout.count * sizeof(double);
    for (int t = 0; t < s->nturns; t++)
        if (prior_push(s, s->turns[t].node, s->turns[t].choice) != 0) return -1;
    if (prior_push(s, s->node, missed ? STEP_MISSED : STEP_NEXT) != 0) return -1;
    double *end = malloc(bytes ? bytes : 1);
    if (!end) return session_fail(s, SERR_SCRIPT, "out of memory");
    memcpy(end, s->state, bytes);
    int rc;
    if (missed) { /* no session was played: the course waits at the ending, one session on */
        rc = session_sitting_state(s, end, k, false, s->state);
        clear_turns(s);
        memcpy(s->trail, s->state, bytes);
        s->from = s->node + 1;
    } else {
        rc = session_start_sitting(s, s->seed, k, end);
    }
    free(end);
    return rc != 0 ? -1 : missed ? 0 : 1;
}
