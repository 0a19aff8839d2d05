/* avatar mesh: how the figure is drawn. The client's look (colours, hair style) and the
 * triangle mesh built from an expression, in back-to-front layers: hair behind, torso, upper
 * arms, head, hair cap, face, then the table with forearms and hands over it. The SDL front
 * end draws the mesh as is. Plain C and libm only. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "avatar.h"
#include "avatar_math.h"

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
    /* Upper lid: a line of shaded skin along the top of the eye. */
    Pt lidl[12];
    for (int i = 0; i < 12; i++) {
        double th = M_PI + M_PI * i / 11;
        lidl[i] = (Pt){ex + 29 * cos(th), ey + ry * sin(th)};
    }
    stroke(b, lidl, 12, 4.5, 2.5, lid);
}

/* The figure's transforms: screen (design units to pixels), body (leaning), head (tilt, turn,
 * nod) and face (turning and nodding a little further than the skull, for depth). */
typedef struct Frame {
    Aff screen, body, head, face;
} Frame;

/* The colours of one frame: the skin flushes with anger. */
typedef struct Palette {
    AvatarColor skin, skin_dark, top, sleeve, hair, outline;
} Palette;

/* The arm joints of both sides (l the viewer's left). */
typedef struct Arms {
    Pt shl, ell, hl, shr, elr, hr;
} Arms;

static Frame frame_of(const AvatarExpr *e, double s, float x, float y, float w, float h)
{
    Frame f;
    /* Frame the figure from just above the hair to the table, wide enough for open arms:
     * the design window (180, 100)-(820, 1000), scaled to fit and centred. */
    f.screen =
        aff_mul(aff_move(x + w / 2.0 - 500 * s, y + h / 2.0 - 550 * s), (Aff){s, 0, 0, s, 0, 0});
    /* Leaning toward you: the whole figure grows and drops a little, pivoting at the table. */
    f.body = aff_mul(
        f.screen, aff_mul(aff_move(0, 40 * e->lean), aff_scale_at(1 + 0.09 * e->lean, 500, 880)));
    f.head = aff_mul(f.body, aff_mul(aff_rotate_at(0.2 * e->head_tilt, 500, 540),
                                     aff_move(14 * e->head_turn, 10 * e->head_nod)));
    f.face = aff_mul(f.head, aff_move(34 * e->head_turn, 18 * e->head_nod));
    return f;
}

static Palette palette_of(const AvatarExpr *e, const AvatarLook *lk)
{
    Palette p;
    p.skin = mix(lk->skin, rgb(214, 72, 64), 0.30 * e->flush);
    p.skin_dark = shade(p.skin, 0.82);
    p.top = lk->top;
    p.sleeve = shade(lk->top, 0.86);
    p.hair = lk->hair;
    p.outline = alpha(rgb(0, 0, 0), 0.25);
    return p;
}

/* Long hair falls behind the shoulders. */
static void draw_hair_back(Build *b, const AvatarLook *lk, const Palette *c)
{
    if (lk->style == 1) {
        Pt hb[] = {{500, 560}, {350, 330}, {352, 600}, {420, 640},
                   {580, 640}, {648, 600}, {650, 330}};
        poly(b, hb, 7, c->hair);
        ellipse(b, 500, 340, 150, 180, c->hair);
    } else if (lk->style == 2) {
        ellipse(b, 500, 360, 148, 188, c->hair);
    }
}

/* Torso, the shirt's V, neck and collar; sh raises the shoulders. */
static void draw_torso(Build *b, const Palette *c, double sh)
{
    Pt torso[] = {{500, 760},           {440, 548 - 10 * sh}, {330, 572 - 30 * sh},
                  {292, 612 - 32 * sh}, {276, 700},           {296, 905},
                  {704, 905},           {724, 700},           {708, 612 - 32 * sh},
                  {670, 572 - 30 * sh}, {560, 548 - 10 * sh}};
    Pt torso_o[11];
    for (int i = 0; i < 11; i++)
        torso_o[i] = (Pt){500 + (torso[i].x - 500) * 1.02, torso[i].y - 3};
    fan(b, torso_o, 11, c->outline);
    fan(b, torso, 11, c->top);
    /* The shirt under the jacket: a light V, a little of the top's own colour in it. */
    tri(b, (Pt){446, 556 - 10 * sh}, (Pt){554, 556 - 10 * sh}, (Pt){500, 700},
        mix(c->top, rgb(245, 243, 238), 0.85));
    quad(b, (Pt){452, 430}, (Pt){548, 430}, (Pt){556, 570}, (Pt){444, 570}, c->skin_dark);
    tri(b, (Pt){444, 552 - 10 * sh}, (Pt){556, 552 - 10 * sh}, (Pt){500, 625}, c->skin_dark);
    Pt collar_l[] = {{430, 548 - 10 * sh}, {500, 632}},
       collar_r[] = {{570, 548 - 10 * sh}, {500, 632}};
    stroke(b, collar_l, 2, 10, 10, shade(c->top, 0.75));
    stroke(b, collar_r, 2, 10, 10, shade(c->top, 0.75));
}

/* Upper arms beside the torso; returns the joints for the forearms drawn later. */
static Arms draw_upper_arms(Build *b, const AvatarExpr *e, const Palette *c)
{
    Arms a;
    arm_pose(e->arms, -1, e->shoulders, &a.shl, &a.ell, &a.hl);
    arm_pose(e->arms, 1, e->shoulders, &a.shr, &a.elr, &a.hr);
    limb(b, a.shl, a.ell, 84, shade(c->sleeve, 0.9));
    limb(b, a.shr, a.elr, 84, shade(c->sleeve, 0.9));
    limb(b, a.shl, a.ell, 76, c->sleeve);
    limb(b, a.shr, a.elr, 76, c->sleeve);
    return a;
}

/* The skull's outline, ears (the far one narrows as the head turns) and skin. */
static void draw_head(Build *b, const AvatarExpr *e, const Palette *c)
{
    ellipse(b, 500, 350, 131, 164, c->outline);
    double ear_l = 1 - 0.5 * fmax(0, e->head_turn), ear_r = 1 + 0.2 * fmax(0, e->head_turn);
    ellipse(b, 372 + 10 * e->head_turn, 370, 18 * ear_l, 32, shade(c->skin, 0.9));
    ellipse(b, 628 + 6 * e->head_turn, 370, 18 * ear_r, 32, shade(c->skin, 0.9));
    ellipse(b, 500, 350, 127, 160, c->skin);
    b->m->marks.head_centre = mark(b, (Pt){500, 350});
    b->m->marks.chin = mark(b, (Pt){500, 510});
}

/* Hair cap: between the top of a larger ellipse and the hairline, feathered at its outer
 * edge; side locks for the longer styles. */
static void draw_hair_cap(Build *b, const AvatarLook *lk, AvatarColor hair)
{
    enum { N = 24 };
    Pt outer[N], inner[N];
    for (int i = 0; i < N; i++) {
        double th = M_PI + M_PI * i / (N - 1);
        outer[i] = (Pt){500 + 140 * cos(th), 338 + 172 * sin(th)};
        double part = lk->style == 0 ? 0 : 18 * exp(-pow((th - 1.35 * M_PI) / 0.25, 2));
        inner[i] = (Pt){500 + 126 * cos(th), 318 + (lk->style == 0 ? 78 : 92) * sin(th) + part};
    }
    band(b, outer, inner, N, hair);
    for (int i = 0; i + 1 < N; i++) {
        double t0 = M_PI + M_PI * i / (N - 1), t1 = M_PI + M_PI * (i + 1) / (N - 1);
        Pt o0 = {500 + (140 + b->fw) * cos(t0), 338 + (172 + b->fw) * sin(t0)};
        Pt o1 = {500 + (140 + b->fw) * cos(t1), 338 + (172 + b->fw) * sin(t1)};
        feather(b, outer[i], outer[i + 1], o0, o1, hair);
    }
    if (lk->style == 1 || lk->style == 2) {
        Pt sl[] = {{360, 330}, {376, 318}, {378, 440}, {362, 470}};
        Pt sr[] = {{640, 330}, {624, 318}, {622, 440}, {638, 470}};
        poly(b, sl, 4, hair);
        poly(b, sr, 4, hair);
    }
}

/* Brows: height, angle (inner ends up for worry, down for anger) and doubt. */
static void draw_brows(Build *b, const AvatarExpr *e, AvatarColor hair)
{
    AvatarMarks *mk = &b->m->marks;
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
        stroke(b, pts, 7, 12, 6, shade(hair, 0.85));
        *(side < 0 ? &mk->brow_inner_left : &mk->brow_inner_right) = mark(b, pts[0]);
        *(side < 0 ? &mk->brow_outer_left : &mk->brow_outer_right) = mark(b, pts[6]);
    }
}

enum { MOUTH_N = 13 };

/* The open mouth: dark inside, teeth when smiling, the lower lip. */
static void draw_mouth_open(Build *b, const AvatarExpr *e, const Pt *line, Pt L, Pt R, Pt ctl,
                            AvatarColor lip)
{
    double open = e->mouth_open;
    Pt upper[MOUTH_N], lower[MOUTH_N], teeth[MOUTH_N];
    Pt lctl = {ctl.x, ctl.y + 44 * open};
    bezier(L, lctl, R, lower, MOUTH_N);
    for (int i = 0; i < MOUTH_N; i++) {
        upper[i] = (Pt){line[i].x, line[i].y - 6 * open};
        teeth[i] = (Pt){line[i].x, line[i].y + 9 * open};
    }
    band(b, upper, lower, MOUTH_N, rgb(70, 25, 30));
    if (e->mouth_curve > 0.2) band(b, upper, teeth, MOUTH_N, rgb(240, 236, 228));
    stroke(b, lower, MOUTH_N, 8, 3, lip);
}

/* Mouth: the corners rise for a smile and fall for a frown; tension narrows and thins the
 * lips and, strong, shows a clenched jaw; doubt pulls one corner. */
static void draw_mouth(Build *b, const AvatarExpr *e, AvatarColor skin)
{
    double cx = 500, cy = 458;
    double hw = 46 - 14 * e->mouth_tension + 6 * pos(e->mouth_curve);
    double ly = cy - 22 * e->mouth_curve + 3 * e->skeptic,
           ry = cy - 22 * e->mouth_curve - 9 * e->skeptic;
    Pt L = {cx - hw, ly}, R = {cx + hw, ry};
    Pt ctl = {cx, 2 * cy - (ly + ry) / 2};
    Pt line[MOUTH_N];
    bezier(L, ctl, R, line, MOUTH_N);
    b->m->marks.mouth_left = mark(b, L);
    b->m->marks.mouth_right = mark(b, R);
    b->m->marks.mouth_mid = mark(b, line[MOUTH_N / 2]);
    AvatarColor lip = mix(skin, rgb(150, 55, 60), 0.45);
    if (e->mouth_open > 0.03) draw_mouth_open(b, e, line, L, R, ctl, lip);
    stroke(b, line, MOUTH_N, 9 - 6 * e->mouth_tension, 3, shade(lip, 0.8));
    if (e->mouth_open <= 0.03 && e->mouth_tension < 0.8) {
        Pt low[MOUTH_N];
        for (int i = 0; i < MOUTH_N; i++)
            low[i] = (Pt){line[i].x, line[i].y + 7 * (1 - e->mouth_tension)};
        stroke(b, low + 2, MOUTH_N - 4, 7 * (1 - e->mouth_tension), 2, alpha(lip, 0.6));
    }
    if (e->mouth_tension > 0.55) {
        /* Clenched jaw: small muscle lines at the jaw corners. */
        AvatarColor jc = alpha(shade(skin, 0.7), (e->mouth_tension - 0.55) * 2);
        Pt jl[] = {{392, 440}, {402, 470}}, jr[] = {{608, 440}, {598, 470}};
        stroke(b, jl, 2, 5, 5, jc);
        stroke(b, jr, 2, 5, 5, jc);
    }
}

/* The face: flush, eyes, brows, nose, tears, mouth. */
static void draw_face(Build *b, const AvatarExpr *e, const AvatarLook *lk, const Palette *c)
{
    if (e->flush > 0.02) {
        /* Two soft layers per cheek, so the flush has no hard edge. */
        for (int side = -1; side <= 1; side += 2) {
            ellipse(b, 500 + side * 66, 408, 40, 25, alpha(rgb(225, 80, 75), 0.22 * e->flush));
            ellipse(b, 500 + side * 66, 408, 26, 15, alpha(rgb(225, 80, 75), 0.28 * e->flush));
        }
    }
    draw_eye(b, e, lk, c->skin, 448, 358, -1);
    draw_eye(b, e, lk, c->skin, 552, 358, 1);
    draw_brows(b, e, c->hair);
    Pt nose[] = {{502, 365}, {492, 410}, {500, 420}, {514, 414}};
    stroke(b, nose, 4, 5, 3, shade(c->skin, 0.7));
    if (e->tears > 0.02) {
        AvatarColor tc = alpha(rgb(120, 170, 230), 0.8 * e->tears);
        ellipse(b, 436, 388 + 18 * e->tears, 6, 9, tc);
        ellipse(b, 564, 392 + 14 * e->tears, 6, 9, tc);
    }
    draw_mouth(b, e, c->skin);
}

/* The table across the frame, then forearms and hands over it (or crossed over the chest). */
static void draw_table_and_hands(Build *b, const Frame *f, const AvatarLook *lk, const Palette *c,
                                 const Arms *a)
{
    b->xf = f->screen;
    AvatarColor table = lk->table;
    quad(b, (Pt){-400, 868}, (Pt){1400, 868}, (Pt){1400, 1000}, (Pt){-400, 1000}, table);
    quad(b, (Pt){-400, 862}, (Pt){1400, 862}, (Pt){1400, 878}, (Pt){-400, 878}, shade(table, 1.25));
    b->xf = f->body;
    AvatarColor hand = shade(c->skin, 0.95);
    /* When crossed, the viewer's right forearm lies over the left one. */
    limb(b, a->ell, a->hl, 70, shade(c->sleeve, 0.88));
    limb(b, a->ell, a->hl, 64, c->sleeve);
    ellipse(b, a->hl.x, a->hl.y, 30, 24, hand);
    limb(b, a->elr, a->hr, 70, shade(c->sleeve, 0.88));
    limb(b, a->elr, a->hr, 64, c->sleeve);
    ellipse(b, a->hr.x, a->hr.y, 30, 24, hand);
    AvatarMarks *mk = &b->m->marks;
    mk->hand_left = mark(b, a->hl);
    mk->hand_right = mark(b, a->hr);
    mk->elbow_left = mark(b, a->ell);
    mk->elbow_right = mark(b, a->elr);
}

int avatar_build(AvatarMesh *m, const AvatarExpr *e_in, const AvatarLook *lk, float x, float y,
                 float w, float h)
{
    AvatarExpr ev = *e_in, *e = &ev;
    avatar_clamp(e);
    m->count = 0;
    m->failed = false;
    double s = fmin(w / 640.0, h / 900.0);
    Frame f = frame_of(e, s, x, y, w, h);
    Palette c = palette_of(e, lk);
    Build b = {m, f.head, 0};
    memset(&m->marks, 0, sizeof m->marks);
    m->marks.scale = (float)(s * (1 + 0.09 * e->lean));
    b.fw = m->marks.scale > 0 ? 1.0 / m->marks.scale : 0;
    draw_hair_back(&b, lk, &c);
    b.xf = f.body;
    draw_torso(&b, &c, e->shoulders);
    Arms arms = draw_upper_arms(&b, e, &c);
    b.xf = f.head;
    draw_head(&b, e, &c);
    draw_hair_cap(&b, lk, c.hair);
    b.xf = f.face;
    draw_face(&b, e, lk, &c);
    draw_table_and_hands(&b, &f, lk, &c, &arms);
    return m->failed ? -1 : 0;
}
