/* course: a client seen over several sessions (`sessions` in the client file). Each session is
 * played as a Session of its own; between them what the file says fades (`between`), the turn
 * count, the once-choices, the return stack and the model's per-session bookkeeping start
 * again, and the client may miss the next appointment: the chance grows with discord and
 * falls with rapport (resistance-model.md section 5). Arithmetic on state vectors only, so
 * the explorer branches over attending and missing while the front ends draw from the seed. */
#ifndef RAPPORT_COURSE_H
#define RAPPORT_COURSE_H
#include <stdbool.h>
#include <stdint.h>

#include "scenario.h"

/* The session (0-based) the state belongs to; 0 for a client seen once. */
int course_sitting(const Scenario *sc, const double *state);
/* Whether another session follows the one that reached ending `node` in this state. A missed
 * appointment leaves the state at the same ending, one session on. */
bool course_goes_on(const Scenario *sc, const double *state, int node);
/* The chance the client misses the next appointment: clamp((discord - rapport) / 100 + 0.1,
 * 0, 0.9), or 0 without the model's discord and rapport. */
double course_miss_chance(const Scenario *sc, const double *state);
/* Moves the state to session k: the fading and the fresh bookkeeping. */
void course_enter(const Scenario *sc, double *state, int k);
/* Whether the client misses session k, drawn from the course's seed alone (so neither the
 * lines drawn nor the order of play change it). Every session plays with the course's seed. */
bool course_missed(uint64_t seed, int k, double chance);

#endif
