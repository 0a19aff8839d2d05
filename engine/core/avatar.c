/* avatar: expression channels from state, cues, idle life, easing and change captions: what
 * the figure does. How it is drawn (its look and triangle mesh) is avatar_mesh.c. Plain C and
 * libm only. */
#include "avatar.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "avatar_math.h"

/* ---------------------------------------------------------------- channels */

static const char *const channel_names[] = {
    "au1",        "au2",       "au2_one",     "au4",      "au5",   "au6",       "au7",
    "au9",        "au10",      "au12",        "au12_one", "au14",  "au14_one",  "au15",
    "au17",       "au23",      "au24",        "au26",     "au43",  "gaze_x",    "gaze_y",
    "head_tilt",  "head_turn", "head_nod",    "lean",     "arms",  "shoulders", "shoulders_in",
    "self_touch", "point",     "check_watch", "flush",    "tears",
};

_Static_assert(sizeof channel_names / sizeof channel_names[0] == AVATAR_NCHANNELS,
               "a name for every channel");

const char *avatar_channel_name(int i)
{
    return i >= 0 && i < AVATAR_NCHANNELS ? channel_names[i] : NULL;
}

double *avatar_channel(AvatarExpr *e, int i)
{
    return &((double *)e)[i];
}

void avatar_channel_range(int i, double *lo, double *hi)
{
    const char *n = avatar_channel_name(i);
    *lo = 0;
    *hi = 1;
    if (!n) return;
    if (!strncmp(n, "gaze_", 5) || !strncmp(n, "head_", 5) || !strcmp(n, "lean"))
        *lo = -1;
    else if (!strcmp(n, "arms"))
        *hi = 2;
}

void avatar_clamp(AvatarExpr *e)
{
    for (int i = 0; i < AVATAR_NCHANNELS; i++) {
        double lo, hi, *v = avatar_channel(e, i);
        avatar_channel_range(i, &lo, &hi);
        if (isnan(*v)) *v = 0;
        *v = clampd(*v, lo, hi);
    }
}

static const char *const word_channels[] = {"brow_height", "brow_angle",  "skeptic",
                                            "eye_open",    "mouth_curve", "mouth_tension",
                                            "mouth_open",  NULL};

bool avatar_is_word_channel(const char *name)
{
    for (int i = 0; name && word_channels[i]; i++)
        if (!strcmp(name, word_channels[i])) return true;
    return false;
}

/* The plain-word channels as action units: each sets the units it stands for. */
static void set_word_channel(AvatarExpr *e, const char *n, double v)
{
    if (!strcmp(n, "brow_height")) { /* -1 lowered .. 1 raised */
        v = clampd(v, -1, 1);
        e->au1 = e->au2 = pos(v);
        e->au4 = pos(-v);
    } else if (!strcmp(n, "brow_angle")) { /* -1 inner ends down (anger) .. 1 up (worry) */
        v = clampd(v, -1, 1);
        e->au1 = pos(v);
        e->au4 = fmax(pos(-v), 0.4 * pos(v));
    } else if (!strcmp(n, "skeptic")) { /* 0 .. 1: one brow up, one corner pulled */
        v = clampd(v, 0, 1);
        e->au2_one = v;
        e->au12_one = e->au14_one = 0.6 * v;
    } else if (!strcmp(n, "eye_open")) { /* 0 closed .. 1 relaxed .. 1.3 wide */
        v = clampd(v, 0, 1.3);
        e->au5 = pos(v - 1) / 0.3;
        e->au43 = pos(1 - v);
    } else if (!strcmp(n, "mouth_curve")) { /* -1 corners down .. 1 smile */
        v = clampd(v, -1, 1);
        e->au12 = pos(v);
        e->au15 = pos(-v);
    } else if (!strcmp(n, "mouth_tension")) { /* 0 relaxed .. 1 lips pressed, jaw tight */
        v = clampd(v, 0, 1);
        e->au23 = v;
        e->au24 = 0.7 * v;
    } else if (!strcmp(n, "mouth_open")) {
        e->au26 = clampd(v, 0, 1);
    }
}

bool avatar_set_channel(AvatarExpr *e, const char *name, double v)
{
    if (!name) return false;
    if (isnan(v)) v = 0;
    for (int i = 0; i < AVATAR_NCHANNELS; i++)
        if (!strcmp(name, channel_names[i])) {
            double lo, hi;
            avatar_channel_range(i, &lo, &hi);
            *avatar_channel(e, i) = clampd(v, lo, hi);
            return true;
        }
    if (!avatar_is_word_channel(name)) return false;
    set_word_channel(e, name, v);
    return true;
}

/* ---------------------------------------------------------------- state -> expression */

static double var_or(const Scenario *sc, const double *state, const char *name, double dflt)
{
    int v = layout_find(&sc->layout, name);
    return v >= 0 ? state[v] : dflt;
}

/* Where resistance r sits among the client's bands, as one number: 0 to 1 across open, 1 to
 * 2 across guarded, 2 to 3 resistant, 3 to 4 hostile. The face is composed on this scale, so a
 * client with its own band limits still shows each band as its own. */
static double band_level(const Scenario *sc, double r)
{
    double lo = 0;
    for (int b = 0; b < BAND_COUNT; b++) {
        double hi = b < BAND_COUNT - 1 ? sc->band_limits[b] : 100;
        if (r < hi || b == BAND_COUNT - 1) return b + clampd((r - lo) / fmax(hi - lo, 1e-9), 0, 1);
        lo = hi;
    }
    return 0;
}

void avatar_inputs(const Scenario *sc, const double *state, AvatarInputs *in)
{
    in->discord = var_or(sc, state, "discord", 10);
    in->rapport = var_or(sc, state, "rapport", 40);
    in->reactance = var_or(sc, state, "reactance", 10);
    in->credibility = var_or(sc, state, "credibility", 50);
    in->resistance = sc->var_resistance >= 0 ? state[sc->var_resistance] : 20;
    in->band = sc->var_resistance >= 0 ? band_of(sc, in->resistance) : -1;
    in->level = in->band >= 0 ? band_level(sc, in->resistance) : 1;
    in->manner = sc->manner;
}

void avatar_neutral(AvatarExpr *out)
{
    memset(out, 0, sizeof *out);
    out->arms = 1;
}

/* 0 below lo, 1 above hi, smooth between. */
static double ramp(double x, double lo, double hi)
{
    double u = (x - lo) / (hi - lo);
    u = u < 0 ? 0 : u > 1 ? 1 : u;
    return u * u * (3 - 2 * u);
}

/* Open: warmth (6+12), brows a little up, eyes on you, leaning in. Guarded: the smile goes,
 * the lips press (24), the lids tighten a little (7) and eye contact drops. */
static void compose_open_guarded(const AvatarInputs *in, double warm, double guard, AvatarExpr *e)
{
    double P = in->rapport / 100;
    double smile = warm * (0.45 + 0.55 * clampd((P - 0.25) / 0.45, 0, 1));
    e->au12 = 0.8 * smile;
    e->au6 = 0.6 * smile;
    e->au1 = e->au2 = 0.2 * warm;
    e->au24 = 0.55 * guard;
    e->au7 = 0.3 * guard;
    e->au4 = 0.12 * guard;
    e->gaze_x = 0.35 * guard;
    e->gaze_y = 0.15 * guard;
    e->head_turn = 0.15 * guard;
    e->head_tilt = 0.25 * smile;
    e->lean = 0.5 * smile + 0.1 * warm - 0.1 * guard;
}

/* Anger that leans in (4+5+7+23): brows down and together, a hard stare, narrowed lids, thin
 * lips, the jaw set; at hostile a pointed finger and no looking away. */
static void compose_combative(const AvatarInputs *in, double n, AvatarExpr *e)
{
    double peak = ramp(in->level, 2.7, 3.4);
    e->au4 = fmax(e->au4, 0.95 * n);
    e->au5 = 0.75 * peak;
    e->au7 = fmax(e->au7, 0.75 * n);
    e->au23 = 0.95 * n;
    e->au24 *= 1 - n;
    e->au17 = 0.45 * n;
    e->au9 = 0.35 * peak;
    e->au10 = 0.25 * peak;
    e->gaze_x *= 1 - fmin(1, 1.6 * n); /* anger looks straight at you */
    e->head_turn *= 1 - fmin(1, 1.6 * n);
    e->head_nod += 0.25 * n; /* chin down, glaring from under the brows */
    e->lean += 0.75 * n;
    e->point = ramp(in->level, 3.0, 3.45);
    e->flush = fmax(e->flush, 0.6 * peak);
}

/* Sadness and withdrawal (1+4+15): the inner brows up and knit, corners down, the chin
 * raised into a pout, lids heavy, gaze and head down, shoulders drawn in, a hand holding the
 * other arm. */
static void compose_withdrawn(const AvatarInputs *in, double n, AvatarExpr *e)
{
    e->au1 = fmax(e->au1, 0.9 * n);
    e->au4 = fmax(e->au4, 0.5 * n);
    e->au15 = 0.85 * n;
    e->au17 = 0.4 * n;
    e->au43 = 0.4 * n;
    e->au24 *= 1 - 0.5 * n;
    e->gaze_y = fmax(e->gaze_y, 0.9 * n);
    e->gaze_x += 0.3 * n;
    e->head_nod += 0.75 * n;
    e->head_turn += 0.2 * n;
    e->shoulders_in = clampd(1.3 * n, 0, 1);
    e->self_touch = ramp(in->level, 2.2, 2.9);
    e->lean -= 0.35 * n;
}

/* Contempt and dismissal (one-sided 12+14, one brow up): a smirk, the chin up, looking past
 * you, leaning back with the arms crossed; at hostile a look at the watch. */
static void compose_dismissive(const AvatarInputs *in, double n, AvatarExpr *e)
{
    e->au12_one = 0.75 * n;
    e->au14_one = 0.85 * n;
    e->au2_one = fmax(e->au2_one, 0.85 * n);
    e->au4 = fmax(e->au4, 0.2 * n);
    e->au7 = fmax(e->au7, 0.35 * n);
    e->au43 = 0.2 * n;
    e->au24 *= 1 - n;
    e->gaze_x += 0.55 * n;
    e->gaze_y -= 0.2 * n;
    e->head_nod -= 0.45 * n;
    e->head_tilt += 0.3 * n;
    e->head_turn += 0.35 * n;
    e->lean -= 0.9 * n;
    e->check_watch = ramp(in->level, 3.0, 3.45);
}

void avatar_target(const AvatarInputs *in, AvatarExpr *e)
{
    double D = in->discord / 100, X = in->reactance / 100, C = in->credibility / 100;
    double L = in->level;
    avatar_neutral(e);
    /* Each band its own face: warmth fades out across the top of open, the guarded face
     * holds through guarded, and the client's manner grows from resistant to hostile. */
    double warm = 1 - ramp(L, 0.65, 1.15);
    double guard = ramp(L, 0.75, 1.25);
    double n = pow(clampd((L - 1.7) / 1.7, 0, 1), 0.8);
    compose_open_guarded(in, warm, guard, e);
    if (in->manner == MANNER_WITHDRAWN)
        compose_withdrawn(in, n, e);
    else if (in->manner == MANNER_DISMISSIVE)
        compose_dismissive(in, n, e);
    else
        compose_combative(in, n, e);
    /* What the other variables add whatever the band (resistance-model.md section 2):
     * discord lowers the brows, low credibility raises one in doubt, reactance flushes the
     * skin and sets the jaw. */
    e->au4 = fmax(e->au4, 0.5 * pos(D - 0.35));
    e->au2_one = fmax(e->au2_one, 1.8 * pos(0.42 - C));
    e->flush = fmax(e->flush, 1.6 * pos(X - 0.3));
    e->au24 = fmax(e->au24, 0.8 * pos(X - 0.25) * (1 - e->au23));
    /* Posture: hands open on the table while open, folded from guarded, crossed from
     * resistant (a withdrawn client holds an arm instead). */
    e->arms = ramp(L, 0.7, 1.0);
    if (in->manner != MANNER_WITHDRAWN) e->arms += ramp(L, 1.9, 2.25);
    if (in->band < 0) e->arms = 1;
    avatar_clamp(e);
}

/* ---------------------------------------------------------------- cues */

static const struct {
    const char *name;
    double ms;
} cue_info[CUE_COUNT] = {
    {"none", 0},         {"arms_crossed", 3200}, {"eye_roll", 1100}, {"sigh", 1700},
    {"look_away", 2600}, {"nod", 1200},          {"smile", 2600},    {"frown", 2600},
    {"lean_in", 2600},   {"lean_back", 2600},    {"shrug", 1400},    {"tears", 4200},
    {"laugh", 1700},
};

AvatarCue avatar_cue_parse(const char *name)
{
    if (!name) return CUE_NONE;
    for (int c = 1; c < CUE_COUNT; c++)
        if (!strcmp(cue_info[c].name, name)) return (AvatarCue)c;
    return CUE_NONE;
}

const char *avatar_cue_name(AvatarCue c)
{
    return c > 0 && c < CUE_COUNT ? cue_info[c].name : "none";
}

double avatar_cue_duration(AvatarCue c)
{
    return c > 0 && c < CUE_COUNT ? cue_info[c].ms : 0;
}

static double smooth(double u)
{
    u = clampd(u, 0, 1);
    return u * u * (3 - 2 * u);
}

/* The face part of a cue: action units eased toward the gesture's. */
static void cue_face(AvatarExpr *e, AvatarCue c, double env, double wave, bool reduced)
{
    switch (c) {
    case CUE_EYE_ROLL: /* eyes up and across, brows up, a one-sided pull of the mouth */
        e->au1 = lerp(e->au1, 0.5, env);
        e->au2 = lerp(e->au2, 0.5, env);
        e->au14_one = lerp(e->au14_one, 0.7, env);
        e->au15 = lerp(e->au15, 0.3, env);
        break;
    case CUE_SIGH:
        e->au43 = lerp(e->au43, 0.55, env);
        e->au26 = lerp(e->au26, 0.25, env);
        e->au1 = lerp(e->au1, 0.4, env);
        break;
    case CUE_SMILE: /* a real smile: cheeks and eyes too (6+12) */
        e->au12 = lerp(e->au12, 0.95, env);
        e->au6 = lerp(e->au6, 0.7, env);
        e->au23 = lerp(e->au23, 0, env);
        e->au24 = lerp(e->au24, 0, env);
        e->au15 = lerp(e->au15, 0, env);
        break;
    case CUE_FROWN:
        e->au4 = lerp(e->au4, 0.85, env);
        e->au15 = lerp(e->au15, 0.6, env);
        e->au12 = lerp(e->au12, 0, env);
        break;
    case CUE_SHRUG:
        e->au1 = lerp(e->au1, 0.7, env);
        e->au2 = lerp(e->au2, 0.7, env);
        e->au15 = lerp(e->au15, 0.35, env);
        e->au17 = lerp(e->au17, 0.4, env);
        break;
    case CUE_TEARS:
        e->au1 = lerp(e->au1, 0.95, env);
        e->au4 = lerp(e->au4, 0.45, env);
        e->au15 = lerp(e->au15, 0.6, env);
        e->au17 = lerp(e->au17, 0.5, env);
        e->au43 = lerp(e->au43, 0.3, env);
        break;
    case CUE_LAUGH:
        e->au26 = lerp(e->au26, reduced ? 0.6 : 0.6 + 0.2 * wave, env);
        e->au12 = lerp(e->au12, 1, env);
        e->au6 = lerp(e->au6, 0.9, env);
        e->au23 = lerp(e->au23, 0, env);
        e->au24 = lerp(e->au24, 0, env);
        break;
    default:
        break;
    }
}

void avatar_cue_apply(AvatarExpr *e, AvatarCue c, double t, bool reduced)
{
    double dur = avatar_cue_duration(c);
    if (dur <= 0 || t < 0 || t >= dur) return;
    double u = t / dur;
    /* In fast, hold, out slowly: the cue reads as a gesture, not a jump. */
    double env = reduced ? 1 : smooth(t / 180.0) * smooth((dur - t) / 320.0);
    double wave = reduced ? 0 : sin(2 * M_PI * 2 * u);
    cue_face(e, c, env, wave, reduced);
    switch (c) {
    case CUE_ARMS_CROSSED:
        e->arms = lerp(e->arms, 2, env);
        break;
    case CUE_EYE_ROLL:
        e->gaze_y = lerp(e->gaze_y, -1, env);
        e->gaze_x = lerp(e->gaze_x, reduced ? 0.4 : 0.8 * sin(M_PI * u), env);
        e->head_tilt = lerp(e->head_tilt, 0.35, env);
        break;
    case CUE_SIGH:
        e->shoulders = lerp(e->shoulders, reduced ? 0.5 : sin(M_PI * u), env);
        e->head_nod = lerp(e->head_nod, 0.35, env);
        break;
    case CUE_LOOK_AWAY:
        e->head_turn = lerp(e->head_turn, 0.75, env);
        e->gaze_x = lerp(e->gaze_x, 1, env);
        break;
    case CUE_NOD:
        e->head_nod = lerp(e->head_nod, reduced ? 0.5 : 0.2 + 0.55 * wave, env);
        break;
    case CUE_LEAN_IN:
        e->lean = lerp(e->lean, 0.95, env);
        break;
    case CUE_LEAN_BACK:
        e->lean = lerp(e->lean, -0.95, env);
        break;
    case CUE_SHRUG:
        e->shoulders = lerp(e->shoulders, 1, env);
        e->head_tilt = lerp(e->head_tilt, 0.4, env);
        e->arms = lerp(e->arms, 0, env);
        break;
    case CUE_TEARS:
        e->tears = lerp(e->tears, 1, env);
        e->gaze_y = lerp(e->gaze_y, 0.6, env);
        break;
    case CUE_LAUGH:
        e->head_nod = lerp(e->head_nod, -0.3 + 0.12 * wave, env);
        break;
    default:
        break;
    }
}

void avatar_cue_words(AvatarCue c, const char *name, const char *pronoun, char *buf, size_t size)
{
    bool they = !pronoun || !strcmp(pronoun, "they");
    const char *their = they ? "their" : !strcmp(pronoun, "she") ? "her" : "his";
    const char *s = they ? "" : "s";
    switch (c) {
    case CUE_ARMS_CROSSED:
        snprintf(buf, size, "%s cross%s %s arms.", name, they ? "" : "es", their);
        break;
    case CUE_EYE_ROLL:
        snprintf(buf, size, "%s roll%s %s eyes.", name, s, their);
        break;
    case CUE_SIGH:
        snprintf(buf, size, "%s sigh%s.", name, s);
        break;
    case CUE_LOOK_AWAY:
        snprintf(buf, size, "%s look%s away.", name, s);
        break;
    case CUE_NOD:
        snprintf(buf, size, "%s nod%s.", name, s);
        break;
    case CUE_SMILE:
        snprintf(buf, size, "%s smile%s.", name, s);
        break;
    case CUE_FROWN:
        snprintf(buf, size, "%s frown%s.", name, s);
        break;
    case CUE_LEAN_IN:
        snprintf(buf, size, "%s lean%s in.", name, s);
        break;
    case CUE_LEAN_BACK:
        snprintf(buf, size, "%s lean%s back.", name, s);
        break;
    case CUE_SHRUG:
        snprintf(buf, size, "%s shrug%s.", name, s);
        break;
    case CUE_TEARS:
        snprintf(buf, size, "%s %s close to tears.", name, they ? "are" : "is");
        break;
    case CUE_LAUGH:
        snprintf(buf, size, "%s laugh%s.", name, s);
        break;
    default:
        snprintf(buf, size, "%s", "");
    }
}

/* ---------------------------------------------------------------- idle life */

#define BLINK_PERIOD 4100.0
#define BLINK_MS 170.0

/* Blink k starts at k * period plus a jitter drawn from k, so blinks are irregular but a
 * frame at a given time is always the same. */
static double blink_start(long k)
{
    uint32_t h = (uint32_t)k * 2654435761u;
    h ^= h >> 15;
    return (double)k * BLINK_PERIOD + (double)(h % 1500u);
}

bool avatar_blinking(double t)
{
    long k = (long)floor(t / BLINK_PERIOD);
    for (long j = k - 1; j <= k; j++) {
        double s = blink_start(j);
        if (t >= s && t < s + BLINK_MS) return true;
    }
    return false;
}

double avatar_next_blink(double t)
{
    long k = (long)floor(t / BLINK_PERIOD);
    for (long j = k; j <= k + 2; j++)
        if (blink_start(j) > t) return blink_start(j);
    return t + BLINK_PERIOD;
}

#define GLANCE_PERIOD 5300.0
#define GLANCE_MS 1100.0

/* How far the eyes leave you during glance k at time t: 0 outside a glance. A client who
 * already avoids your eyes (gaze_x up) glances away further and more often; a warm one
 * (AU12) barely; anger (AU4 with eyes on you) holds the stare. */
static double glance(const AvatarExpr *e, double t)
{
    long k = (long)floor(t / GLANCE_PERIOD);
    uint32_t h = (uint32_t)(k + 7) * 2246822519u;
    h ^= h >> 13;
    double start = (double)k * GLANCE_PERIOD + (double)(h % 2000u);
    if (t < start || t >= start + GLANCE_MS) return 0;
    double avoid = clampd(e->gaze_x + 0.6 * e->gaze_y, 0, 1);
    double amount = 0.15 + 0.6 * avoid - 0.15 * e->au12 - 0.3 * e->au4 * (1 - e->gaze_x);
    if (amount <= 0.05) return 0;
    double u = (t - start) / GLANCE_MS;
    return amount * sin(M_PI * u) * ((h >> 4) & 1 ? 1 : -0.6);
}

#define STRESS_PERIOD 6700.0
#define STRESS_MS 1300.0

/* Small gestures under strain, every few seconds while the face shows it: anger presses the
 * lips and sets the jaw harder, sadness swallows (17) and drops the eyes, contempt gives a
 * short one-sided pull of the mouth. None when the face is calm. */
static void stress_gesture(AvatarExpr *e, double t, double motion)
{
    double anger = e->au4 * e->au23, sad = e->au1 * e->au15, scorn = e->au14_one;
    double strain = fmax(anger, fmax(sad, scorn));
    if (strain < 0.15) return;
    double k = floor(t / STRESS_PERIOD), start = k * STRESS_PERIOD + 900;
    if (t < start || t >= start + STRESS_MS) return;
    double u = sin(M_PI * (t - start) / STRESS_MS) * motion * strain;
    if (anger >= sad && anger >= scorn) {
        e->au24 += 0.6 * u;
        e->au17 += 0.4 * u;
    } else if (sad >= scorn) {
        e->au17 += 0.6 * u;
        e->gaze_y += 0.4 * u;
    } else {
        e->au14_one += 0.5 * u;
        e->au12_one += 0.3 * u;
    }
}

void avatar_idle_apply(AvatarExpr *e, double t, double motion)
{
    long k = (long)floor(t / BLINK_PERIOD);
    for (long j = k - 1; j <= k; j++) {
        double s = blink_start(j);
        if (t >= s && t < s + BLINK_MS) e->au43 += (1 - e->au43) * sin(M_PI * (t - s) / BLINK_MS);
    }
    if (motion <= 0) return;
    if (motion > 1) motion = 1;
    e->gaze_x += motion * glance(e, t);
    stress_gesture(e, t, motion);
    e->shoulders += motion * 0.05 * (1 + sin(2 * M_PI * t / 4300.0));
    e->head_tilt += motion * 0.05 * sin(2 * M_PI * t / 6100.0);
    e->head_turn += motion * 0.04 * sin(2 * M_PI * t / 7700.0 + 1.0);
    e->head_nod += motion * 0.03 * sin(2 * M_PI * t / 5300.0 + 2.0);
}

/* Is c a pause in speech: punctuation that ends a phrase. */
static bool speech_pause(char c)
{
    return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == '-';
}

void avatar_talk_apply(AvatarExpr *e, const char *line, size_t shown, double t, bool reduced)
{
    size_t len = line ? strlen(line) : 0;
    if (reduced || shown == 0 || shown >= len) return;
    /* Closed on a pause: the last two characters shown end a phrase. */
    if (speech_pause(line[shown - 1]) || (shown >= 2 && speech_pause(line[shown - 2]))) return;
    /* Syllables: about seven a second, open wider on a vowel. */
    char c = line[shown - 1];
    bool vowel = strchr("aeiouAEIOU", c) != NULL;
    double open = (vowel ? 0.32 : 0.2) * fabs(sin(M_PI * t / 140.0));
    e->au26 = fmax(e->au26, open);
    e->au24 *= 0.3; /* pressed lips part to speak */
}

/* ---------------------------------------------------------------- animator */

static double ease(double u)
{
    u = clampd(u, 0, 1);
    return u < 0.5 ? 4 * u * u * u : 1 - pow(-2 * u + 2, 3) / 2;
}

void avatar_init(Avatar *a, const AvatarExpr *start, bool reduced_motion)
{
    memset(a, 0, sizeof *a);
    a->from = a->to = *start;
    a->t_change = -1e9;
    a->reduced_motion = reduced_motion;
}

static void base_pose(const Avatar *a, double now, AvatarExpr *out)
{
    double u = a->reduced_motion ? 1 : ease((now - a->t_change) / AVATAR_EASE_MS);
    for (int i = 0; i < AVATAR_NCHANNELS; i++)
        *avatar_channel(out, i) = lerp(*avatar_channel((AvatarExpr *)&a->from, i),
                                       *avatar_channel((AvatarExpr *)&a->to, i), u);
}

void avatar_retarget(Avatar *a, const AvatarExpr *target, double now)
{
    /* Start from the pose on screen, cues included, and drop the cues: a held posture eases
     * out instead of snapping back. */
    AvatarExpr cur;
    avatar_pose(a, now, -1, &cur);
    a->ncues = 0;
    a->from = cur;
    a->to = *target;
    a->t_change = now;
}

bool avatar_cue_is_posture(AvatarCue c)
{
    return c == CUE_ARMS_CROSSED || c == CUE_LOOK_AWAY || c == CUE_LEAN_IN || c == CUE_LEAN_BACK;
}

void avatar_hold_cue(Avatar *a, AvatarCue c, double start)
{
    avatar_play_cue(a, c, start);
    if (c != CUE_NONE && avatar_cue_is_posture(c)) a->cues[a->ncues - 1].hold = true;
}

void avatar_play_cue(Avatar *a, AvatarCue c, double start)
{
    if (c == CUE_NONE) return;
    if (a->ncues == AVATAR_MAX_CUES) {
        memmove(&a->cues[0], &a->cues[1], sizeof a->cues[0] * (AVATAR_MAX_CUES - 1));
        a->ncues--;
    }
    a->cues[a->ncues].cue = c;
    a->cues[a->ncues].start = start;
    a->cues[a->ncues].hold = false;
    a->ncues++;
}

void avatar_pose(const Avatar *a, double now, double idle, AvatarExpr *out)
{
    base_pose(a, now, out);
    for (int i = 0; i < a->ncues; i++) {
        double t = now - a->cues[i].start, mid = avatar_cue_duration(a->cues[i].cue) / 2;
        if (a->cues[i].hold && t > mid) t = mid;
        avatar_cue_apply(out, a->cues[i].cue, t, a->reduced_motion);
    }
    if (idle >= 0 && !a->reduced_motion) avatar_idle_apply(out, now, idle);
    avatar_clamp(out);
}

bool avatar_moving(const Avatar *a, double now)
{
    if (!a->reduced_motion && now - a->t_change < AVATAR_EASE_MS) return true;
    for (int i = 0; i < a->ncues; i++) {
        double t = now - a->cues[i].start;
        double end = a->cues[i].hold ? avatar_cue_duration(a->cues[i].cue) / 2
                                     : avatar_cue_duration(a->cues[i].cue);
        if (t >= 0 && t < end) return true;
        /* A queued cue that has not begun is a change to come: keep the clock running. */
        if (t < 0) return true;
    }
    return false;
}

double avatar_cues_end(const Avatar *a, double now)
{
    double end = now;
    for (int i = 0; i < a->ncues; i++) {
        double e =
            a->cues[i].start + avatar_cue_duration(a->cues[i].cue) / (a->cues[i].hold ? 2 : 1);
        if (e > end) end = e;
    }
    return end;
}

/* ---------------------------------------------------------------- captions */

static int arms_level(double a)
{
    return a < 0.5 ? 0 : a < 1.5 ? 1 : 2;
}

static int tri_level(double x, double lo, double hi)
{
    return x < lo ? -1 : x > hi ? 1 : 0;
}

typedef struct Phrases {
    char list[12][96];
    int n;
} Phrases;

static void add(Phrases *p, bool they, const char *their, const char *sing, const char *plur)
{
    if (p->n >= 12) return;
    const char *fmt = they ? plur : sing;
    snprintf(p->list[p->n++], sizeof p->list[0], fmt, their, their); /* some use it twice */
}

/* Each phrase: a feature's level before and after, in words both ways. */
static void describe_body(Phrases *p, const AvatarExpr *b, const AvatarExpr *a, bool they,
                          const char *their)
{
    int ab = arms_level(b->arms), aa = arms_level(a->arms);
    if (aa == 2 && ab != 2)
        add(p, they, their, "crosses %s arms", "cross %s arms");
    else if (ab == 2 && aa == 0)
        add(p, they, their, "uncrosses %s arms and opens %s hands",
            "uncross %s arms and open %s hands");
    else if (ab == 2 && aa == 1)
        add(p, they, their, "uncrosses %s arms", "uncross %s arms");
    else if (ab == 0 && aa == 1)
        add(p, they, their, "folds %s hands", "fold %s hands");
    else if (ab == 1 && aa == 0)
        add(p, they, their, "opens %s hands on the table", "open %s hands on the table");
    int lb = tri_level(b->lean, -0.35, 0.35), la = tri_level(a->lean, -0.35, 0.35);
    if (la > lb)
        add(p, they, their, la == 1 ? "leans in" : "comes forward a little",
            la == 1 ? "lean in" : "come forward a little");
    else if (la < lb)
        add(p, they, their, la == -1 ? "leans back" : "sits back a little",
            la == -1 ? "lean back" : "sit back a little");
    if (a->shoulders_in > 0.5 && b->shoulders_in <= 0.5)
        add(p, they, their, "hunches %s shoulders", "hunch %s shoulders");
    else if (b->shoulders_in > 0.5 && a->shoulders_in <= 0.5)
        add(p, they, their, "straightens up", "straighten up");
    if (a->self_touch > 0.5 && b->self_touch <= 0.5)
        add(p, they, their, "holds %s own arm", "hold their own arms");
    if (a->point > 0.5 && b->point <= 0.5)
        add(p, they, their, "points at you", "point at you");
    else if (b->point > 0.5 && a->point <= 0.5)
        add(p, they, their, "lowers %s hand", "lower %s hands");
    if (a->check_watch > 0.5 && b->check_watch <= 0.5)
        add(p, they, their, "checks %s watch", "check %s watches");
}

static void describe_face(Phrases *p, const AvatarExpr *b, const AvatarExpr *a, bool they,
                          const char *their)
{
    bool gb = b->gaze_x > 0.4 || b->gaze_y > 0.5, ga = a->gaze_x > 0.4 || a->gaze_y > 0.5;
    if (ga && !gb)
        add(p, they, their, a->gaze_y > 0.5 ? "looks down" : "looks away",
            a->gaze_y > 0.5 ? "look down" : "look away");
    else if (gb && !ga)
        add(p, they, their, "meets your eyes", "meet your eyes");
    if (a->au12 > 0.35 && b->au12 <= 0.35)
        add(p, they, their, "smiles", "smile");
    else if (b->au12 > 0.35 && a->au12 <= 0.35)
        add(p, they, their, "stops smiling", "stop smiling");
    double cb = b->au12_one + b->au14_one, ca = a->au12_one + a->au14_one;
    if (ca > 0.7 && cb <= 0.7)
        add(p, they, their, "smirks", "smirk");
    else if (cb > 0.7 && ca <= 0.7)
        add(p, they, their, "stops smirking", "stop smirking");
    if (a->au4 > 0.45 && b->au4 <= 0.45)
        add(p, they, their, "frowns", "frown");
    else if (b->au4 > 0.45 && a->au4 <= 0.45)
        add(p, they, their, "stops frowning", "stop frowning");
    if (a->au15 > 0.45 && b->au15 <= 0.45) add(p, they, their, "looks hurt", "look hurt");
    if (a->au2_one > 0.45 && b->au2_one <= 0.45)
        add(p, they, their, "raises an eyebrow", "raise an eyebrow");
    bool tb = b->au23 > 0.55, ta = a->au23 > 0.55;
    if (ta && !tb)
        add(p, they, their, "sets %s jaw", "set %s jaws");
    else if (tb && !ta)
        add(p, they, their, "loosens %s jaw", "loosen %s jaws");
    else if (!ta && a->au24 > 0.4 && b->au24 <= 0.4)
        add(p, they, their, "presses %s lips together", "press their lips together");
    bool fb = b->flush > 0.35, fa = a->flush > 0.35;
    if (fa && !fb)
        add(p, they, their, "flushes", "flush");
    else if (fb && !fa)
        add(p, they, their, "loses the flush in %s face", "lose the flush in their faces");
}

void avatar_describe_change(const AvatarExpr *b, const AvatarExpr *a, const char *pronoun,
                            char *buf, size_t size)
{
    bool they = !pronoun || !strcmp(pronoun, "they");
    const char *their = they ? "their" : !strcmp(pronoun, "she") ? "her" : "his";
    Phrases p = {.n = 0};
    describe_body(&p, b, a, they, their);
    describe_face(&p, b, a, they, their);
    size_t len = 0;
    buf[0] = '\0';
    for (int i = 0; i < p.n && len < size; i++) {
        const char *sep = i == 0 ? "" : i == p.n - 1 ? " and " : ", ";
        int w = snprintf(buf + len, size - len, "%s%s", sep, p.list[i]);
        if (w < 0) break;
        len += (size_t)w;
    }
}
