/* scenario: a loaded client as plain C data: nodes, choices, compiled conditions and effects,
 * endings, rules and test plans. Built by the Lua loader (engine/lua/loader.c) or by hand in
 * tests; read by sessions. Lua functions appear only as registry references (fn > 0). */
#ifndef RAPPORT_SCENARIO_H
#define RAPPORT_SCENARIO_H
#include <stdbool.h>

#include "state.h"

typedef enum CmpOp { CMP_LT, CMP_LE, CMP_GT, CMP_GE, CMP_EQ, CMP_NE } CmpOp;

typedef struct Compare {
    int var;
    CmpOp op;
    double value;
} Compare;

/* Holds when every term holds and, if fn is set, the Lua function returns true.
 * An empty condition always holds. */
typedef struct Cond {
    Compare *terms;
    int nterms;
    int fn;
} Cond;

typedef struct Delta {
    int var;
    bool set; /* flags are set, numbers are added */
    double value;
} Delta;

typedef struct Effect {
    Delta *deltas; /* only what the engine applies itself; model deltas go through the model */
    int ndeltas;
    int fn;
} Effect;

typedef struct Route {
    int node;
    Cond when;
} Route;

/* Client talk (resistance-model.md section 5): what a line does for or against change. */
typedef enum Talk { TALK_NONE, TALK_CHANGE, TALK_SUSTAIN, TALK_ASK, TALK_COUNT } Talk;
/* DARN-CAT: the subtype of change or sustain talk. */
typedef enum TalkKind {
    KIND_NONE,
    KIND_DESIRE,
    KIND_ABILITY,
    KIND_REASON,
    KIND_NEED,
    KIND_COMMITMENT,
    KIND_ACTIVATION,
    KIND_TAKING_STEPS,
    KIND_COUNT
} TalkKind;

typedef struct LineSet {
    char **lines;
    unsigned char *talk, *kind; /* per line: Talk and TalkKind (the node's when not given) */
    int count;
} LineSet;

enum { BAND_OPEN, BAND_GUARDED, BAND_RESISTANT, BAND_HOSTILE, BAND_COUNT };
/* How a client closes down (the client's `manner`): anger that leans in, sadness that pulls
 * away, or contempt that leans back. */
enum { MANNER_COMBATIVE, MANNER_WITHDRAWN, MANNER_DISMISSIVE, MANNER_COUNT };
typedef enum SayKind { SAY_LIST, SAY_KEYED, SAY_FUNCTION } SayKind;

/* A declarative conditional line: { when = { ... }, "line", ... } in a node's say. Only table
 * conditions, so that lint, the graph and the explorer can read them without running Lua. */
typedef struct CondLines {
    Cond when;
    LineSet lines;
    int line;
} CondLines;

typedef struct Say {
    SayKind kind;
    LineSet plain;                                /* SAY_LIST */
    LineSet band[BAND_COUNT], deflect, questions; /* SAY_KEYED */
    int fn;                                       /* SAY_FUNCTION */
    CondLines *conds; /* tried in order before the rest (SAY_LIST or SAY_KEYED) */
    int nconds;
} Say;

/* Text that depends on state: a choice's words or a cue. The first variant whose condition
 * holds, else the text for the client's band, else the plain text. Table conditions only, as
 * for conditional lines. */
typedef struct TextVar {
    Cond when;
    char *text;
} TextVar;

typedef struct StateText {
    TextVar *vars;
    int nvars;
    char *band[BAND_COUNT];
} StateText;

typedef enum Miti {
    MITI_Q,
    MITI_SR,
    MITI_CR,
    MITI_AF,
    MITI_SEEK,
    MITI_EMPHASIZE,
    MITI_GI,
    MITI_PWP,
    MITI_PERSUADE,
    MITI_CONFRONT,
    MITI_NONE,
    MITI_COUNT
} Miti;

typedef struct Move {
    char *name;
    Miti miti;
} Move;

#define CHOICE_MAX_CODES 4        /* utterances in one choice, each with its MITI code */
#define CHOICE_MAX_PARAPHRASES 12 /* other words for one choice (typed replies) */

typedef struct Choice {
    char *id;
    char *text;
    int move;
    unsigned char codes[CHOICE_MAX_CODES]; /* Miti per utterance; the move's code by default */
    int ncodes;
    bool permission; /* asks permission to give information or advice */
    Route *routes;   /* tried in order; the last has an empty condition */
    int nroutes;
    Cond when;
    Effect effect;
    char *feedback, *cue, *topic;
    bool repair;
    int line; /* source line, 0 when unknown */
    int ref;  /* the choice's Lua table, handed to the model */
    /* Flow (scripts/README.md, "Flow"): slots are state slot + 1, 0 when unused. */
    int once;  /* once = true: the hidden flag set when it is taken, so it is offered once */
    int call;  /* call = "node": node index + 1 of the sub-conversation it enters; `go` is then
                  where `back` returns to (the node the choice was made at without one) */
    bool back; /* back = true: returns from the innermost sub-conversation */
    StateText text_by, cue_by; /* text and cue that depend on state (empty when constant) */
    char **paraphrases;        /* other words for the same move, for typed replies (issue 15) */
    int nparaphrases;
} Choice;

#define SCENARIO_STACK 4 /* sub-conversations nested at most this deep */
#define VISITS_MAX 99    /* a visit count stops here, so the state space stays finite */

typedef enum Outcome { OUTCOME_NONE, OUTCOME_SUCCESS, OUTCOME_PARTIAL, OUTCOME_FAIL } Outcome;

typedef struct Node {
    char *id;
    Say say;
    char *cue;
    unsigned char talk, kind; /* client talk of every line without its own */
    int topic;                /* guarded topic the lines disclose (index into topics), or -1 */
    bool fixed_order;         /* order = "fixed": choices shown as authored, never shuffled */
    Choice *choices;
    int nchoices;
    char *ending; /* non-NULL for an ending */
    Outcome outcome;
    char *debrief;
    char *title; /* an ending's title, written for trainees */
    int line;
    int ref;
    int visits;       /* slot + 1 of the hidden visit count, 0 when the node is not counted */
    bool stop;        /* an ending with stop = true ends a course of sessions */
    StateText cue_by; /* a cue that depends on state */
    char *unmatched;  /* what the client says to a typed reply that fits no choice, or NULL */
    StateText unmatched_by;
} Node;

/* One session of a client seen more than once (`sessions` in the client file). */
typedef struct Sitting {
    char *title;
    int start;      /* the node it opens at */
    Effect between; /* deltas applied before it: how much of the last session fades */
    int line;
} Sitting;

typedef struct Rule {
    Cond when;
    int node;
} Rule;

typedef struct PlanStep {
    int number;  /* 1-based among offered, or 0 when id is used */
    char *id;    /* the choice; for a typed step, the one the words must be taken as ("none":
                    no choice fits them) */
    char *typed; /* { type = "words", expect = "id" }: a typed reply, or NULL */
} PlanStep;

typedef enum ExpectKind {
    EXPECT_ENDING,
    EXPECT_OUTCOME,
    EXPECT_NODE,
    EXPECT_TURNS,
    EXPECT_VAR,
    EXPECT_COMPLAINED, /* value 0/1: the client complained about questions at some turn */
    EXPECT_EXCEPT      /* bot goals: an ending (node index in value) the bot need not reach */
} ExpectKind;

typedef struct Expect {
    ExpectKind kind;
    char *key;  /* as written */
    char *text; /* for ending, outcome, node */
    int var;
    CmpOp op;
    double value;
} Expect;

typedef struct TestPlan {
    char *name;
    PlanStep *steps;
    int nsteps;
    Expect *expects;
    int nexpects;
    unsigned long long seed;
    int line;
} TestPlan;

/* Holds in every reachable state (or only at one ending), checked by the explorer. */
typedef struct Invariant {
    char *name;
    int ending; /* node index of the ending it speaks of, or -1 for every state */
    Cond holds;
    int line;
} Invariant;

/* Persona bots (resistance-model.md section 7) and what a scenario says each should achieve. */
/* Persona bots pick by move tag and have goals; surface bots (section 7, version 2) see only
 * what a trainee sees, in the order shown, and must not pass more often than chance. */
typedef enum BotKind {
    BOT_MI,
    BOT_RIGHTING,
    BOT_QUESTIONS,
    BOT_RANDOM,
    BOT_FIRST,
    BOT_LONGEST,
    BOT_SHORTEST,
    BOT_YOU_WORDS,
    BOT_NO_BUT,
    BOT_COUNT
} BotKind;
#define BOT_PERSONAS 4 /* the bots with goals: mi, righting, questions, random */

typedef struct BotGoal {
    bool set;        /* the scenario stated a goal for this bot */
    Expect *expects; /* at the end of the bot's session */
    int nexpects;
    int complained;    /* unused: `complained` is an EXPECT_COMPLAINED now (loader.c sets it) */
    bool every_ending; /* random: the goal names `except`, so every other ending still counts */
    int line;
} BotGoal;

typedef struct Topic {
    char *name;
    double sensitivity;
} Topic;

/* The client's look, as the client file gives it (avatar_look resolves it). */
typedef struct Look {
    char *skin, *hair, *top, *shirt; /* colours "#rrggbb", or NULL */
    /* part names, or NULL: face shape, hair style, clothing, facial hair, glasses, setting */
    char *face, *hair_style, *clothing, *facial_hair, *glasses, *setting;
    double age;                /* years, 0 when not given */
    int build;                 /* 0 not given, 1 slight, 2 average, 3 broad */
    struct AvatarParts *parts; /* the client's own parts, or NULL */
} Look;
/* Frees the look's part names and parts (not skin, hair, top: scenario_free does). */
void look_free(Look *lk);

struct ScriptHooks;

typedef struct Scenario {
    char *path, *id, *title, *setting;
    char *unmatched; /* the client's answer to a typed reply that fits no choice, or NULL */
    StateText unmatched_by;
    char *difficulty; /* "introductory", "intermediate", "advanced" or NULL */
    char *client_name, *client_role, *pronoun;
    Look look;
    int manner; /* MANNER_*: how the client's resistance shows on the avatar */
    double receptivity, reactance_trait, volatility;
    StateLayout layout;
    Node *nodes;
    int nnodes;
    /* Where the nodes and everything in them live when the loader made them: freed whole.
     * NULL for nodes made one piece at a time with malloc (tests), freed so. */
    struct Arena *node_arena;
    int start, walkout; /* walkout is -1 without a model */
    Rule *rules;
    int nrules;
    int turn_limit, turn_limit_node; /* 0 / -1 when there is no limit */
    Move *moves;
    int nmoves;
    /* One choice per move for a typed reply that fits no choice (issue 15): the turn counts as
     * its move, and the client stays at the node. free[m] is move m's; id "~name". */
    Choice *free;
    bool has_model;
    int var_turn, var_resistance, var_deflecting, var_questions; /* -1 when absent */
    int var_rapport, var_discord, var_sustain_next;              /* -1 when absent */
    Topic *topics;
    int ntopics;
    double disclose_discord; /* a guarded topic is disclosed only with discord at or below */
    double band_limits[BAND_COUNT - 1];
    TestPlan *tests;
    int ntests;
    Invariant *invariants;
    int ninvariants;
    BotGoal bots[BOT_PERSONAS];
    int avatar_fn;     /* optional Lua function overriding the avatar's expression, 0 when absent */
    int stack;         /* slot + 1 of the first of SCENARIO_STACK return slots, 0 without calls */
    Sitting *sittings; /* a course of sessions, or NULL for one session */
    int nsittings;
    int var_sitting; /* slot + 1 of the hidden index of the current session, 0 without */
    int mode; /* 0: the trainee's setting decides; 1 practice, 2 assessment (the client's say) */
    const struct ScriptHooks *hooks; /* how to call into the scenario's Lua code */
    void *hooks_ctx;
} Scenario;

void scenario_free(Scenario *sc);
int scenario_find_node(const Scenario *sc, const char *id);
int scenario_find_move(const Scenario *sc, const char *name);
const char *miti_name(Miti m);
const char *outcome_name(Outcome o);
const char *band_name(int band);
const char *bot_name(BotKind b);
int bot_parse(const char *name);        /* a BotKind, or -1 */
const char *talk_name(Talk t);          /* "change", "sustain", "ask", or "none" */
const char *talk_kind_name(TalkKind k); /* "desire", ..., "taking_steps", or "none" */
int talk_parse(const char *s);          /* a Talk other than TALK_NONE, or -1 */
int talk_kind_parse(const char *s);     /* a TalkKind other than KIND_NONE, or -1 */
int miti_parse(const char *s);          /* a Miti, or -1 */
/* Optimal string alignment distance of two names or words of at most 31 bytes (a swap of two
 * neighbours costs 1: "refelct", "complained"/"complaned"), or cap + 1 when above cap or
 * longer: "did you mean" and typed-reply spelling both ask only whether it is small. */
int text_distance(const char *a, const char *b, int cap);
int band_of(const Scenario *sc, double resistance);
/* Parses "< 30", ">= 2.5", "== 1", "~= 0": returns 0, or -1 when it is not such a comparison. */
int cmp_parse(const char *text, CmpOp *op, double *value);
bool cmp_holds(CmpOp op, double lhs, double rhs);
const char *cmp_symbol(CmpOp op);
bool cond_is_always(const Cond *c);
/* Whether a table condition (no function) holds on these values. */
bool cond_terms_hold(const Cond *c, const double *values);
/* The text a StateText gives for these values and band; `plain` when none applies. */
const char *state_text(const StateText *t, const double *values, int band, const char *plain);

#endif
