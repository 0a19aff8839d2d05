/* avatar draw: the private drawing kit the avatar's mesh files share: affine transforms,
 * points, the mesh builder and its primitives (triangles, feathered ellipses, strokes, fans),
 * and the per-frame palette. Private to engine/core/avatar_*.c. */
#ifndef RAPPORT_AVATAR_DRAW_H
#define RAPPORT_AVATAR_DRAW_H
#include "avatar.h"

typedef struct Aff {
    double a, b, c, d, e, f; /* x' = a x + b y + e, y' = c x + d y + f */
} Aff;

static inline Aff aff_mul(Aff p, Aff q) /* p after q */
{
    return (Aff){p.a * q.a + p.b * q.c, p.a * q.b + p.b * q.d,       p.c * q.a + p.d * q.c,
                 p.c * q.b + p.d * q.d, p.a * q.e + p.b * q.f + p.e, p.c * q.e + p.d * q.f + p.f};
}

static inline Aff aff_move(double x, double y)
{
    return (Aff){1, 0, 0, 1, x, y};
}

static inline Aff aff_scale_at(double s, double px, double py)
{
    return (Aff){s, 0, 0, s, px - s * px, py - s * py};
}

static inline Aff aff_rotate_at(double r, double px, double py)
{
    double c = cos(r), s = sin(r);
    return (Aff){c, -s, s, c, px - c * px + s * py, py - s * px - c * py};
}

typedef struct Pt {
    double x, y;
} Pt;

/* How the body layer bends before its transform: shoulders raised or drawn in, and the
 * build's width, weighted toward the shoulders so the table line stays put. */
typedef struct Deform {
    bool on;
    double raise, in, width;
} Deform;

typedef struct Build {
    AvatarMesh *m;
    Aff xf;
    double fw; /* one screen pixel in design units: the width of the feathered edges */
    Deform df;
} Build;

/* A design point through the body's deformation (unchanged when it is off). */
static inline Pt deform_pt(const Deform *d, Pt p)
{
    if (!d->on) return p;
    double w = (720 - p.y) / 140;
    w = w < 0 ? 0 : w > 1 ? 1 : w;
    double wx = d->width * (1 - 0.12 * d->in * w);
    return (Pt){500 + (p.x - 500) * wx, p.y - (34 * d->raise + 14 * d->in) * w};
}

/* The figure's transforms: screen (design units to pixels), body (leaning), head (tilt, turn,
 * nod) and face (turning and nodding a little further than the skull, for depth). */
typedef struct Frame {
    Aff screen, body, head, face;
    float box[4]; /* x, y, w, h on screen: the room and table are cut to it */
} Frame;

/* The colours of one frame: the skin flushes with anger. */
typedef struct Palette {
    AvatarColor skin, skin_dark, top, sleeve, hair, outline;
    AvatarColor slot[SLOT_COUNT]; /* the part format's colour slots */
    double age;                   /* the look's age, for parts that fade in with age */
} Palette;

void mesh_put(Build *b, Pt p, AvatarColor c);
AvatarPoint mesh_mark(const Build *b, Pt p);
void mesh_tri(Build *b, Pt p, Pt q, Pt r, AvatarColor c);
void mesh_quad(Build *b, Pt p, Pt q, Pt r, Pt s, AvatarColor c);
/* A strip along an edge that fades to transparent over one screen pixel. */
void mesh_feather(Build *b, Pt in0, Pt in1, Pt out0, Pt out1, AvatarColor c);
void mesh_ellipse(Build *b, double cx, double cy, double rx, double ry, AvatarColor c);
/* A convex polygon, as a fan from its first point. */
void mesh_poly(Build *b, const Pt *p, int n, AvatarColor c);
/* A stroke along a polyline whose width goes from w_end at the ends to w_mid in the middle. */
void mesh_stroke(Build *b, const Pt *p, int n, double w_mid, double w_end, AvatarColor c);
/* A polygon given as a centre and its outline, which closes back to its first point. */
void mesh_fan(Build *b, const Pt *p, int n, AvatarColor c);
/* A thick segment with round ends: limbs. */
void mesh_limb(Build *b, Pt p, Pt q, double w, AvatarColor c);
/* n points along the quadratic curve from a to z pulled toward ctl. */
void mesh_bezier(Pt a, Pt ctl, Pt z, Pt *out, int n);
/* The region between two curves of n points each. */
void mesh_band(Build *b, const Pt *top, const Pt *bot, int n, AvatarColor c);
Pt mesh_lerp_pt(Pt a, Pt b, double t);
/* Recolours the vertices from index first on as a vertical gradient from top to bottom,
 * keeping each vertex's own transparency (the feathered edges). */
void mesh_gradient(Build *b, int first, AvatarColor top, AvatarColor bottom);

/* The face over the skull: eyes, brows, nose, mouth, flush and tears (avatar_face.c). */
void avatar_draw_face(Build *b, const AvatarExpr *e, const AvatarLook *lk, const Palette *c);

#endif
