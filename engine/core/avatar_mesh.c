/* avatar mesh: how the figure is drawn. The client's look (colours, hair style) and the
 * triangle mesh built from an expression, in back-to-front layers: hair behind, torso, upper
 * arms, head, hair cap, face, then the table with forearms and hands over it. The SDL front
 * end draws the mesh as is. Plain C and libm only. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "avatar.h"
#include "avatar_draw.h"
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

/* Arm keyframes for one side (s = -1 the viewer's left): open, folded, crossed. */
static void arm_pose(double arms, int s, double shrug, Pt *sh, Pt *el, Pt *hand)
{
    Pt E[3] = {{500 + s * 262, 842}, {500 + s * 240, 850}, {500 + s * 212, 790}};
    Pt H[3] = {{500 + s * 178, 908}, {500 + s * 38, 902}, {500 - s * 150, 712}};
    int k = arms < 1 ? 0 : 1;
    double t = arms - k;
    *sh = (Pt){500 + s * 188, 628 - 34 * shrug};
    *el = mesh_lerp_pt(E[k], E[k + 1], t);
    *hand = mesh_lerp_pt(H[k], H[k + 1], t);
}

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
        mesh_poly(b, hb, 7, c->hair);
        mesh_ellipse(b, 500, 340, 150, 180, c->hair);
    } else if (lk->style == 2) {
        mesh_ellipse(b, 500, 360, 148, 188, c->hair);
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
    mesh_fan(b, torso_o, 11, c->outline);
    mesh_fan(b, torso, 11, c->top);
    /* The shirt under the jacket: a light V, a little of the top's own colour in it. */
    mesh_tri(b, (Pt){446, 556 - 10 * sh}, (Pt){554, 556 - 10 * sh}, (Pt){500, 700},
             mix(c->top, rgb(245, 243, 238), 0.85));
    mesh_quad(b, (Pt){452, 430}, (Pt){548, 430}, (Pt){556, 570}, (Pt){444, 570}, c->skin_dark);
    mesh_tri(b, (Pt){444, 552 - 10 * sh}, (Pt){556, 552 - 10 * sh}, (Pt){500, 625}, c->skin_dark);
    Pt collar_l[] = {{430, 548 - 10 * sh}, {500, 632}},
       collar_r[] = {{570, 548 - 10 * sh}, {500, 632}};
    mesh_stroke(b, collar_l, 2, 10, 10, shade(c->top, 0.75));
    mesh_stroke(b, collar_r, 2, 10, 10, shade(c->top, 0.75));
}

/* Upper arms beside the torso; returns the joints for the forearms drawn later. */
static Arms draw_upper_arms(Build *b, const AvatarExpr *e, const Palette *c)
{
    Arms a;
    arm_pose(e->arms, -1, e->shoulders, &a.shl, &a.ell, &a.hl);
    arm_pose(e->arms, 1, e->shoulders, &a.shr, &a.elr, &a.hr);
    mesh_limb(b, a.shl, a.ell, 84, shade(c->sleeve, 0.9));
    mesh_limb(b, a.shr, a.elr, 84, shade(c->sleeve, 0.9));
    mesh_limb(b, a.shl, a.ell, 76, c->sleeve);
    mesh_limb(b, a.shr, a.elr, 76, c->sleeve);
    return a;
}

/* The skull's outline, ears (the far one narrows as the head turns) and skin. */
static void draw_head(Build *b, const AvatarExpr *e, const Palette *c)
{
    mesh_ellipse(b, 500, 350, 131, 164, c->outline);
    double ear_l = 1 - 0.5 * fmax(0, e->head_turn), ear_r = 1 + 0.2 * fmax(0, e->head_turn);
    mesh_ellipse(b, 372 + 10 * e->head_turn, 370, 18 * ear_l, 32, shade(c->skin, 0.9));
    mesh_ellipse(b, 628 + 6 * e->head_turn, 370, 18 * ear_r, 32, shade(c->skin, 0.9));
    mesh_ellipse(b, 500, 350, 127, 160, c->skin);
    b->m->marks.head_centre = mesh_mark(b, (Pt){500, 350});
    b->m->marks.chin = mesh_mark(b, (Pt){500, 510});
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
    mesh_band(b, outer, inner, N, hair);
    for (int i = 0; i + 1 < N; i++) {
        double t0 = M_PI + M_PI * i / (N - 1), t1 = M_PI + M_PI * (i + 1) / (N - 1);
        Pt o0 = {500 + (140 + b->fw) * cos(t0), 338 + (172 + b->fw) * sin(t0)};
        Pt o1 = {500 + (140 + b->fw) * cos(t1), 338 + (172 + b->fw) * sin(t1)};
        mesh_feather(b, outer[i], outer[i + 1], o0, o1, hair);
    }
    if (lk->style == 1 || lk->style == 2) {
        Pt sl[] = {{360, 330}, {376, 318}, {378, 440}, {362, 470}};
        Pt sr[] = {{640, 330}, {624, 318}, {622, 440}, {638, 470}};
        mesh_poly(b, sl, 4, hair);
        mesh_poly(b, sr, 4, hair);
    }
}

/* The table across the frame, then forearms and hands over it (or crossed over the chest). */
static void draw_table_and_hands(Build *b, const Frame *f, const AvatarLook *lk, const Palette *c,
                                 const Arms *a)
{
    b->xf = f->screen;
    AvatarColor table = lk->table;
    mesh_quad(b, (Pt){-400, 868}, (Pt){1400, 868}, (Pt){1400, 1000}, (Pt){-400, 1000}, table);
    mesh_quad(b, (Pt){-400, 862}, (Pt){1400, 862}, (Pt){1400, 878}, (Pt){-400, 878},
              shade(table, 1.25));
    b->xf = f->body;
    AvatarColor hand = shade(c->skin, 0.95);
    /* When crossed, the viewer's right forearm lies over the left one. */
    mesh_limb(b, a->ell, a->hl, 70, shade(c->sleeve, 0.88));
    mesh_limb(b, a->ell, a->hl, 64, c->sleeve);
    mesh_ellipse(b, a->hl.x, a->hl.y, 30, 24, hand);
    mesh_limb(b, a->elr, a->hr, 70, shade(c->sleeve, 0.88));
    mesh_limb(b, a->elr, a->hr, 64, c->sleeve);
    mesh_ellipse(b, a->hr.x, a->hr.y, 30, 24, hand);
    AvatarMarks *mk = &b->m->marks;
    mk->hand_left = mesh_mark(b, a->hl);
    mk->hand_right = mesh_mark(b, a->hr);
    mk->elbow_left = mesh_mark(b, a->ell);
    mk->elbow_right = mesh_mark(b, a->elr);
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
    avatar_draw_face(&b, e, lk, &c);
    draw_table_and_hands(&b, &f, lk, &c, &arms);
    return m->failed ? -1 : 0;
}
