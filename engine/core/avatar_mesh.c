/* avatar mesh: how the figure is drawn. The client's look (resolved from the client file)
 * and the triangle mesh built from an expression. The shapes are data (avatar_parts.c reads
 * assets/avatar/); this file owns the rig: the transforms each layer follows, the arm poses
 * with their blends, and the order of the layers, back to front: the setting, hair behind,
 * clothes, upper arms, skull and hair, the face (avatar_face.c), facial hair and glasses, the
 * table, forearms and hands. The SDL front end draws the mesh as is. Plain C and libm only. */
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

void look_free(Look *lk)
{
    free(lk->shirt);
    free(lk->face);
    free(lk->hair_style);
    free(lk->clothing);
    free(lk->facial_hair);
    free(lk->glasses);
    free(lk->setting);
    avatar_parts_free(lk->parts);
    free(lk->parts);
    lk->shirt = lk->face = lk->hair_style = lk->clothing = NULL;
    lk->facial_hair = lk->glasses = lk->setting = NULL;
    lk->parts = NULL;
}

/* The defaults a pronoun suggests, for a client file that names no parts. */
static void look_defaults(const char *pronoun, const char **names)
{
    bool she = pronoun && !strcmp(pronoun, "she"), he = pronoun && !strcmp(pronoun, "he");
    names[LOOK_FACE] = she ? "oval" : he ? "square" : "oval";
    names[LOOK_HAIR] = she ? "long" : he ? "short" : "chin";
    names[LOOK_CLOTHING] = she ? "blouse" : he ? "collar" : "sweater";
    names[LOOK_FACIAL_HAIR] = NULL;
    names[LOOK_GLASSES] = NULL;
    names[LOOK_SETTING] = "office";
}

/* Greying: none before 40, mostly grey by 70. */
static AvatarColor aged_hair(AvatarColor hair, double age)
{
    return mix(hair, rgb(0xb4, 0xb2, 0xae), 0.8 * clampd((age - 40) / 30, 0, 1));
}

void avatar_look(const Scenario *sc, AvatarLook *look)
{
    memset(look, 0, sizeof *look);
    look->skin = rgb(0xd8, 0xa4, 0x7f);
    look->hair = rgb(0x3a, 0x2a, 0x20);
    look->top = rgb(0x4a, 0x6a, 0x8a);
    look->shirt = rgb(0xf2, 0xf0, 0xea);
    look->table = rgb(0x6e, 0x5a, 0x48);
    look->age = 35;
    look->build = 1;
    const char *names[LOOK_NFAMILIES];
    look_defaults(sc ? sc->pronoun : NULL, names);
    if (sc) {
        const Look *l = &sc->look;
        avatar_parse_color(l->skin, &look->skin);
        avatar_parse_color(l->hair, &look->hair);
        avatar_parse_color(l->top, &look->top);
        avatar_parse_color(l->shirt, &look->shirt);
        const char *given[LOOK_NFAMILIES] = {l->face,        l->hair_style, l->clothing,
                                             l->facial_hair, l->glasses,    l->setting};
        for (int i = 0; i < LOOK_NFAMILIES; i++)
            if (given[i]) names[i] = given[i];
        if (l->age > 0) look->age = l->age;
        if (l->build) look->build = l->build == 1 ? 0.92 : l->build == 3 ? 1.1 : 1;
        look->own = l->parts;
    }
    static const char *const fams[LOOK_NFAMILIES] = {"face",        "hair",    "clothing",
                                                     "facial_hair", "glasses", "setting"};
    for (int i = 0; i < LOOK_NFAMILIES; i++)
        look->part[i] = names[i] && strcmp(names[i], "none")
                            ? avatar_part_lookup(look->own, fams[i], names[i])
                            : NULL;
    look->hair = aged_hair(look->hair, look->age);
    const char *h = look->part[LOOK_HAIR] ? look->part[LOOK_HAIR]->name : "";
    look->style = !strcmp(h, "long") || !strcmp(h, "tied")    ? 1
                  : !strcmp(h, "chin") || !strcmp(h, "curly") ? 2
                                                              : 0;
}

/* ---------------------------------------------------------------- parts */

static AvatarColor part_colour(const Palette *c, const PartColor *pc, double fade)
{
    AvatarColor base = pc->slot >= 0 ? c->slot[pc->slot] : rgb(pc->r, pc->g, pc->b);
    if (pc->shade != 1) base = shade(base, pc->shade);
    return alpha(base, base.a / 255.0 * pc->alpha * fade);
}

/* One shape of a part; a gradient is drawn opaque, then recoloured top to bottom. */
static void draw_shape(Build *b, const AvatarPart *p, const PartShape *sh, const Palette *c)
{
    double fade =
        sh->age1 > 0 ? clampd((c->age - sh->age0) / fmax(1, sh->age1 - sh->age0), 0, 1) : 1;
    if (fade <= 0) return;
    AvatarColor c0 = part_colour(c, &sh->c0, fade), c1 = part_colour(c, &sh->c1, fade);
    AvatarColor ink = sh->gradient ? alpha(c0, 1) : c0;
    enum { MAXP = 96 };
    Pt pts[MAXP + 1];
    int n = sh->npts < MAXP ? sh->npts : MAXP;
    const double *src = p->lib->pts + 2 * sh->first;
    for (int i = 0; i < n; i++)
        pts[i] = (Pt){src[2 * i], src[2 * i + 1]};
    int first = b->m->count;
    const double *v = sh->num;
    switch (sh->kind) {
    case SHAPE_ELLIPSE:
        mesh_ellipse(b, v[0], v[1], v[2], v[3], ink);
        break;
    case SHAPE_RECT:
        mesh_quad(b, (Pt){v[0], v[1]}, (Pt){v[0] + v[2], v[1]}, (Pt){v[0] + v[2], v[1] + v[3]},
                  (Pt){v[0], v[1] + v[3]}, ink);
        break;
    case SHAPE_POLY: {
        /* A polygon star-shaped around its centroid: a fan from there, feathered outside. */
        Pt ctr = {0, 0};
        for (int i = 0; i < n; i++)
            ctr.x += pts[i].x / n, ctr.y += pts[i].y / n;
        memmove(pts + 1, pts, sizeof *pts * (size_t)n);
        pts[0] = ctr;
        mesh_fan(b, pts, n + 1, ink);
        break;
    }
    case SHAPE_FAN:
        mesh_fan(b, pts, n, ink);
        break;
    case SHAPE_STROKE:
        mesh_stroke(b, pts, n, v[0], v[1], ink);
        break;
    }
    if (sh->gradient) mesh_gradient(b, first, c0, c1);
}

/* The shapes of part p that belong to layer. */
static void draw_part(Build *b, const AvatarPart *p, PartLayer layer, const Palette *c)
{
    if (!p) return;
    const PartShape *sh = p->lib->shapes + p->first;
    for (int i = 0; i < p->nshapes; i++)
        if (sh[i].layer == layer) draw_shape(b, p, &sh[i], c);
}

/* Every part of the look, in family order, for one layer; then the age lines. */
static void draw_layer(Build *b, const AvatarLook *lk, PartLayer layer, const Palette *c)
{
    static const int order[] = {LOOK_SETTING,  LOOK_FACE,        LOOK_HAIR,
                                LOOK_CLOTHING, LOOK_FACIAL_HAIR, LOOK_GLASSES};
    for (int i = 0; i < (int)(sizeof order / sizeof *order); i++) {
        if (order[i] == LOOK_FACIAL_HAIR && layer == LAYER_FACE)
            draw_part(b, avatar_part_lookup(lk->own, "age", "lines"), layer, c);
        draw_part(b, lk->part[order[i]], layer, c);
    }
}

/* ---------------------------------------------------------------- rig */

/* The arm joints of both sides (l the viewer's left), and which hand part each shows. */
typedef struct Arms {
    Pt shl, ell, hl, shr, elr, hr;
    const char *hand_l, *hand_r;
    bool watch; /* the left wrist turned up, a watch on it */
} Arms;

/* Arm keyframes for one side (s = -1 the viewer's left): open, folded, crossed. */
static void arm_pose(double arms, int s, Pt *sh, Pt *el, Pt *hand)
{
    Pt E[3] = {{500 + s * 262, 842}, {500 + s * 240, 850}, {500 + s * 212, 790}};
    Pt H[3] = {{500 + s * 178, 908}, {500 + s * 38, 902}, {500 - s * 150, 712}};
    int k = arms < 1 ? 0 : 1;
    double t = arms - k;
    *sh = (Pt){500 + s * 188, 628};
    *el = mesh_lerp_pt(E[k], E[k + 1], t);
    *hand = mesh_lerp_pt(H[k], H[k + 1], t);
}

/* The pose of both arms: the arms channel, then the gestures blended over it. The viewer's
 * right hand holds the other arm (self_touch) or points at you (point, which wins); the left
 * wrist is turned up to be looked at (check_watch). */
static Arms arms_of(const AvatarExpr *e)
{
    Arms a;
    arm_pose(e->arms, -1, &a.shl, &a.ell, &a.hl);
    arm_pose(e->arms, 1, &a.shr, &a.elr, &a.hr);
    double st = clampd(e->self_touch, 0, 1), pt = clampd(e->point, 0, 1),
           cw = clampd(e->check_watch, 0, 1);
    a.elr = mesh_lerp_pt(a.elr, (Pt){590, 842}, st);
    a.hr = mesh_lerp_pt(a.hr, (Pt){352, 716}, st);
    a.elr = mesh_lerp_pt(a.elr, (Pt){716, 834}, pt);
    a.hr = mesh_lerp_pt(a.hr, (Pt){650, 672}, pt);
    a.ell = mesh_lerp_pt(a.ell, (Pt){286, 846}, cw);
    a.hl = mesh_lerp_pt(a.hl, (Pt){452, 756}, cw);
    bool crossed = e->arms > 1.5;
    a.hand_l = cw > 0.5 ? "palm_up" : crossed ? "grip" : "flat";
    a.hand_r = pt > 0.5 ? "point" : st > 0.5 || crossed ? "grip" : "flat";
    a.watch = cw > 0.5;
    return a;
}

/* How far past fifty the client is, 0 to 1: a heavier, slightly sunk posture. */
static double age_weight(const AvatarLook *lk)
{
    return clampd((lk->age - 50) / 20, 0, 1);
}

static Frame frame_of(const AvatarExpr *e, const AvatarLook *lk, double s, float x, float y,
                      float w, float h)
{
    Frame f;
    /* Frame the figure from just above the hair to the table, wide enough for open arms:
     * the design window (180, 100)-(820, 1000), scaled to fit and centred. */
    f.screen =
        aff_mul(aff_move(x + w / 2.0 - 500 * s, y + h / 2.0 - 550 * s), (Aff){s, 0, 0, s, 0, 0});
    /* Leaning toward you: the whole figure grows and drops a little, pivoting at the table. */
    f.body = aff_mul(
        f.screen, aff_mul(aff_move(0, 40 * e->lean), aff_scale_at(1 + 0.09 * e->lean, 500, 880)));
    /* Drawn-in shoulders and age sink the head a little. */
    double sink = 16 * clampd(e->shoulders_in, 0, 1) + 8 * age_weight(lk);
    f.head = aff_mul(f.body, aff_mul(aff_rotate_at(0.2 * e->head_tilt, 500, 540),
                                     aff_move(14 * e->head_turn, 10 * e->head_nod + sink)));
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
    p.slot[SLOT_SKIN] = p.skin;
    p.slot[SLOT_HAIR] = p.hair;
    p.slot[SLOT_TOP] = p.top;
    p.slot[SLOT_SHIRT] = lk->shirt;
    p.slot[SLOT_TABLE] = lk->table;
    p.slot[SLOT_FRAME] = rgb(0x2a, 0x26, 0x24);
    p.age = lk->age;
    return p;
}

/* Upper arms beside the torso, in the sleeve's colour, shaded underneath. */
static void draw_upper_arms(Build *b, const Arms *a, const Palette *c)
{
    mesh_limb(b, a->shl, a->ell, 84, c->outline);
    mesh_limb(b, a->shr, a->elr, 84, c->outline);
    int first = b->m->count;
    mesh_limb(b, a->shl, a->ell, 76, c->sleeve);
    mesh_limb(b, a->shr, a->elr, 76, c->sleeve);
    mesh_gradient(b, first, shade(c->sleeve, 1.06), shade(c->sleeve, 0.8));
}

/* One forearm from the elbow to the wrist, then the hand part there, turned along it (the
 * left hand mirrored), and a watch on a turned-up wrist. */
static void draw_forearm(Build *b, const AvatarLook *lk, const Palette *c, Pt el, Pt hand, int side,
                         const char *part, bool watch)
{
    double dx = hand.x - el.x, dy = hand.y - el.y, len = hypot(dx, dy);
    if (len < 1) len = 1, dx = 1, dy = 0;
    dx /= len, dy /= len;
    Pt wrist = {hand.x - 22 * dx, hand.y - 22 * dy};
    /* A forearm is nearer the light than the body behind it: lighter, edged darker, with a
     * shadow below, so folded or crossed arms read against clothes of the same colour. */
    mesh_limb(b, (Pt){el.x, el.y + 12}, (Pt){wrist.x, wrist.y + 12}, 66, shade(c->sleeve, 0.55));
    mesh_limb(b, el, wrist, 72, shade(c->sleeve, 0.62));
    int first = b->m->count;
    mesh_limb(b, el, wrist, 64, c->sleeve);
    mesh_gradient(b, first, shade(c->sleeve, 1.22), shade(c->sleeve, 0.96));
    Aff keep = b->xf;
    Deform dkeep = b->df;
    /* Hand coordinates: the wrist at 0,0, fingers along +x, the thumb toward -y on the
     * viewer's right hand; the left hand is its mirror image. */
    Aff local = {dx, -dy * side, dy, dx * side, wrist.x, wrist.y};
    Pt wd = deform_pt(&b->df, wrist);
    local.e = wd.x, local.f = wd.y;
    b->df.on = false;
    b->xf = aff_mul(keep, local);
    draw_part(b, avatar_part_lookup(lk->own, "hand", part), LAYER_HAND, c);
    if (watch) draw_part(b, avatar_part_lookup(lk->own, "hand", "watch"), LAYER_HAND, c);
    b->xf = keep;
    b->df = dkeep;
}

/* The room and the table are drawn wider than any box and cut to it here: a rectangle
 * pressed into the box is exactly its visible part, so the scene never leaves the box. */
static void clamp_to_box(AvatarMesh *m, int first, float x, float y, float w, float h)
{
    for (int i = first; i < m->count; i++) {
        m->v[i].x = fminf(fmaxf(m->v[i].x, x), x + w);
        m->v[i].y = fminf(fmaxf(m->v[i].y, y), y + h);
    }
}

/* The table, then forearms and hands over it (or crossed over the chest). */
static void draw_table_and_hands(Build *b, const Frame *f, const AvatarLook *lk, const Palette *c,
                                 const Arms *a)
{
    Deform body = b->df;
    b->xf = f->screen;
    b->df.on = false;
    int first = b->m->count;
    draw_layer(b, lk, LAYER_TABLE, c);
    clamp_to_box(b->m, first, f->box[0], f->box[1], f->box[2], f->box[3]);
    b->xf = f->body;
    b->df = body;
    /* When crossed, the viewer's right forearm lies over the left one. */
    draw_forearm(b, lk, c, a->ell, a->hl, -1, a->hand_l, a->watch);
    draw_forearm(b, lk, c, a->elr, a->hr, 1, a->hand_r, false);
    AvatarMarks *mk = &b->m->marks;
    mk->hand_left = mesh_mark(b, a->hl);
    mk->hand_right = mesh_mark(b, a->hr);
    mk->elbow_left = mesh_mark(b, a->ell);
    mk->elbow_right = mesh_mark(b, a->elr);
    b->df.on = false;
}

/* The skull's outline, ears and skin come from the face part; the marks stay the skull's. */
static void draw_head(Build *b, const AvatarLook *lk, const Palette *c)
{
    draw_layer(b, lk, LAYER_HEAD, c);
    b->m->marks.head_centre = mesh_mark(b, (Pt){500, 350});
    b->m->marks.chin = mesh_mark(b, (Pt){500, 510});
}

int avatar_build(AvatarMesh *m, const AvatarExpr *e_in, const AvatarLook *lk, float x, float y,
                 float w, float h)
{
    AvatarExpr ev = *e_in, *e = &ev;
    avatar_clamp(e);
    m->count = 0;
    m->failed = false;
    double s = fmin(w / 640.0, h / 900.0);
    Frame f = frame_of(e, lk, s, x, y, w, h);
    f.box[0] = x, f.box[1] = y, f.box[2] = w, f.box[3] = h;
    Palette c = palette_of(e, lk);
    Build b = {m, f.screen, 0, {false, 0, 0, 1}};
    memset(&m->marks, 0, sizeof m->marks);
    m->marks.scale = (float)(s * (1 + 0.09 * e->lean));
    b.fw = m->marks.scale > 0 ? 1.0 / m->marks.scale : 0;
    draw_layer(&b, lk, LAYER_SCENE, &c);
    clamp_to_box(m, 0, x, y, w, h);
    b.xf = f.head;
    draw_layer(&b, lk, LAYER_BACK, &c);
    double aw = age_weight(lk);
    b.xf = f.body;
    b.df = (Deform){true, e->shoulders, clampd(e->shoulders_in + 0.25 * aw, 0, 1),
                    lk->build * (1 + 0.04 * aw)};
    draw_layer(&b, lk, LAYER_BODY, &c);
    Arms arms = arms_of(e);
    draw_upper_arms(&b, &arms, &c);
    Deform body = b.df;
    b.df.on = false;
    b.xf = f.head;
    draw_head(&b, lk, &c);
    b.xf = f.face;
    avatar_draw_face(&b, e, lk, &c);
    draw_layer(&b, lk, LAYER_FACE, &c);
    b.df = body;
    draw_table_and_hands(&b, &f, lk, &c, &arms);
    return m->failed ? -1 : 0;
}
