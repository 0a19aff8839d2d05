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

/* Steps that are not choices: at an ending another session follows, the client comes to the
 * next session or misses it ("next" and "missed" in --choices, test plans and records). */
#define STEP_NEXT 254
#define STEP_MISSED 255

typedef struct PriorStep {
    int node, choice; /* an authored choice index, or STEP_NEXT / STEP_MISSED */
} PriorStep;

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
     * rounded; it leaves each variable it writes normalized (state_normalize_value). */
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

/* A typed reply that fit no offered choice (issue 15) is a turn of its own: it counts as its
 * move (the model scores it), and the client stays at the node and answers with its
 * `unmatched` line. Its Turn.choice is SESSION_FREE(move); its ref is "~move". */
#define SESSION_FREE(move) (-1000 + (move))
#define SESSION_FREE_MOVE(choice) ((choice) + 1000)

/* A reply the trainee typed (issue 15): their words, what the coder made of them and how sure
 * the match was. */
typedef struct Typed {
    int code;          /* the Miti the coder gave the reply (its principal code) */
    double confidence; /* 0..1 */
    int alts[3];       /* authored indices of the closest choices, when the trainee was asked */
    int nalts;
    char words[]; /* as typed, cut at SESSION_TYPED_MAX bytes */
} Typed;
#define SESSION_TYPED_MAX 4000

typedef struct Turn {
    int node;         /* where the choice was made */
    int choice;       /* authored index within the node, or SESSION_FREE(move) */
    Typed *typed;     /* the reply as typed, or NULL when picked from the list */
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
    /* Set by the explorer before a transition from a state it unpacked, so on the grid: the
     * transition then rounds only what a turn can change (the model's variables, listed in
     * grid_model; the choice's deltas; the turn count; a once flag) rather than every
     * variable, a quarter of the C side of a transition. session_transition clears it. */
    bool on_grid;
    const int *grid_model;
    int ngrid_model;
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
    int from; /* 1 + the node session_start_at began at (0: the start): where rewinds return */
    /* A course of sessions: the steps of the sessions before this one, choices and the steps
     * between sessions (STEP_NEXT, STEP_MISSED at the ending), so a record replays exactly. */
    PriorStep *prior;
    int nprior, prior_cap;
};

int session_init(Session *s, const Scenario *sc);
void session_free(Session *s);
/* Starts (or restarts) at the scenario's start node. 0, or -1 with session_error(). */
int session_start(Session *s, uint64_t seed);
/* Plays the k-th offered choice (0-based). */
int session_choose(Session *s, int k);
/* Plays the offered choice with this id (or, if id is all digits, that 1-based number; or,
 * "~move", a typed reply that fit no choice, as that move). */
int session_choose_ref(Session *s, const char *ref);
/* A typed reply that fit no choice, as move `move` (SESSION_FREE). 0, or -1. */
int session_choose_free(Session *s, int move);
/* The last turn was typed: its words (copied, cut at SESSION_TYPED_MAX bytes at a character
 * boundary), code, confidence and the closest choices shown (authored indices). 0, or -1. */
int session_set_typed(Session *s, const char *words, int code, double confidence, const int *alts,
                      int nalts);
/* What the client says to a typed reply that fits no choice, here and now: the node's
 * `unmatched` line, else the client's, else the engine's, by band. */
const char *session_unmatched_line(const Session *s);
/* The choice a turn played: an authored one, or the scenario's free choice for its move. */
const Choice *session_turn_choice(const Session *s, const Turn *t);
/* The choice `choice` of node `node`, authored or SESSION_FREE. */
const Choice *session_choice_at(const Scenario *sc, int node, int choice);
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
/* Text that depends on state (a choice's words, a cue) as it reads in `state`: the trainee
 * sees a choice's words in the state the node was entered in, a choice's cue in the state
 * after it. */
const char *session_text_in(const Session *s, const StateText *t, const char *plain,
                            const double *state);
/* A choice's words as they read in `state` (session_text_in of its text). */
const char *session_choice_text(const Session *s, const Choice *c, const double *state);

/* Starts at node `node` (an ending too) instead of the scenario's start, from `state`: values
 * as state_init gives them, possibly changed (NULL: the start values); the model then derives
 * its own as at a start, and numbers are clamped and rounded. Rewinds come back here, so
 * `rapport why --from` and `play --text --from` can explore one node. 0, or -1. */
int session_start_at(Session *s, uint64_t seed, int node, const double *state);
/* A course of sessions (course.h): starts session k (k >= 1) from the state the previous one
 * ended in, with the same seed. 0, or -1. */
int session_start_sitting(Session *s, uint64_t seed, int k, const double *end);
/* The explorer's side of the same step: the state at the start of session k (attend: at its
 * start node) or after missing it (still at the ending), into out. 0, or -1. */
int session_sitting_state(Session *s, const double *end, int k, bool attend, double *out);
enum { COURSE_DRAW, COURSE_ATTEND, COURSE_MISS };
/* At an ending another session follows: the client comes to the next session, which starts
 * in s (1), or misses it (0: s stays at the ending, one session on; ask course_goes_on
 * again). force: COURSE_DRAW decides from the course's seed; COURSE_ATTEND and COURSE_MISS
 * decide (test plans, and the paths the explorer prints). *chance, when given, receives the
 * chance of missing. -1 on an error. */
int session_next_sitting(Session *s, int force, double *chance);

/* Which of the current node's lines the client said and why (for `rapport why`). */
typedef enum LineSource {
    LINES_NONE,      /* the node has no lines for this state */
    LINES_PLAIN,     /* a string or a list */
    LINES_FUNCTION,  /* say = function */
    LINES_BAND,      /* the entry of band `band` */
    LINES_DEFLECT,   /* deflect: the model's deflecting flag is set */
    LINES_TOPIC,     /* deflect: the node's guarded topic is withheld in this state */
    LINES_QUESTIONS, /* questions: the client complains about questions */
    LINES_COND       /* conditional lines `cond` (say.conds), whose condition holds */
} LineSource;

typedef struct LineWhy {
    LineSource source;
    int band;         /* LINES_BAND: the band whose entry was said */
    bool fallback;    /* LINES_BAND: the state's band has no entry; the nearest one's */
    bool volatile_hi; /* LINES_BAND: a volatile client answered one band more resistant */
    int index, count; /* the variant said (0-based) of how many; index -1 when unknown */
    int cond;         /* LINES_COND: index into the node's say.conds */
} LineWhy;
void session_line_why(const Session *s, LineWhy *w);

#endif
