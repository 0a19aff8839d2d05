/* state: the declared variables of a scenario and the plain-memory vectors that hold them.
 * A session's state is an array of doubles, one per variable, so it can be copied, compared
 * and hashed without touching Lua. */
#ifndef RAPPORT_STATE_H
#define RAPPORT_STATE_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <math.h>

typedef enum VarType { VAR_NUMBER, VAR_FLAG } VarType;

enum {
    VAR_MODEL = 1u << 0,    /* owned by the client model (discord, rapport, ...) */
    VAR_READONLY = 1u << 1, /* scenario scripts may read it, only the engine/model writes it */
    VAR_HIDDEN = 1u << 2,   /* model bookkeeping, not shown in transcripts */
    VAR_FLOW = 1u << 3,     /* the engine's own: visit counts, once flags, the return stack */
};

typedef struct VarDecl {
    char *name;
    VarType type;
    double init, min, max, step;
    unsigned flags;
} VarDecl;

typedef struct StateLayout {
    VarDecl *vars;
    int count;
    int cap;
} StateLayout;

void layout_init(StateLayout *l);
void layout_free(StateLayout *l);
/* Adds a variable (the name is copied); returns its slot, or -1 when out of memory. */
int layout_add(StateLayout *l, const char *name, VarType type, double init, double min, double max,
               double step, unsigned flags);
/* The slot of a name, or -1. */
int layout_find(const StateLayout *l, const char *name);

void state_init(const StateLayout *l, double *values);
/* Clamps every number to its range and rounds it to its step: keeps the state space finite. */
void state_normalize(const StateLayout *l, double *values);
uint64_t state_hash(const double *values, int count, uint64_t seed);
/* Formats one value as a transcript shows it ("55", "6.5", "true"). */
void state_format_value(const VarDecl *v, double value, char *buf, size_t size);

/* round(y), half away from zero, exactly; inline for 0 <= y < 2^52 (state_normalize and
 * pack_state round every variable of every state, and round() is a call into libm). y -
 * trunc(y) is exact there, so the comparison with a half is too. */
static inline double state_round(double y)
{
    if (!(y >= 0 && y < 0x1p52)) return round(y);
    double t = (double)(int64_t)y;
    /* the comparison as 0 or 1, not a branch: which way it goes is a coin toss for the values
     * the model leaves, and t is never -0.0, so t + 0.0 is t */
    return t + (double)(y - t >= 0.5);
}

/* One number clamped to its range and rounded to its step, or a flag made 0 or 1: what
 * state_normalize does to each variable. */
static inline double state_normalize_value(const VarDecl *v, double x)
{
    if (v->type == VAR_FLAG) return x != 0.0 ? 1.0 : 0.0;
    if (!(x >= v->min)) x = v->min; /* also catches NaN */
    if (x > v->max) x = v->max;
    if (v->min == 0 && v->step == 1) /* the same as below, without dividing: most variables */
        x = state_round(x);
    else if (v->step > 0)
        x = v->min + state_round((x - v->min) / v->step) * v->step;
    if (x > v->max) x = v->max;
    return x + 0.0; /* turn -0.0 into 0.0 so equal states hash alike */
}

#endif
