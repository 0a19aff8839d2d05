/* avatar: expression channels from state, cues, idle life, easing, change captions and the
 * figure's triangle mesh. Plain C and libm only: the SDL front end draws the mesh as is. */
#include "avatar.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

/* ---------------------------------------------------------------- channels */

static const char *const channel_names[] = {
    "brow_height", "brow_angle",    "skeptic",    "eye_open",  "gaze_x",    "gaze_y",
    "mouth_curve", "mouth_tension", "mouth_open", "head_tilt", "head_turn", "head_nod",
    "lean",        "arms",          "shoulders",  "flush",     "tears",
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
        !strcmp(n, "shoulders") || !strcmp(n, "flush") || !strcmp(n, "tears"))
        *lo = 0;
    else if (!strcmp(n, "eye_open"))
        *lo = 0, *hi = 1.3;
    else if (!strcmp(n, "arms"))
        *lo = 0, *hi = 2;
}

static double clampd(double x, double lo, double hi)
{
    return x < lo ? lo : x > hi ? hi : x;
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

static double pos(double x)
{
    return x > 0 ? x : 0;
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

static double lerp(double a, double b, double t)
{
    return a + (b - a) * t;
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

/* ---------------------------------------------------------------- colours and look */

bool avatar_parse_color(const char *text, AvatarColor *out)
{
    if (!text || text[0] != '#' || strlen(text) != 7) return false;
    unsigned v = 0;
    for (int i = 1; i < 7; i++) {
        char ch = text[i];
        int d = ch >= '0' && ch <= '9'   ? ch - '0'
                : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10
                : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10
                                         : -1;
        if (d < 0) return false;
        v = v * 16 + (unsigned)d;
    }
    out->r = (uint8_t)(v >> 16);
    out->g = (uint8_t)(v >> 8);
    out->b = (uint8_t)v;
    out->a = 255;
    return true;
}

static AvatarColor rgb(int r, int g, int b)
{
    return (AvatarColor){(uint8_t)r, (uint8_t)g, (uint8_t)b, 255};
}

void avatar_look(const Scenario *sc, AvatarLook *look)
{
    look->skin = rgb(0xd8, 0xa4, 0x7f);
    look->hair = rgb(0x3a, 0x2a, 0x20);
    look->top = rgb(0x4a, 0x6a, 0x8a);
    look->table = rgb(0x6e, 0x5a, 0x48);
    look->style = 2;
    if (!sc) return;
    avatar_parse_color(sc->look.skin, &look->skin);
    avatar_parse_color(sc->look.hair, &look->hair);
    avatar_parse_color(sc->look.top, &look->top);
    if (sc->pronoun)
        look->style = !strcmp(sc->pronoun, "she") ? 1 : !strcmp(sc->pronoun, "he") ? 0 : 2;
}

static AvatarColor mix(AvatarColor a, AvatarColor b, double t)
{
    t = clampd(t, 0, 1);
    return (AvatarColor){(uint8_t)lround(lerp(a.r, b.r, t)), (uint8_t)lround(lerp(a.g, b.g, t)),
                         (uint8_t)lround(lerp(a.b, b.b, t)), (uint8_t)lround(lerp(a.a, b.a, t))};
}

static AvatarColor shade(AvatarColor c, double f)
{
    return mix(c, f < 1 ? rgb(0, 0, 0) : rgb(255, 255, 255), f < 1 ? 1 - f : f - 1);
}

static AvatarColor alpha(AvatarColor c, double a)
{
    c.a = (uint8_t)lround(clampd(a, 0, 1) * 255);
    return c;
}

/* ---------------------------------------------------------------- mesh */

typedef struct Aff {
    double a, b, c, d, e, f; /* x' = a x + b y + e, y' = c x + d y + f */
} Aff;

static Aff aff_mul(Aff p, Aff q) /* p after q */
{
    return (Aff){p.a * q.a + p.b * q.c, p.a * q.b + p.b * q.d,       p.c * q.a + p.d * q.c,
                 p.c * q.b + p.d * q.d, p.a * q.e + p.b * q.f + p.e, p.c * q.e + p.d * q.f + p.f};
}

static Aff aff_move(double x, double y)
{
    return (Aff){1, 0, 0, 1, x, y};
}

static Aff aff_scale_at(double s, double px, double py)
{
    return (Aff){s, 0, 0, s, px - s * px, py - s * py};
}

static Aff aff_rotate_at(double r, double px, double py)
{
    double c = cos(r), s = sin(r);
    return (Aff){c, -s, s, c, px - c * px + s * py, py - s * px - c * py};
}

typedef struct Pt {
    double x, y;
} Pt;

typedef struct Build {
    AvatarMesh *m;
    Aff xf;
    double fw; /* one screen pixel in design units: the width of the feathered edges */
} Build;

void avatar_mesh_init(AvatarMesh *m)
{
    memset(m, 0, sizeof *m);
}

void avatar_mesh_free(AvatarMesh *m)
{
    free(m->v);
    memset(m, 0, sizeof *m);
}

static void put(Build *b, Pt p, AvatarColor c)
{
    AvatarMesh *m = b->m;
    if (m->failed) return;
    if (m->count == m->cap) {
        int cap = m->cap ? m->cap * 2 : 4096;
        AvatarVertex *v = realloc(m->v, sizeof *v * (size_t)cap);
        if (!v) {
            m->failed = true;
            return;
        }
        m->v = v;
        m->cap = cap;
    }
    const Aff *x = &b->xf;
    m->v[m->count++] = (AvatarVertex){(float)(x->a * p.x + x->b * p.y + x->e),
                                      (float)(x->c * p.x + x->d * p.y + x->f), c};
}

static AvatarPoint mark(const Build *b, Pt p)
{
    const Aff *x = &b->xf;
    return (AvatarPoint){(float)(x->a * p.x + x->b * p.y + x->e),
                         (float)(x->c * p.x + x->d * p.y + x->f)};
}

static void tri(Build *b, Pt p, Pt q, Pt r, AvatarColor c)
{
    put(b, p, c);
    put(b, q, c);
    put(b, r, c);
}

static void quad(Build *b, Pt p, Pt q, Pt r, Pt s, AvatarColor c)
{
    tri(b, p, q, r, c);
    tri(b, p, r, s, c);
}

/* A strip along an edge that fades to transparent over one screen pixel: smooth edges
 * without multisampling, since every renderer interpolates vertex colours. */
static void feather(Build *b, Pt in0, Pt in1, Pt out0, Pt out1, AvatarColor c)
{
    AvatarColor t = c;
    t.a = 0;
    put(b, in0, c);
    put(b, in1, c);
    put(b, out1, t);
    put(b, in0, c);
    put(b, out1, t);
    put(b, out0, t);
}

static void ellipse(Build *b, double cx, double cy, double rx, double ry, AvatarColor c)
{
    /* As many segments as the size on screen needs: a pupil is a few pixels across, a head a
     * hundred; small triangles cost a software rasterizer as much as big ones. */
    double px = (rx > ry ? rx : ry) / (b->fw > 0 ? b->fw : 1);
    int n = px < 16 ? 12 : px < 48 ? 24 : 40;
    double f = b->fw;
    Pt ctr = {cx, cy}, prev = {cx + rx, cy}, prev_o = {cx + rx + f, cy};
    for (int i = 1; i <= n; i++) {
        double th = 2 * M_PI * i / n;
        Pt p = {cx + rx * cos(th), cy + ry * sin(th)};
        Pt po = {cx + (rx + f) * cos(th), cy + (ry + f) * sin(th)};
        tri(b, ctr, prev, p, c);
        if (f > 0) feather(b, prev, p, prev_o, po, c);
        prev = p;
        prev_o = po;
    }
}

/* A convex polygon, as a fan from its first point. */
static void poly(Build *b, const Pt *p, int n, AvatarColor c)
{
    for (int i = 1; i + 1 < n; i++)
        tri(b, p[0], p[i], p[i + 1], c);
}

/* A stroke along a polyline whose width goes from w_end at the ends to w_mid in the middle. */
static void stroke(Build *b, const Pt *p, int n, double w_mid, double w_end, AvatarColor c)
{
    Pt l_prev = {0, 0}, r_prev = {0, 0}, lo_prev = {0, 0}, ro_prev = {0, 0};
    for (int i = 0; i < n; i++) {
        Pt d0 = i > 0 ? (Pt){p[i].x - p[i - 1].x, p[i].y - p[i - 1].y} : (Pt){0, 0};
        Pt d1 = i + 1 < n ? (Pt){p[i + 1].x - p[i].x, p[i + 1].y - p[i].y} : (Pt){0, 0};
        double l0 = hypot(d0.x, d0.y), l1 = hypot(d1.x, d1.y);
        Pt d = {(l0 > 0 ? d0.x / l0 : 0) + (l1 > 0 ? d1.x / l1 : 0),
                (l0 > 0 ? d0.y / l0 : 0) + (l1 > 0 ? d1.y / l1 : 0)};
        double l = hypot(d.x, d.y);
        if (l == 0) l = 1, d = (Pt){1, 0};
        double u = n > 1 ? (double)i / (n - 1) : 0.5;
        double w = lerp(w_end, w_mid, sin(M_PI * u)) / 2;
        Pt un = {-d.y / l, d.x / l};
        Pt lp = {p[i].x + un.x * w, p[i].y + un.y * w}, rp = {p[i].x - un.x * w, p[i].y - un.y * w};
        double wo = w + b->fw;
        Pt lo = {p[i].x + un.x * wo, p[i].y + un.y * wo},
           ro = {p[i].x - un.x * wo, p[i].y - un.y * wo};
        if (i > 0) {
            quad(b, l_prev, lp, rp, r_prev, c);
            if (b->fw > 0) {
                feather(b, l_prev, lp, lo_prev, lo, c);
                feather(b, r_prev, rp, ro_prev, ro, c);
            }
        }
        l_prev = lp;
        r_prev = rp;
        lo_prev = lo;
        ro_prev = ro;
    }
}

/* A polygon given as a centre and its outline, which closes back to its first point. */
static void fan(Build *b, const Pt *p, int n, AvatarColor c)
{
    for (int i = 1; i < n; i++) {
        Pt q0 = p[i], q1 = p[i + 1 < n ? i + 1 : 1];
        tri(b, p[0], q0, q1, c);
        if (b->fw <= 0) continue;
        /* Feather outward, away from the centre. */
        double l0 = hypot(q0.x - p[0].x, q0.y - p[0].y), l1 = hypot(q1.x - p[0].x, q1.y - p[0].y);
        if (l0 <= 0 || l1 <= 0) continue;
        Pt o0 = {q0.x + (q0.x - p[0].x) / l0 * b->fw, q0.y + (q0.y - p[0].y) / l0 * b->fw};
        Pt o1 = {q1.x + (q1.x - p[0].x) / l1 * b->fw, q1.y + (q1.y - p[0].y) / l1 * b->fw};
        feather(b, q0, q1, o0, o1, c);
    }
}

/* A thick segment with round ends: limbs. */
static void limb(Build *b, Pt p, Pt q, double w, AvatarColor c)
{
    Pt pts[2] = {p, q};
    stroke(b, pts, 2, w, w, c);
    ellipse(b, p.x, p.y, w / 2, w / 2, c);
    ellipse(b, q.x, q.y, w / 2, w / 2, c);
}

static void bezier(Pt a, Pt ctl, Pt z, Pt *out, int n)
{
    for (int i = 0; i < n; i++) {
        double t = (double)i / (n - 1), s = 1 - t;
        out[i] = (Pt){s * s * a.x + 2 * s * t * ctl.x + t * t * z.x,
                      s * s * a.y + 2 * s * t * ctl.y + t * t * z.y};
    }
}

/* The region between two curves of n points each. */
static void band(Build *b, const Pt *top, const Pt *bot, int n, AvatarColor c)
{
    for (int i = 0; i + 1 < n; i++)
        quad(b, top[i], top[i + 1], bot[i + 1], bot[i], c);
}

static Pt lerp_pt(Pt a, Pt b, double t)
{
    return (Pt){lerp(a.x, b.x, t), lerp(a.y, b.y, t)};
}

/* Arm keyframes for one side (s = -1 the viewer's left): open, folded, crossed. */
static void arm_pose(double arms, int s, double shrug, Pt *sh, Pt *el, Pt *hand)
{
    Pt E[3] = {{500 + s * 262, 842}, {500 + s * 240, 850}, {500 + s * 212, 790}};
    Pt H[3] = {{500 + s * 178, 908}, {500 + s * 38, 902}, {500 - s * 150, 712}};
    int k = arms < 1 ? 0 : 1;
    double t = arms - k;
    *sh = (Pt){500 + s * 188, 628 - 34 * shrug};
    *el = lerp_pt(E[k], E[k + 1], t);
    *hand = lerp_pt(H[k], H[k + 1], t);
}

static void draw_eye(Build *b, const AvatarExpr *e, const AvatarLook *lk, AvatarColor skin,
                     double ex, double ey, int side)
{
    double open = e->eye_open;
    double ry = 14 * open;
    if (side < 0)
        b->m->marks.eye_left = mark(b, (Pt){ex, ey});
    else
        b->m->marks.eye_right = mark(b, (Pt){ex, ey});
    b->m->marks.eye_height = (float)(2 * ry * b->m->marks.scale);
    if (open < 0.3) {
        if (side < 0)
            b->m->marks.iris_left = mark(b, (Pt){ex, ey});
        else
            b->m->marks.iris_right = mark(b, (Pt){ex, ey});
    }
    AvatarColor lid = shade(skin, 0.55), line = shade(lk->hair, 0.7);
    if (open < 0.3) {
        Pt pts[5];
        bezier((Pt){ex - 27, ey}, (Pt){ex, ey + 6}, (Pt){ex + 27, ey}, pts, 5);
        stroke(b, pts, 5, 5, 3, line);
        return;
    }
    ellipse(b, ex, ey, 27, ry, rgb(246, 244, 240));
    double ir = fmin(11.5, ry * 0.95);
    double ix = ex + e->gaze_x * 12, iy = ey + e->gaze_y * 6 * open;
    AvatarMarks *mk = &b->m->marks;
    if (side < 0)
        mk->iris_left = mark(b, (Pt){ix, iy});
    else
        mk->iris_right = mark(b, (Pt){ix, iy});
    ellipse(b, ix, iy, ir, ir, rgb(70, 52, 40));
    ellipse(b, ix, iy, ir * 0.5, ir * 0.5, rgb(15, 12, 10));
    ellipse(b, ix + ir * 0.35, iy - ir * 0.35, ir * 0.18, ir * 0.18, rgb(255, 255, 255));
    /* Upper lid: a crescent of skin over the top of the eye when the eye narrows. */
    Pt top[12], lidl[12];
    for (int i = 0; i < 12; i++) {
        double th = M_PI + M_PI * i / 11;
        top[i] = (Pt){ex + 29 * cos(th), ey + (ry + 3) * sin(th) - 1};
        lidl[i] = (Pt){ex + 29 * cos(th), ey + ry * sin(th)};
    }
    stroke(b, lidl, 12, 4.5, 2.5, lid);
    (void)top;
}

int avatar_build(AvatarMesh *m, const AvatarExpr *e_in, const AvatarLook *lk, float x, float y,
                 float w, float h)
{
    AvatarExpr ev = *e_in, *e = &ev;
    avatar_clamp(e);
    m->count = 0;
    m->failed = false;
    /* Frame the figure from just above the hair to the table, wide enough for open arms:
     * the design window (180, 100)-(820, 1000), scaled to fit and centred. */
    double s = fmin(w / 640.0, h / 900.0);
    Aff screen =
        aff_mul(aff_move(x + w / 2.0 - 500 * s, y + h / 2.0 - 550 * s), (Aff){s, 0, 0, s, 0, 0});
    /* Leaning toward you: the whole figure grows and drops a little, pivoting at the table. */
    Aff body = aff_mul(
        screen, aff_mul(aff_move(0, 40 * e->lean), aff_scale_at(1 + 0.09 * e->lean, 500, 880)));
    Aff head = aff_mul(body, aff_mul(aff_rotate_at(0.2 * e->head_tilt, 500, 540),
                                     aff_move(14 * e->head_turn, 10 * e->head_nod)));
    Aff face = aff_mul(head, aff_move(34 * e->head_turn, 18 * e->head_nod));
    Build b = {m, body, 0};
    memset(&m->marks, 0, sizeof m->marks);
    m->marks.scale = (float)(s * (1 + 0.09 * e->lean));
    b.fw = m->marks.scale > 0 ? 1.0 / m->marks.scale : 0;

    AvatarColor skin = mix(lk->skin, rgb(214, 72, 64), 0.30 * e->flush);
    AvatarColor skin_dark = shade(skin, 0.82), top = lk->top, sleeve = shade(lk->top, 0.86);
    AvatarColor hair = lk->hair, outline = alpha(rgb(0, 0, 0), 0.25);
    double sh = e->shoulders;

    /* Long hair falls behind the shoulders. */
    b.xf = head;
    if (lk->style == 1) {
        Pt hb[] = {{500, 560}, {350, 330}, {352, 600}, {420, 640},
                   {580, 640}, {648, 600}, {650, 330}};
        poly(&b, hb, 7, hair);
        ellipse(&b, 500, 340, 150, 180, hair);
    } else if (lk->style == 2) {
        ellipse(&b, 500, 360, 148, 188, hair);
    }

    /* Torso and neck. */
    b.xf = body;
    Pt torso[] = {{500, 760},           {440, 548 - 10 * sh}, {330, 572 - 30 * sh},
                  {292, 612 - 32 * sh}, {276, 700},           {296, 905},
                  {704, 905},           {724, 700},           {708, 612 - 32 * sh},
                  {670, 572 - 30 * sh}, {560, 548 - 10 * sh}};
    Pt torso_o[11];
    for (int i = 0; i < 11; i++)
        torso_o[i] = (Pt){500 + (torso[i].x - 500) * 1.02, torso[i].y - 3};
    fan(&b, torso_o, 11, outline);
    fan(&b, torso, 11, top);
    /* The shirt under the jacket: a light V, a little of the top's own colour in it. */
    tri(&b, (Pt){446, 556 - 10 * sh}, (Pt){554, 556 - 10 * sh}, (Pt){500, 700},
        mix(top, rgb(245, 243, 238), 0.85));
    quad(&b, (Pt){452, 430}, (Pt){548, 430}, (Pt){556, 570}, (Pt){444, 570}, skin_dark);
    tri(&b, (Pt){444, 552 - 10 * sh}, (Pt){556, 552 - 10 * sh}, (Pt){500, 625}, skin_dark);
    Pt collar_l[] = {{430, 548 - 10 * sh}, {500, 632}},
       collar_r[] = {{570, 548 - 10 * sh}, {500, 632}};
    stroke(&b, collar_l, 2, 10, 10, shade(top, 0.75));
    stroke(&b, collar_r, 2, 10, 10, shade(top, 0.75));

    /* Upper arms beside the torso. */
    Pt shl, ell, hl, shr, elr, hr;
    arm_pose(e->arms, -1, sh, &shl, &ell, &hl);
    arm_pose(e->arms, 1, sh, &shr, &elr, &hr);
    limb(&b, shl, ell, 84, shade(sleeve, 0.9));
    limb(&b, shr, elr, 84, shade(sleeve, 0.9));
    limb(&b, shl, ell, 76, sleeve);
    limb(&b, shr, elr, 76, sleeve);

    /* Head. */
    b.xf = head;
    ellipse(&b, 500, 350, 131, 164, outline);
    double ear_l = 1 - 0.5 * fmax(0, e->head_turn), ear_r = 1 + 0.2 * fmax(0, e->head_turn);
    ellipse(&b, 372 + 10 * e->head_turn, 370, 18 * ear_l, 32, shade(skin, 0.9));
    ellipse(&b, 628 + 6 * e->head_turn, 370, 18 * ear_r, 32, shade(skin, 0.9));
    ellipse(&b, 500, 350, 127, 160, skin);
    m->marks.head_centre = mark(&b, (Pt){500, 350});
    m->marks.chin = mark(&b, (Pt){500, 510});
    /* Hair cap: between the top of a larger ellipse and the hairline. */
    {
        enum { N = 24 };
        Pt outer[N], inner[N];
        for (int i = 0; i < N; i++) {
            double th = M_PI + M_PI * i / (N - 1);
            outer[i] = (Pt){500 + 140 * cos(th), 338 + 172 * sin(th)};
            double part = lk->style == 0 ? 0 : 18 * exp(-pow((th - 1.35 * M_PI) / 0.25, 2));
            inner[i] = (Pt){500 + 126 * cos(th), 318 + (lk->style == 0 ? 78 : 92) * sin(th) + part};
        }
        band(&b, outer, inner, N, hair);
        for (int i = 0; i + 1 < N; i++) {
            double t0 = M_PI + M_PI * i / (N - 1), t1 = M_PI + M_PI * (i + 1) / (N - 1);
            Pt o0 = {500 + (140 + b.fw) * cos(t0), 338 + (172 + b.fw) * sin(t0)};
            Pt o1 = {500 + (140 + b.fw) * cos(t1), 338 + (172 + b.fw) * sin(t1)};
            feather(&b, outer[i], outer[i + 1], o0, o1, hair);
        }
        if (lk->style == 1 || lk->style == 2) {
            Pt sl[] = {{360, 330}, {376, 318}, {378, 440}, {362, 470}};
            Pt sr[] = {{640, 330}, {624, 318}, {622, 440}, {638, 470}};
            poly(&b, sl, 4, hair);
            poly(&b, sr, 4, hair);
        }
    }

    /* Face. */
    b.xf = face;
    if (e->flush > 0.02) {
        /* Two soft layers per cheek, so the flush has no hard edge. */
        for (int side = -1; side <= 1; side += 2) {
            ellipse(&b, 500 + side * 66, 408, 40, 25, alpha(rgb(225, 80, 75), 0.22 * e->flush));
            ellipse(&b, 500 + side * 66, 408, 26, 15, alpha(rgb(225, 80, 75), 0.28 * e->flush));
        }
    }
    draw_eye(&b, e, lk, skin, 448, 358, -1);
    draw_eye(&b, e, lk, skin, 552, 358, 1);
    /* Brows: height, angle (inner ends up for worry, down for anger) and doubt. */
    for (int side = -1; side <= 1; side += 2) {
        double base = 316 - 18 * e->brow_height;
        if (side > 0)
            base -= 16 * e->skeptic;
        else
            base += 4 * e->skeptic;
        double in_y = base - 13 * e->brow_angle, out_y = base + 5 * e->brow_angle;
        Pt pts[7];
        bezier((Pt){500 + side * 20, in_y}, (Pt){500 + side * 50, fmin(in_y, out_y) - 14},
               (Pt){500 + side * 84, out_y + 4}, pts, 7);
        stroke(&b, pts, 7, 12, 6, shade(hair, 0.85));
        if (side < 0) {
            m->marks.brow_inner_left = mark(&b, pts[0]);
            m->marks.brow_outer_left = mark(&b, pts[6]);
        } else {
            m->marks.brow_inner_right = mark(&b, pts[0]);
            m->marks.brow_outer_right = mark(&b, pts[6]);
        }
    }
    /* Nose. */
    Pt nose[] = {{502, 365}, {492, 410}, {500, 420}, {514, 414}};
    stroke(&b, nose, 4, 5, 3, shade(skin, 0.7));
    /* Tears. */
    if (e->tears > 0.02) {
        AvatarColor tc = alpha(rgb(120, 170, 230), 0.8 * e->tears);
        ellipse(&b, 436, 388 + 18 * e->tears, 6, 9, tc);
        ellipse(&b, 564, 392 + 14 * e->tears, 6, 9, tc);
    }
    /* Mouth: the corners rise for a smile and fall for a frown; tension narrows and thins
     * the lips; doubt pulls one corner. */
    {
        double cx = 500, cy = 458;
        double hw = 46 - 14 * e->mouth_tension + 6 * pos(e->mouth_curve);
        double ly = cy - 22 * e->mouth_curve + 3 * e->skeptic,
               ry = cy - 22 * e->mouth_curve - 9 * e->skeptic;
        Pt L = {cx - hw, ly}, R = {cx + hw, ry};
        Pt ctl = {cx, 2 * cy - (ly + ry) / 2};
        enum { N = 13 };
        Pt line[N];
        bezier(L, ctl, R, line, N);
        m->marks.mouth_left = mark(&b, L);
        m->marks.mouth_right = mark(&b, R);
        m->marks.mouth_mid = mark(&b, line[N / 2]);
        AvatarColor lip = mix(skin, rgb(150, 55, 60), 0.45);
        double open = e->mouth_open;
        if (open > 0.03) {
            Pt upper[N], lower[N], teeth[N];
            Pt lctl = {cx, ctl.y + 44 * open};
            bezier(L, lctl, R, lower, N);
            for (int i = 0; i < N; i++) {
                upper[i] = (Pt){line[i].x, line[i].y - 6 * open};
                teeth[i] = (Pt){line[i].x, line[i].y + 9 * open};
            }
            band(&b, upper, lower, N, rgb(70, 25, 30));
            if (e->mouth_curve > 0.2) band(&b, upper, teeth, N, rgb(240, 236, 228));
            stroke(&b, lower, N, 8, 3, lip);
        }
        double thick = 9 - 6 * e->mouth_tension;
        stroke(&b, line, N, thick, 3, shade(lip, 0.8));
        if (open <= 0.03 && e->mouth_tension < 0.8) {
            Pt low[N];
            for (int i = 0; i < N; i++)
                low[i] = (Pt){line[i].x, line[i].y + 7 * (1 - e->mouth_tension)};
            stroke(&b, low + 2, N - 4, 7 * (1 - e->mouth_tension), 2, alpha(lip, 0.6));
        }
        if (e->mouth_tension > 0.55) {
            /* Clenched jaw: small muscle lines at the jaw corners. */
            AvatarColor jc = alpha(shade(skin, 0.7), (e->mouth_tension - 0.55) * 2);
            Pt jl[] = {{392, 440}, {402, 470}}, jr[] = {{608, 440}, {598, 470}};
            stroke(&b, jl, 2, 5, 5, jc);
            stroke(&b, jr, 2, 5, 5, jc);
        }
    }

    /* The table, then forearms and hands over it (or crossed over the chest). */
    b.xf = screen;
    AvatarColor table = lk->table;
    quad(&b, (Pt){-400, 868}, (Pt){1400, 868}, (Pt){1400, 1000}, (Pt){-400, 1000}, table);
    quad(&b, (Pt){-400, 862}, (Pt){1400, 862}, (Pt){1400, 878}, (Pt){-400, 878},
         shade(table, 1.25));
    b.xf = body;
    AvatarColor hand = shade(skin, 0.95);
    /* When crossed, the viewer's right forearm lies over the left one. */
    limb(&b, ell, hl, 70, shade(sleeve, 0.88));
    limb(&b, ell, hl, 64, sleeve);
    ellipse(&b, hl.x, hl.y, 30, 24, hand);
    limb(&b, elr, hr, 70, shade(sleeve, 0.88));
    limb(&b, elr, hr, 64, sleeve);
    ellipse(&b, hr.x, hr.y, 30, 24, hand);
    m->marks.hand_left = mark(&b, hl);
    m->marks.hand_right = mark(&b, hr);
    m->marks.elbow_left = mark(&b, ell);
    m->marks.elbow_right = mark(&b, elr);
    return m->failed ? -1 : 0;
}
