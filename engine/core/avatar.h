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

/* The expression, one value per channel. The face is FACS action units (Ekman & Friesen's
 * Facial Action Coding System, the vocabulary of virtual-human research), each an intensity
 * from 0 (absent) to 1 (maximum, FACS "E"); the head, eyes and body are positions. The ranges
 * are the ones a scenario's avatar override may set. */
typedef struct AvatarExpr {
    double au1;          /* inner brow raiser: worry, sadness */
    double au2;          /* outer brow raiser: surprise, with 1 */
    double au2_one;      /* outer brow raiser on one side only: doubt */
    double au4;          /* brow lowerer: brows down and drawn together */
    double au5;          /* upper lid raiser: eyes wide, a stare */
    double au6;          /* cheek raiser: the eyes' part of a real smile */
    double au7;          /* lid tightener: narrowed, appraising eyes */
    double au9;          /* nose wrinkler: disgust */
    double au10;         /* upper lip raiser: a sneer */
    double au12;         /* lip corner puller: a smile */
    double au12_one;     /* lip corner puller on one side only: with 14, contempt */
    double au14;         /* dimpler: corners tightened inward */
    double au14_one;     /* dimpler on one side only */
    double au15;         /* lip corner depressor: corners down */
    double au17;         /* chin raiser: the lower lip pushed up, a pout */
    double au23;         /* lip tightener: narrow, thin lips */
    double au24;         /* lip pressor: lips pressed together */
    double au26;         /* jaw drop: the mouth open (speech, a laugh) */
    double au43;         /* eyes closed (45, a blink, is 43 for a moment) */
    double gaze_x;       /* -1 .. 1: 0 looks at you, otherwise averted sideways (FACS 61/62) */
    double gaze_y;       /* -1 up .. 1 down (63/64) */
    double head_tilt;    /* -1 .. 1: roll (55/56) */
    double head_turn;    /* -1 .. 1: turned away (51/52) */
    double head_nod;     /* -1 chin up .. 1 chin down (53/54) */
    double lean;         /* -1 away .. 1 toward you */
    double arms;         /* 0 open on the table .. 1 hands folded .. 2 crossed */
    double shoulders;    /* 0 .. 1: raised (shrug, sigh) */
    double shoulders_in; /* 0 .. 1: drawn in and hunched (withdrawal) */
    double self_touch;   /* 0 .. 1: one hand holds the other arm (self-soothing) */
    double point;        /* 0 .. 1: a forearm raised, index finger toward you (combative) */
    double check_watch;  /* 0 .. 1: wrist turned up, eyes on the watch (dismissive) */
    double flush;        /* 0 .. 1: reddened skin */
    double tears;        /* 0 .. 1 */
} AvatarExpr;

#define AVATAR_NCHANNELS ((int)(sizeof(AvatarExpr) / sizeof(double)))
/* The action units come first in AvatarExpr, gaze_x is the first non-AU channel. */
#define AVATAR_NAUS 19

/* Channel names, in struct order, as a scenario's `avatar` function returns them. */
const char *avatar_channel_name(int i);
double *avatar_channel(AvatarExpr *e, int i);
/* The valid range of channel i. */
void avatar_channel_range(int i, double *lo, double *hi);
void avatar_clamp(AvatarExpr *e);
/* Sets a channel by name: one of the struct's, or one of the plain-word channels that scripts
 * written before the action units use (brow_height, brow_angle, skeptic, eye_open,
 * mouth_curve, mouth_tension, mouth_open), translated into action units. Returns false for an
 * unknown name. The value is clamped to the channel's range. */
bool avatar_set_channel(AvatarExpr *e, const char *name, double v);
/* True for the plain-word channel names avatar_set_channel translates. */
bool avatar_is_word_channel(const char *name);

/* What the default mapping reads from the state. */
typedef struct AvatarInputs {
    double discord, rapport, reactance, credibility, resistance;
    int band;     /* BAND_*, or -1 without a model */
    double level; /* the band as a number: 0-1 open, 1-2 guarded, 2-3 resistant, 3-4 hostile */
    int manner;   /* MANNER_*: how this client closes down */
} AvatarInputs;

void avatar_inputs(const Scenario *sc, const double *state, AvatarInputs *in);
/* The default expression for a state (resistance-model.md section 2), composed from action
 * units: warmth (6+12) when open, guarded neutral (24, less eye contact), then the client's
 * manner growing through resistant to hostile: anger (4+5+7+23, leaning in, pointing),
 * sadness and withdrawal (1+4+15, gaze and head down, shoulders in, self-touch) or contempt
 * (one-sided 12+14, one brow raised, leaning back, a look at the watch). */
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

/* Idle life at time t: blinking, plus glances away (as far as the client already avoids your
 * eyes), breathing and small head motion at amplitude motion
 * (0 to 1: the caller fades them in and out, so they never jump). */
void avatar_idle_apply(AvatarExpr *e, double t, double motion);
/* Speech at time t (ms since the line began), with the first shown bytes of line on screen:
 * the jaw opens and closes by syllable and stays closed at punctuation; nothing once the line
 * is all shown, or with reduced motion. */
void avatar_talk_apply(AvatarExpr *e, const char *line, size_t shown, double t, bool reduced);
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

/* AvatarLook and avatar_look: who the client is on screen. */
#include "avatar_look.h"

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
