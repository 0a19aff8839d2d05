/* course: between the sessions of a client seen more than once. */
#include "course.h"

#include "rng.h"

int course_sitting(const Scenario *sc, const double *state)
{
    return sc->var_sitting ? (int)state[sc->var_sitting - 1] : 0;
}

bool course_goes_on(const Scenario *sc, const double *state, int node)
{
    const Node *n = &sc->nodes[node];
    return sc->nsittings > 1 && n->ending && !n->stop &&
           course_sitting(sc, state) < sc->nsittings - 1;
}

double course_miss_chance(const Scenario *sc, const double *state)
{
    if (sc->var_discord < 0 || sc->var_rapport < 0) return 0;
    double p = (state[sc->var_discord] - state[sc->var_rapport]) / 100 + 0.1;
    return p < 0 ? 0 : p > 0.9 ? 0.9 : p;
}

void course_enter(const Scenario *sc, double *state, int k)
{
    const StateLayout *l = &sc->layout;
    for (int v = 0; v < l->count; v++) {
        const VarDecl *d = &l->vars[v];
        /* Per-session bookkeeping starts again; visit counts are the course's memory. */
        bool fresh = v == sc->var_turn || ((d->flags & VAR_MODEL) && (d->flags & VAR_HIDDEN)) ||
                     ((d->flags & VAR_FLOW) &&
                      (d->type == VAR_FLAG ||
                       (sc->stack && v >= sc->stack - 1 && v < sc->stack - 1 + SCENARIO_STACK)));
        if (fresh) state[v] = d->init;
    }
    const Effect *e = &sc->sittings[k].between;
    for (int i = 0; i < e->ndeltas; i++) {
        const Delta *d = &e->deltas[i];
        state[d->var] = d->set ? d->value : state[d->var] + d->value;
    }
    state[sc->var_sitting - 1] = k;
    state_normalize(l, state);
}

bool course_missed(uint64_t seed, int k, double chance)
{
    Rng r;
    rng_seed(&r, seed ^ (UINT64_C(0xd1b54a32d192ed03) * (uint64_t)(k + 1)));
    return rng_unit(&r) < chance;
}
