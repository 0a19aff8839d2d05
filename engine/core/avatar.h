/* avatar: the client's face and body as numbers and triangles, with no SDL in sight.
 * Owns the expression channels and how the state maps onto them (resistance-model.md
 * section 2), the transient cues, idle life, easing between expressions, the words that
 * describe a change, and the figure's geometry as a coloured triangle mesh that any renderer
 * can draw. Everything here is a pure function of its inputs and a time in milliseconds, so
 * a frame can be recomputed exactly (rapport render) and unit-tested. */
#ifndef RAPPORT_AVATAR_H
#define RAPPORT_AVATAR_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "scenario.h"

/* One value per channel; the ranges are the ones a scenario's avatar override may set. */
typedef struct AvatarExpr {
    double brow_height;   /* -1 lowered .. 1 raised */
    double brow_angle;    /* -1 inner ends down (anger) .. 1 inner ends up (worry, sadness) */
    double skeptic;       /* 0 .. 1: one brow up, one corner of the mouth pulled (doubt) */
    double eye_open;      /* 0 closed .. 1 relaxed .. 1.3 wide */
    double gaze_x;        /* -1 .. 1: 0 looks at you, otherwise averted sideways */
    double gaze_y;        /* -1 up .. 1 down */
    double mouth_curve;   /* -1 frown .. 1 smile */
    double mouth_tension; /* 0 relaxed .. 1 lips pressed, jaw tight */
    double mouth_open;    /* 0 .. 1 */
    double head_tilt;     /* -1 .. 1: roll */
    double head_turn;     /* -1 .. 1: turned away */
    double head_nod;      /* -1 chin up .. 1 chin down */
    double lean;          /* -1 away .. 1 toward you */
    double arms;          /* 0 open on the table .. 1 hands folded .. 2 crossed */
    double shoulders;     /* 0 .. 1: raised (shrug, sigh) */
    double shoulders_in;  /* 0 .. 1: drawn in and hunched (withdrawal) */
    double self_touch;    /* 0 .. 1: one hand holds the other arm (self-soothing) */
    double point;         /* 0 .. 1: a forearm raised, index finger toward you (combative) */
    double check_watch;   /* 0 .. 1: wrist turned up, eyes on the watch (dismissive) */
    double flush;         /* 0 .. 1: reddened skin */
    double tears;         /* 0 .. 1 */
} AvatarExpr;

#define AVATAR_NCHANNELS ((int)(sizeof(AvatarExpr) / sizeof(double)))

/* Channel names, in struct order, as a scenario's `avatar` function returns them. */
const char *avatar_channel_name(int i);
double *avatar_channel(AvatarExpr *e, int i);
/* The valid range of channel i. */
void avatar_channel_range(int i, double *lo, double *hi);
void avatar_clamp(AvatarExpr *e);

/* What the default mapping reads from the state. */
typedef struct AvatarInputs {
    double discord, rapport, reactance, credibility, resistance;
    int band; /* BAND_*, or -1 without a model */
} AvatarInputs;

void avatar_inputs(const Scenario *sc, const double *state, AvatarInputs *in);
/* The default expression for a state (resistance-model.md section 2). */
void avatar_target(const AvatarInputs *in, AvatarExpr *out);
/* The neutral, relaxed face. */
void avatar_neutral(AvatarExpr *out);

typedef enum AvatarCue {
    CUE_NONE,
    CUE_ARMS_CROSSED,
    CUE_EYE_ROLL,
    CUE_SIGH,
    CUE_LOOK_AWAY,
    CUE_NOD,
    CUE_SMILE,
    CUE_FROWN,
    CUE_LEAN_IN,
    CUE_LEAN_BACK,
    CUE_SHRUG,
    CUE_TEARS,
    CUE_LAUGH,
    CUE_COUNT
} AvatarCue;

/* "eye_roll" -> CUE_EYE_ROLL; CUE_NONE for NULL or an unknown name. */
AvatarCue avatar_cue_parse(const char *name);
const char *avatar_cue_name(AvatarCue c);
double avatar_cue_duration(AvatarCue c);
/* Overlays cue c at t ms after it began (0 <= t < duration) onto e. With reduced motion a
 * cue holds a still pose instead of moving (a nod is a lowered head). */
void avatar_cue_apply(AvatarExpr *e, AvatarCue c, double t, bool reduced);
/* "Dana rolls her eyes." */
void avatar_cue_words(AvatarCue c, const char *name, const char *pronoun, char *buf, size_t size);

/* Idle life at time t: blinking, plus breathing and small head motion at amplitude motion
 * (0 to 1: the caller fades them in and out, so they never jump). */
void avatar_idle_apply(AvatarExpr *e, double t, double motion);
/* True while t falls inside a blink (tests and the frame scheduler use it). */
bool avatar_blinking(double t);
/* The next time after t at which a blink starts. */
double avatar_next_blink(double t);

#define AVATAR_EASE_MS 450.0
#define AVATAR_MAX_CUES 4

/* The animator: eases from one target expression to the next and plays cues. */
typedef struct Avatar {
    AvatarExpr from, to;
    double t_change;
    struct {
        AvatarCue cue;
        double start;
        bool hold; /* a posture held until the next change, not a passing gesture */
    } cues[AVATAR_MAX_CUES];
    int ncues;
    bool reduced_motion;
} Avatar;

void avatar_init(Avatar *a, const AvatarExpr *start, bool reduced_motion);
/* Starts easing from the pose at time now (cues included, which it ends) toward target. */
void avatar_retarget(Avatar *a, const AvatarExpr *target, double now);
/* Plays cue c starting at time start (may be in the future: cues queue one after another). */
void avatar_play_cue(Avatar *a, AvatarCue c, double start);
/* Plays a cue that holds its pose until the next retarget, when the cue is a posture
 * (arms_crossed, look_away, lean_in, lean_back); other cues play as gestures. A node's cue
 * holds while the client says the line; a choice's cue is a passing reaction. */
void avatar_hold_cue(Avatar *a, AvatarCue c, double start);
bool avatar_cue_is_posture(AvatarCue c);
/* The pose at time now. idle < 0: no idle life; otherwise blinks, and breathing and head
 * motion at amplitude idle (0 to 1). */
void avatar_pose(const Avatar *a, double now, double idle, AvatarExpr *out);
/* True while easing or a cue is under way at now. */
bool avatar_moving(const Avatar *a, double now);
/* The end of the last cue that has been queued, or now. */
double avatar_cues_end(const Avatar *a, double now);

/* Words for what changed between two expressions: "crosses her arms and looks away".
 * Writes "" when nothing a viewer would notice changed. */
void avatar_describe_change(const AvatarExpr *before, const AvatarExpr *after, const char *pronoun,
                            char *buf, size_t size);

/* A colour as the mesh carries it. */
typedef struct AvatarColor {
    uint8_t r, g, b, a;
} AvatarColor;

/* Parses "#rrggbb"; returns false (and leaves *out alone) on anything else. */
bool avatar_parse_color(const char *text, AvatarColor *out);

typedef struct AvatarLook {
    AvatarColor skin, hair, top, table;
    int style; /* 0 short hair, 1 long hair, 2 chin-length */
} AvatarLook;

/* The look of a scenario's client: its colours, or defaults for the missing ones. */
void avatar_look(const Scenario *sc, AvatarLook *look);

typedef struct AvatarVertex {
    float x, y;
    AvatarColor c;
} AvatarVertex;

typedef struct AvatarPoint {
    float x, y;
} AvatarPoint;

/* Where the features ended up on screen: what tests (and captions, later) can check without
 * looking at pixels. Left and right are the viewer's. */
typedef struct AvatarMarks {
    AvatarPoint mouth_left, mouth_right, mouth_mid;
    AvatarPoint brow_inner_left, brow_outer_left, brow_inner_right, brow_outer_right;
    AvatarPoint eye_left, eye_right; /* centres */
    float eye_height;                /* the open height of an eye */
    AvatarPoint iris_left, iris_right;
    AvatarPoint hand_left, hand_right, elbow_left, elbow_right;
    AvatarPoint head_centre, chin;
    float scale; /* screen pixels per design unit, with the lean */
} AvatarMarks;

/* Triangles, three vertices each, in drawing order (back to front). */
typedef struct AvatarMesh {
    AvatarVertex *v;
    int count, cap;
    bool failed; /* an allocation failed: the mesh is incomplete */
    AvatarMarks marks;
} AvatarMesh;

void avatar_mesh_init(AvatarMesh *m);
void avatar_mesh_free(AvatarMesh *m);
/* Builds the figure for expression e into the box (x, y, w, h), replacing m's contents. The
 * figure is drawn in a 1000 x 1000 design square; the part from the hair to the table is
 * scaled to fit the box and centred (clip to the box: the table runs past it). */
int avatar_build(AvatarMesh *m, const AvatarExpr *e, const AvatarLook *look, float x, float y,
                 float w, float h);

#endif
