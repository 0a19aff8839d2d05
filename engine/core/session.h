/* session: one playthrough of a scenario. Owns the state vector, the generator, the current
 * node and the turn history; applies a choice as one turn (model, effects, rules, routing).
 * Lua is reached only through the scenario's ScriptHooks, so this file knows nothing of it. */
#ifndef RAPPORT_SESSION_H
#define RAPPORT_SESSION_H
#include <stdbool.h>
#include <stdint.h>

#include "rng.h"
#include "scenario.h"

#define SESSION_MAX_TURNS 1000 /* a session with no ending in sight stops here with an error */
#define SESSION_MAX_CHOICES 9  /* per node: what a trainee can pick with the keys 1-9 */

typedef struct Session Session;

typedef struct ScriptHooks {
    /* Each returns 0, or -1 after session_fail() has recorded the message. */
    int (*cond)(void *ctx, Session *s, int fn, bool *holds);
    int (*effect)(void *ctx, Session *s, int fn);
    /* Sets *text to a malloc'd line chosen by the function (drawn with the session's rng). */
    int (*say)(void *ctx, Session *s, int fn, char **text);
    int (*model_start)(void *ctx, Session *s);
    /* apply: the move's effect through the model's rules, given the client talk the move
     * answers (s->talk, s->talk_kind); it may recode the move for this turn (evidence without
     * trust counts as Persuade): *recode is a Miti, or -1 to keep the choice's codes.
     * settle: derived variables and the walk-out rule, once per turn after the values are
     * rounded. */
    int (*model_apply)(void *ctx, Session *s, const Node *n, const Choice *c, int *recode);
    /* The chance that the client's next line is change talk rather than sustain talk. */
    int (*model_talk)(void *ctx, Session *s, double *p);
    int (*model_settle)(void *ctx, Session *s, bool *walkout);
} ScriptHooks;

typedef enum SessionError {
    SERR_NONE,
    SERR_SCRIPT,
    SERR_DEAD_END,
    SERR_TOO_LONG,
    SERR_CHOICE
} SessionError;

typedef struct Turn {
    int node;         /* where the choice was made */
    int choice;       /* authored index within the node */
    int number;       /* 1-based among the choices offered */
    unsigned offered; /* bit i set: authored choice i was offered */
    char *line;       /* what the client said at the node */
    int band;         /* the client's band when they said it */
    bool line_owned;
    unsigned char talk, kind;              /* the client talk the choice answered */
    unsigned char codes[CHOICE_MAX_CODES]; /* MITI codes of the choice as played */
    int ncodes;
    signed char shown[SESSION_MAX_CHOICES]; /* authored indices, in the order shown */
    int nshown;
} Turn;

struct Session {
    const Scenario *sc;
    uint64_t seed;
    Rng rng;
    double *state; /* current values, layout order */
    double *trail; /* (turns + 1) * nvars: the state before the first turn, then after each */
    Turn *turns;
    int nturns, cap;
    int node;
    char *line; /* the current node's line */
    bool line_owned;
    int band;
    int offered[SESSION_MAX_CHOICES]; /* authored indices of the choices offered now */
    int noffered;
    int shown[SESSION_MAX_CHOICES];        /* the order shown: shown[j] indexes offered[] */
    unsigned char talk, talk_kind;         /* client talk of the current line */
    unsigned char codes[CHOICE_MAX_CODES]; /* MITI codes of the last transition's move */
    int ncodes;
    int miti[MITI_COUNT];
    bool over;
    SessionError error;
    char err[1024];
};

int session_init(Session *s, const Scenario *sc);
void session_free(Session *s);
/* Starts (or restarts) at the scenario's start node. 0, or -1 with session_error(). */
int session_start(Session *s, uint64_t seed);
/* Plays the k-th offered choice (0-based). */
int session_choose(Session *s, int k);
/* Plays the offered choice with this id (or, if id is all digits, that 1-based number). */
int session_choose_ref(Session *s, const char *ref);
/* Evaluates a condition on the current state. */
int session_cond(Session *s, const Cond *c, bool *holds);
/* Which choices node `node` offers in the current state: their authored indices into
 * offered[], the count returned (or -1 on a script error). */
int session_offer(Session *s, int node, int *offered);
/* One turn's arithmetic without recording it: applies authored choice `choice` of `node` to
 * s->state (turn, model, effects, rounding) and sets *next to the node that follows. The
 * explorer calls it on states it has stored. 0, or -1 with session_error(). */
int session_transition(Session *s, int node, int choice, int *next);
/* Restarts with the same seed and replays the first n turns: rewind, exactly. */
int session_rewind(Session *s, int n);
const Node *session_node(const Session *s);
const Choice *session_offered(const Session *s, int k);
/* The offered index (0-based, authored order) of the choice shown at position j. */
int session_shown(const Session *s, int j);
/* Every client talk the current node could say in this state (the explorer branches over
 * them): distinct Talk/TalkKind pairs into talk[] and kind[] (room for max), the count
 * returned. */
int session_talk_options(Session *s, int node, unsigned char *talk, unsigned char *kind, int max);
const double *session_state_at(const Session *s, int turn);
int session_fail(Session *s, SessionError e, const char *fmt, ...);
int session_band(const Session *s);

#endif
