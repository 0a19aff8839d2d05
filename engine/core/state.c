/* state: variable declarations, normalisation and hashing of state vectors. */
#include "state.h"

#include "hash.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void layout_init(StateLayout *l)
{
    memset(l, 0, sizeof *l);
}

void layout_free(StateLayout *l)
{
    for (int i = 0; i < l->count; i++)
        free(l->vars[i].name);
    free(l->vars);
    memset(l, 0, sizeof *l);
}

int layout_add(StateLayout *l, const char *name, VarType type, double init, double min, double max,
               double step, unsigned flags)
{
    if (l->count == l->cap) {
        int cap = l->cap ? l->cap * 2 : 16;
        VarDecl *v = realloc(l->vars, (size_t)cap * sizeof *v);
        if (!v) return -1;
        l->vars = v;
        l->cap = cap;
    }
    char *copy = strdup(name);
    if (!copy) return -1;
    l->vars[l->count] = (VarDecl){copy, type, init, min, max, step, flags};
    return l->count++;
}

int layout_find(const StateLayout *l, const char *name)
{
    for (int i = 0; i < l->count; i++)
        if (strcmp(l->vars[i].name, name) == 0) return i;
    return -1;
}

void state_init(const StateLayout *l, double *values)
{
    for (int i = 0; i < l->count; i++)
        values[i] = l->vars[i].init;
    state_normalize(l, values);
}

void state_normalize(const StateLayout *l, double *values)
{
    for (int i = 0; i < l->count; i++)
        values[i] = state_normalize_value(&l->vars[i], values[i]);
}

/* FNV-1a over the bytes, then a final avalanche (splitmix64's finaliser). Normalised states
 * have one representation per value, so byte equality is value equality. */
/* A word at a time (the exploration's hash set calls this for every transition): each value's
 * bits are folded in with a multiply and a rotation, then the finaliser spreads them. */
uint64_t state_hash(const double *values, int count, uint64_t seed)
{
    uint64_t h = HASH_FNV_BASIS ^ seed;
    for (int i = 0; i < count; i++) {
        uint64_t w;
        memcpy(&w, &values[i], sizeof w);
        h = (h ^ w) * 0x9e3779b97f4a7c15ULL;
        h = (h << 29) | (h >> 35);
    }
    return hash_mix(h);
}

void state_format_value(const VarDecl *v, double value, char *buf, size_t size)
{
    if (v->type == VAR_FLAG) {
        snprintf(buf, size, "%s", value != 0.0 ? "true" : "false");
    } else if (value == floor(value) && fabs(value) < 1e15) {
        snprintf(buf, size, "%.0f", value);
    } else {
        snprintf(buf, size, "%.10g", value);
    }
}
