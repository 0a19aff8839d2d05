/* scenario: freeing and looking things up in loaded scenario data. */
#include "scenario.h"

#include "arena.h"

#include <stdlib.h>
#include <string.h>

static void lineset_free(LineSet *ls)
{
    for (int i = 0; i < ls->count; i++)
        free(ls->lines[i]);
    free(ls->lines);
    free(ls->talk);
    free(ls->kind);
}

static void state_text_free(StateText *t)
{
    for (int i = 0; i < t->nvars; i++) {
        free(t->vars[i].when.terms);
        free(t->vars[i].text);
    }
    free(t->vars);
    for (int b = 0; b < BAND_COUNT; b++)
        free(t->band[b]);
}

static void say_free(Say *s)
{
    for (int i = 0; i < s->nconds; i++) {
        free(s->conds[i].when.terms);
        lineset_free(&s->conds[i].lines);
    }
    free(s->conds);
    lineset_free(&s->plain);
    for (int b = 0; b < BAND_COUNT; b++)
        lineset_free(&s->band[b]);
    lineset_free(&s->deflect);
    lineset_free(&s->questions);
}

static void choice_free(Choice *c)
{
    free(c->id);
    free(c->text);
    for (int i = 0; i < c->nroutes; i++)
        free(c->routes[i].when.terms);
    free(c->routes);
    free(c->when.terms);
    free(c->effect.deltas);
    free(c->feedback);
    free(c->cue);
    free(c->topic);
    state_text_free(&c->text_by);
    state_text_free(&c->cue_by);
    for (int i = 0; i < c->nparaphrases; i++)
        free(c->paraphrases[i]);
    free(c->paraphrases);
}

void scenario_free(Scenario *sc)
{
    if (!sc) return;
    for (int i = 0; !sc->node_arena && i < sc->nnodes; i++) {
        Node *n = &sc->nodes[i];
        free(n->id);
        say_free(&n->say);
        free(n->cue);
        state_text_free(&n->cue_by);
        free(n->unmatched);
        state_text_free(&n->unmatched_by);
        for (int j = 0; j < n->nchoices; j++)
            choice_free(&n->choices[j]);
        free(n->choices);
        free(n->ending);
        free(n->debrief);
        free(n->title);
    }
    if (!sc->node_arena) free(sc->nodes);
    arena_close(sc->node_arena);
    for (int i = 0; i < sc->nsittings; i++) {
        free(sc->sittings[i].title);
        free(sc->sittings[i].between.deltas);
    }
    free(sc->sittings);
    for (int i = 0; i < sc->nrules; i++)
        free(sc->rules[i].when.terms);
    free(sc->rules);
    for (int i = 0; i < sc->nmoves; i++)
        free(sc->moves[i].name);
    free(sc->moves);
    for (int i = 0; i < sc->ntests; i++) {
        TestPlan *t = &sc->tests[i];
        free(t->name);
        for (int j = 0; j < t->nsteps; j++)
            free(t->steps[j].id), free(t->steps[j].typed);
        free(t->steps);
        for (int j = 0; j < t->nexpects; j++) {
            free(t->expects[j].key);
            free(t->expects[j].text);
        }
        free(t->expects);
    }
    free(sc->tests);
    for (int i = 0; i < sc->ninvariants; i++) {
        free(sc->invariants[i].name);
        free(sc->invariants[i].holds.terms);
    }
    free(sc->invariants);
    for (int i = 0; i < sc->ntopics; i++)
        free(sc->topics[i].name);
    free(sc->topics);
    for (int b = 0; b < BOT_PERSONAS; b++) {
        for (int j = 0; j < sc->bots[b].nexpects; j++) {
            free(sc->bots[b].expects[j].key);
            free(sc->bots[b].expects[j].text);
        }
        free(sc->bots[b].expects);
    }
    layout_free(&sc->layout);
    free(sc->path);
    free(sc->id);
    free(sc->title);
    free(sc->setting);
    free(sc->unmatched);
    for (int i = 0; sc->free && i < sc->nmoves; i++)
        choice_free(&sc->free[i]);
    free(sc->free);
    state_text_free(&sc->unmatched_by);
    free(sc->difficulty);
    free(sc->client_name);
    free(sc->client_role);
    free(sc->pronoun);
    free(sc->look.skin);
    free(sc->look.hair);
    free(sc->look.top);
    look_free(&sc->look);
    memset(sc, 0, sizeof *sc);
}

int scenario_find_node(const Scenario *sc, const char *id)
{
    for (int i = 0; i < sc->nnodes; i++)
        if (strcmp(sc->nodes[i].id, id) == 0) return i;
    return -1;
}

int scenario_find_move(const Scenario *sc, const char *name)
{
    for (int i = 0; i < sc->nmoves; i++)
        if (strcmp(sc->moves[i].name, name) == 0) return i;
    return -1;
}

const char *miti_name(Miti m)
{
    static const char *names[MITI_COUNT] = {
        "Q", "SR", "CR", "AF", "Seek", "Emphasize", "GI", "PWP", "Persuade", "Confront", "none"};
    return (unsigned)m < MITI_COUNT ? names[m] : "?";
}

const char *outcome_name(Outcome o)
{
    switch (o) {
    case OUTCOME_SUCCESS:
        return "success";
    case OUTCOME_PARTIAL:
        return "partial";
    case OUTCOME_FAIL:
        return "fail";
    default:
        return "none";
    }
}

const char *band_name(int band)
{
    static const char *names[BAND_COUNT] = {"open", "guarded", "resistant", "hostile"};
    return band >= 0 && band < BAND_COUNT ? names[band] : "none";
}

const char *bot_name(BotKind b)
{
    static const char *names[BOT_COUNT] = {"mi",      "righting", "questions", "random", "first",
                                           "longest", "shortest", "you-words", "no-but"};
    return (unsigned)b < BOT_COUNT ? names[b] : "?";
}

int bot_parse(const char *name)
{
    for (int b = 0; b < BOT_COUNT; b++)
        if (strcmp(bot_name((BotKind)b), name) == 0) return b;
    return -1;
}

static const char *const TALK_NAMES[TALK_COUNT] = {"none", "change", "sustain", "ask"};
static const char *const KIND_NAMES[KIND_COUNT] = {
    "none", "desire", "ability", "reason", "need", "commitment", "activation", "taking_steps"};

const char *talk_name(Talk t)
{
    return (unsigned)t < TALK_COUNT ? TALK_NAMES[t] : "none";
}

const char *talk_kind_name(TalkKind k)
{
    return (unsigned)k < KIND_COUNT ? KIND_NAMES[k] : "none";
}

static int name_index(const char *const *names, int count, const char *s)
{
    for (int i = 1; i < count; i++)
        if (strcmp(names[i], s) == 0) return i;
    return -1;
}

int talk_parse(const char *s)
{
    return name_index(TALK_NAMES, TALK_COUNT, s);
}

int talk_kind_parse(const char *s)
{
    return name_index(KIND_NAMES, KIND_COUNT, s);
}

int text_distance(const char *a, const char *b, int cap)
{
    enum { MAX = 31 };
    int la = (int)strlen(a), lb = (int)strlen(b);
    if (la > MAX || lb > MAX || abs(la - lb) > cap) return cap + 1;
    int d[MAX + 1][MAX + 1];
    for (int i = 0; i <= la; i++)
        d[i][0] = i;
    for (int j = 0; j <= lb; j++)
        d[0][j] = j;
    for (int i = 1; i <= la; i++)
        for (int j = 1; j <= lb; j++) {
            int v = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
            if (d[i - 1][j] + 1 < v) v = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < v) v = d[i][j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
                d[i - 2][j - 2] + 1 < v)
                v = d[i - 2][j - 2] + 1;
            d[i][j] = v;
        }
    return d[la][lb] > cap ? cap + 1 : d[la][lb];
}

int miti_parse(const char *s)
{
    for (int m = 0; m < MITI_COUNT; m++)
        if (strcmp(miti_name((Miti)m), s) == 0) return m;
    return -1;
}

int band_of(const Scenario *sc, double resistance)
{
    int b = 0;
    while (b < BAND_COUNT - 1 && resistance >= sc->band_limits[b])
        b++;
    return b;
}

int cmp_parse(const char *text, CmpOp *op, double *value)
{
    static const struct {
        const char *sym;
        CmpOp op;
    } ops[] = {{"<=", CMP_LE}, {">=", CMP_GE}, {"==", CMP_EQ}, {"~=", CMP_NE},
               {"!=", CMP_NE}, {"<", CMP_LT},  {">", CMP_GT}};
    while (*text == ' ')
        text++;
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        size_t n = strlen(ops[i].sym);
        if (strncmp(text, ops[i].sym, n) != 0) continue;
        char *end;
        const char *num = text + n;
        while (*num == ' ')
            num++;
        if (!*num) return -1;
        double v = strtod(num, &end);
        while (*end == ' ')
            end++;
        if (*end) return -1;
        *op = ops[i].op;
        *value = v;
        return 0;
    }
    return -1;
}

bool cmp_holds(CmpOp op, double lhs, double rhs)
{
    switch (op) {
    case CMP_LT:
        return lhs < rhs;
    case CMP_LE:
        return lhs <= rhs;
    case CMP_GT:
        return lhs > rhs;
    case CMP_GE:
        return lhs >= rhs;
    case CMP_EQ:
        return lhs == rhs;
    case CMP_NE:
        return lhs != rhs;
    }
    return false;
}

const char *cmp_symbol(CmpOp op)
{
    static const char *s[] = {"<", "<=", ">", ">=", "==", "~="};
    return s[op];
}

bool cond_is_always(const Cond *c)
{
    return c->nterms == 0 && c->fn == 0;
}

bool cond_terms_hold(const Cond *c, const double *values)
{
    for (int i = 0; i < c->nterms; i++)
        if (!cmp_holds(c->terms[i].op, values[c->terms[i].var], c->terms[i].value)) return false;
    return true;
}

const char *state_text(const StateText *t, const double *values, int band, const char *plain)
{
    for (int i = 0; i < t->nvars; i++)
        if (cond_terms_hold(&t->vars[i].when, values)) return t->vars[i].text;
    if (band >= 0 && band < BAND_COUNT && t->band[band]) return t->band[band];
    return plain;
}
