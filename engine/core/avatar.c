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
    "brow_height", "brow_angle",    "skeptic",    "eye_open",     "gaze_x",     "gaze_y",
    "mouth_curve", "mouth_tension", "mouth_open", "head_tilt",    "head_turn",  "head_nod",
    "lean",        "arms",          "shoulders",  "shoulders_in", "self_touch", "point",
    "check_watch", "flush",         "tears",
};

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
    *lo = -1;
    *hi = 1;
    if (!n) return;
    if (!strcmp(n, "skeptic") || !strcmp(n, "mouth_tension") || !strcmp(n, "mouth_open") ||
        !strcmp(n, "shoulders") || !strcmp(n, "shoulders_in") || !strcmp(n, "self_touch") ||
        !strcmp(n, "point") || !strcmp(n, "check_watch") || !strcmp(n, "flush") ||
        !strcmp(n, "tears"))
        *lo = 0;
    else if (!strcmp(n, "eye_open"))
        *lo = 0, *hi = 1.3;
    else if (!strcmp(n, "arms"))
        *lo = 0, *hi = 2;
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

/* ---------------------------------------------------------------- state -> expression */

static double var_or(const Scenario *sc, const double *state, const char *name, double dflt)
{
    int v = layout_find(&sc->layout, name);
    return v >= 0 ? state[v] : dflt;
}

void avatar_inputs(const Scenario *sc, const double *state, AvatarInputs *in)
{
    in->discord = var_or(sc, state, "discord", 10);
    in->rapport = var_or(sc, state, "rapport", 40);
    in->reactance = var_or(sc, state, "reactance", 10);
    in->credibility = var_or(sc, state, "credibility", 50);
    in->resistance = sc->var_resistance >= 0 ? state[sc->var_resistance] : 20;
    in->band = sc->var_resistance >= 0 ? band_of(sc, in->resistance) : -1;
}

void avatar_neutral(AvatarExpr *out)
{
    memset(out, 0, sizeof *out);
    out->eye_open = 1;
    out->arms = 1;
}

/* 0 below lo, 1 above hi, smooth between. */
static double ramp(double x, double lo, double hi)
{
    double u = (x - lo) / (hi - lo);
    u = u < 0 ? 0 : u > 1 ? 1 : u;
    return u * u * (3 - 2 * u);
}

void avatar_target(const AvatarInputs *in, AvatarExpr *e)
{
    double D = in->discord / 100, P = in->rapport / 100, X = in->reactance / 100;
    double C = in->credibility / 100, R = in->resistance / 100;
    avatar_neutral(e);
    /* Discord lowers and knits the brows; rapport lifts them a little (resistance-model.md
     * section 2: "lowered brows" for discord, "eye contact, softer mouth" for rapport). */
    e->brow_height = 0.15 + 0.6 * (P - 0.4) - 1.3 * pos(D - 0.2);
    e->brow_angle = 0.15 - 1.5 * pos(D - 0.2) - 0.6 * pos(X - 0.25);
    /* Low credibility shows as doubt: one brow up. */
    e->skeptic = 2.5 * pos(0.42 - C);
    e->eye_open = 1.0 + 0.15 * (P - 0.4) - 0.5 * pos(D - 0.3) - 0.25 * pos(X - 0.3);
    /* Eye contact follows rapport: below about 40 the client looks past you. */
    double avert = clampd((0.42 - P) * 3.0, 0, 1) * 0.6 + 0.4 * pos(D - 0.6) / 0.4;
    e->gaze_x = clampd(avert, 0, 1);
    e->gaze_y = 0.25 * e->gaze_x;
    e->head_turn = 0.45 * e->gaze_x;
    e->mouth_curve = 2.0 * (P - 0.35) - 1.4 * pos(D - 0.3) - 0.4 * pos(0.4 - C);
    /* Reactance: tight jaw and flushed skin. */
    e->mouth_tension = 1.3 * pos(X - 0.2) + 0.7 * pos(D - 0.4);
    e->flush = 1.6 * pos(X - 0.3) + 0.3 * pos(D - 0.6);
    /* Rapport draws the client toward you, discord pushes them back. */
    e->lean = 1.6 * (P - 0.4) - 1.8 * pos(D - 0.25) - 0.6 * pos(R - 0.5);
    e->head_tilt = 0.5 * pos(P - 0.5) - 0.2 * pos(D - 0.5);
    e->head_nod = -0.7 * pos(D - 0.45) - 0.4 * pos(0.35 - C);
    /* Posture follows the resistance band: open hands below 25, folded through guarded,
     * crossed from resistant on. */
    e->arms = ramp(R, 0.17, 0.28) + ramp(R, 0.44, 0.52) + 0.5 * ramp(D, 0.6, 0.8);
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

void avatar_cue_apply(AvatarExpr *e, AvatarCue c, double t, bool reduced)
{
    double dur = avatar_cue_duration(c);
    if (dur <= 0 || t < 0 || t >= dur) return;
    double u = t / dur;
    /* In fast, hold, out slowly: the cue reads as a gesture, not a jump. */
    double env = reduced ? 1 : smooth(t / 180.0) * smooth((dur - t) / 320.0);
    double wave = reduced ? 0 : sin(2 * M_PI * 2 * u);
    switch (c) {
    case CUE_ARMS_CROSSED:
        e->arms = lerp(e->arms, 2, env);
        break;
    case CUE_EYE_ROLL:
        e->gaze_y = lerp(e->gaze_y, -1, env);
        e->gaze_x = lerp(e->gaze_x, reduced ? 0.4 : 0.8 * sin(M_PI * u), env);
        e->brow_height = lerp(e->brow_height, 0.5, env);
        e->head_tilt = lerp(e->head_tilt, 0.35, env);
        e->mouth_curve = lerp(e->mouth_curve, -0.4, env);
        break;
    case CUE_SIGH:
        e->shoulders = lerp(e->shoulders, reduced ? 0.5 : sin(M_PI * u), env);
        e->eye_open = lerp(e->eye_open, 0.45, env);
        e->mouth_open = lerp(e->mouth_open, 0.25, env);
        e->head_nod = lerp(e->head_nod, 0.35, env);
        break;
    case CUE_LOOK_AWAY:
        e->head_turn = lerp(e->head_turn, 0.75, env);
        e->gaze_x = lerp(e->gaze_x, 1, env);
        break;
    case CUE_NOD:
        e->head_nod = lerp(e->head_nod, reduced ? 0.5 : 0.2 + 0.55 * wave, env);
        break;
    case CUE_SMILE:
        e->mouth_curve = lerp(e->mouth_curve, 0.95, env);
        e->mouth_tension = lerp(e->mouth_tension, 0, env);
        e->eye_open = lerp(e->eye_open, 0.85, env);
        e->brow_height = lerp(e->brow_height, 0.3, env);
        break;
    case CUE_FROWN:
        e->mouth_curve = lerp(e->mouth_curve, -0.85, env);
        e->brow_angle = lerp(e->brow_angle, -0.8, env);
        e->brow_height = lerp(e->brow_height, -0.6, env);
        break;
    case CUE_LEAN_IN:
        e->lean = lerp(e->lean, 0.95, env);
        break;
    case CUE_LEAN_BACK:
        e->lean = lerp(e->lean, -0.95, env);
        break;
    case CUE_SHRUG:
        e->shoulders = lerp(e->shoulders, 1, env);
        e->brow_height = lerp(e->brow_height, 0.7, env);
        e->mouth_curve = lerp(e->mouth_curve, -0.35, env);
        e->head_tilt = lerp(e->head_tilt, 0.4, env);
        e->arms = lerp(e->arms, 0, env);
        break;
    case CUE_TEARS:
        e->tears = lerp(e->tears, 1, env);
        e->brow_angle = lerp(e->brow_angle, 0.95, env);
        e->brow_height = lerp(e->brow_height, 0.2, env);
        e->mouth_curve = lerp(e->mouth_curve, -0.55, env);
        e->eye_open = lerp(e->eye_open, 0.75, env);
        e->gaze_y = lerp(e->gaze_y, 0.6, env);
        break;
    case CUE_LAUGH:
        e->mouth_open = lerp(e->mouth_open, reduced ? 0.6 : 0.6 + 0.2 * wave, env);
        e->mouth_curve = lerp(e->mouth_curve, 1, env);
        e->mouth_tension = lerp(e->mouth_tension, 0, env);
        e->eye_open = lerp(e->eye_open, 0.55, env);
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

void avatar_idle_apply(AvatarExpr *e, double t, double motion)
{
    long k = (long)floor(t / BLINK_PERIOD);
    for (long j = k - 1; j <= k; j++) {
        double s = blink_start(j);
        if (t >= s && t < s + BLINK_MS) e->eye_open *= 1 - sin(M_PI * (t - s) / BLINK_MS);
    }
    if (motion <= 0) return;
    if (motion > 1) motion = 1;
    e->shoulders += motion * 0.05 * (1 + sin(2 * M_PI * t / 4300.0));
    e->head_tilt += motion * 0.05 * sin(2 * M_PI * t / 6100.0);
    e->head_turn += motion * 0.04 * sin(2 * M_PI * t / 7700.0 + 1.0);
    e->head_nod += motion * 0.03 * sin(2 * M_PI * t / 5300.0 + 2.0);
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
    char list[8][96];
    int n;
} Phrases;

static void add(Phrases *p, bool they, const char *their, const char *sing, const char *plur)
{
    if (p->n >= 8) return;
    const char *fmt = they ? plur : sing;
    snprintf(p->list[p->n++], sizeof p->list[0], fmt, their, their); /* some use it twice */
}

void avatar_describe_change(const AvatarExpr *b, const AvatarExpr *a, const char *pronoun,
                            char *buf, size_t size)
{
    bool they = !pronoun || !strcmp(pronoun, "they");
    const char *their = they ? "their" : !strcmp(pronoun, "she") ? "her" : "his";
    Phrases p = {.n = 0};
    int ab = arms_level(b->arms), aa = arms_level(a->arms);
    if (aa == 2 && ab != 2)
        add(&p, they, their, "crosses %s arms", "cross %s arms");
    else if (ab == 2 && aa == 0)
        add(&p, they, their, "uncrosses %s arms and opens %s hands",
            "uncross %s arms and open %s hands");
    else if (ab == 2 && aa == 1)
        add(&p, they, their, "uncrosses %s arms", "uncross %s arms");
    else if (ab == 0 && aa == 1)
        add(&p, they, their, "folds %s hands", "fold %s hands");
    else if (ab == 1 && aa == 0)
        add(&p, they, their, "opens %s hands on the table", "open %s hands on the table");
    int lb = tri_level(b->lean, -0.35, 0.35), la = tri_level(a->lean, -0.35, 0.35);
    if (la > lb)
        add(&p, they, their, la == 1 ? "leans in" : "comes forward a little",
            la == 1 ? "lean in" : "come forward a little");
    else if (la < lb)
        add(&p, they, their, la == -1 ? "leans back" : "sits back a little",
            la == -1 ? "lean back" : "sit back a little");
    bool gb = b->gaze_x > 0.4, ga = a->gaze_x > 0.4;
    if (ga && !gb)
        add(&p, they, their, "looks away", "look away");
    else if (gb && !ga)
        add(&p, they, their, "meets your eyes", "meet your eyes");
    int mb = tri_level(b->mouth_curve, -0.3, 0.3), ma = tri_level(a->mouth_curve, -0.3, 0.3);
    if (ma > mb)
        add(&p, they, their, ma == 1 ? "smiles" : "stops frowning",
            ma == 1 ? "smile" : "stop frowning");
    else if (ma < mb)
        add(&p, they, their, ma == -1 ? "frowns" : "stops smiling",
            ma == -1 ? "frown" : "stop smiling");
    int bb = tri_level(b->brow_height, -0.35, 0.35), ba = tri_level(a->brow_height, -0.35, 0.35);
    if (ba == -1 && bb != -1)
        add(&p, they, their, "lowers %s brows", "lower %s brows");
    else if (bb == -1 && ba != -1)
        add(&p, they, their, "unknits %s brow", "unknit %s brows");
    bool tb = b->mouth_tension > 0.6, ta = a->mouth_tension > 0.6;
    if (ta && !tb)
        add(&p, they, their, "sets %s jaw", "set %s jaws");
    else if (tb && !ta)
        add(&p, they, their, "loosens %s jaw", "loosen %s jaws");
    bool fb = b->flush > 0.35, fa = a->flush > 0.35;
    if (fa && !fb)
        add(&p, they, their, "flushes", "flush");
    else if (fb && !fa)
        add(&p, they, their, "loses the flush in %s face", "lose the flush in their faces");
    size_t len = 0;
    buf[0] = '\0';
    for (int i = 0; i < p.n && len < size; i++) {
        const char *sep = i == 0 ? "" : i == p.n - 1 ? " and " : ", ";
        int w = snprintf(buf + len, size - len, "%s%s", sep, p.list[i]);
        if (w < 0) break;
        len += (size_t)w;
    }
}
