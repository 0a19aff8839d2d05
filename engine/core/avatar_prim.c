/* avatar primitives: the mesh builder. Points through the current transform into coloured
 * triangles, with one-pixel feathered edges so every renderer draws them smooth. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "avatar_draw.h"
#include "avatar_math.h"

void avatar_mesh_init(AvatarMesh *m)
{
    memset(m, 0, sizeof *m);
}

void avatar_mesh_free(AvatarMesh *m)
{
    free(m->v);
    memset(m, 0, sizeof *m);
}

void mesh_put(Build *b, Pt p, AvatarColor c)
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
    p = deform_pt(&b->df, p);
    m->v[m->count++] = (AvatarVertex){(float)(x->a * p.x + x->b * p.y + x->e),
                                      (float)(x->c * p.x + x->d * p.y + x->f), c};
}

AvatarPoint mesh_mark(const Build *b, Pt p)
{
    const Aff *x = &b->xf;
    p = deform_pt(&b->df, p);
    return (AvatarPoint){(float)(x->a * p.x + x->b * p.y + x->e),
                         (float)(x->c * p.x + x->d * p.y + x->f)};
}

void mesh_tri(Build *b, Pt p, Pt q, Pt r, AvatarColor c)
{
    mesh_put(b, p, c);
    mesh_put(b, q, c);
    mesh_put(b, r, c);
}

void mesh_quad(Build *b, Pt p, Pt q, Pt r, Pt s, AvatarColor c)
{
    mesh_tri(b, p, q, r, c);
    mesh_tri(b, p, r, s, c);
}

/* A strip along an edge that fades to transparent over one screen pixel: smooth edges
 * without multisampling, since every renderer interpolates vertex colours. */
void mesh_feather(Build *b, Pt in0, Pt in1, Pt out0, Pt out1, AvatarColor c)
{
    AvatarColor t = c;
    t.a = 0;
    mesh_put(b, in0, c);
    mesh_put(b, in1, c);
    mesh_put(b, out1, t);
    mesh_put(b, in0, c);
    mesh_put(b, out1, t);
    mesh_put(b, out0, t);
}

void mesh_ellipse(Build *b, double cx, double cy, double rx, double ry, AvatarColor c)
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
        mesh_tri(b, ctr, prev, p, c);
        if (f > 0) mesh_feather(b, prev, p, prev_o, po, c);
        prev = p;
        prev_o = po;
    }
}

/* A convex polygon, as a fan from its first point. */
void mesh_poly(Build *b, const Pt *p, int n, AvatarColor c)
{
    for (int i = 1; i + 1 < n; i++)
        mesh_tri(b, p[0], p[i], p[i + 1], c);
}

/* A stroke along a polyline whose width goes from w_end at the ends to w_mid in the middle. */
void mesh_stroke(Build *b, const Pt *p, int n, double w_mid, double w_end, AvatarColor c)
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
            mesh_quad(b, l_prev, lp, rp, r_prev, c);
            if (b->fw > 0) {
                mesh_feather(b, l_prev, lp, lo_prev, lo, c);
                mesh_feather(b, r_prev, rp, ro_prev, ro, c);
            }
        }
        l_prev = lp;
        r_prev = rp;
        lo_prev = lo;
        ro_prev = ro;
    }
}

/* A polygon given as a centre and its outline, which closes back to its first point. */
void mesh_fan(Build *b, const Pt *p, int n, AvatarColor c)
{
    for (int i = 1; i < n; i++) {
        Pt q0 = p[i], q1 = p[i + 1 < n ? i + 1 : 1];
        mesh_tri(b, p[0], q0, q1, c);
        if (b->fw <= 0) continue;
        /* Feather outward, away from the centre. */
        double l0 = hypot(q0.x - p[0].x, q0.y - p[0].y), l1 = hypot(q1.x - p[0].x, q1.y - p[0].y);
        if (l0 <= 0 || l1 <= 0) continue;
        Pt o0 = {q0.x + (q0.x - p[0].x) / l0 * b->fw, q0.y + (q0.y - p[0].y) / l0 * b->fw};
        Pt o1 = {q1.x + (q1.x - p[0].x) / l1 * b->fw, q1.y + (q1.y - p[0].y) / l1 * b->fw};
        mesh_feather(b, q0, q1, o0, o1, c);
    }
}

/* A thick segment with round ends: limbs. */
void mesh_limb(Build *b, Pt p, Pt q, double w, AvatarColor c)
{
    Pt pts[2] = {p, q};
    mesh_stroke(b, pts, 2, w, w, c);
    mesh_ellipse(b, p.x, p.y, w / 2, w / 2, c);
    mesh_ellipse(b, q.x, q.y, w / 2, w / 2, c);
}

void mesh_bezier(Pt a, Pt ctl, Pt z, Pt *out, int n)
{
    for (int i = 0; i < n; i++) {
        double t = (double)i / (n - 1), s = 1 - t;
        out[i] = (Pt){s * s * a.x + 2 * s * t * ctl.x + t * t * z.x,
                      s * s * a.y + 2 * s * t * ctl.y + t * t * z.y};
    }
}

/* The region between two curves of n points each. */
void mesh_band(Build *b, const Pt *top, const Pt *bot, int n, AvatarColor c)
{
    for (int i = 0; i + 1 < n; i++)
        mesh_quad(b, top[i], top[i + 1], bot[i + 1], bot[i], c);
}

Pt mesh_lerp_pt(Pt a, Pt b, double t)
{
    return (Pt){lerp(a.x, b.x, t), lerp(a.y, b.y, t)};
}

void mesh_gradient(Build *b, int first, AvatarColor top, AvatarColor bottom)
{
    AvatarMesh *m = b->m;
    if (m->failed || first >= m->count) return;
    float lo = m->v[first].y, hi = lo;
    for (int i = first; i < m->count; i++) {
        lo = fminf(lo, m->v[i].y);
        hi = fmaxf(hi, m->v[i].y);
    }
    double span = hi > lo ? hi - lo : 1;
    for (int i = first; i < m->count; i++) {
        AvatarColor c = mix(top, bottom, (m->v[i].y - lo) / span);
        c.a = (uint8_t)lround(c.a * (m->v[i].c.a / 255.0));
        m->v[i].c = c;
    }
}
