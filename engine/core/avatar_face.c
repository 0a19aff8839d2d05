/* avatar face: the features over the skull, drawn from an expression: eyes (lids, iris and
 * gaze), brows, nose, mouth (corners, lips, an open mouth, a set jaw), flush and tears. */
#include <math.h>

#include "avatar_draw.h"
#include "avatar_math.h"

enum { MOUTH_N = 13 };

static void draw_eye(Build *b, const AvatarExpr *e, const AvatarLook *lk, AvatarColor skin,
                     double ex, double ey, int side)
{
    double open = e->eye_open;
    double ry = 14 * open;
    if (side < 0)
        b->m->marks.eye_left = mesh_mark(b, (Pt){ex, ey});
    else
        b->m->marks.eye_right = mesh_mark(b, (Pt){ex, ey});
    b->m->marks.eye_height = (float)(2 * ry * b->m->marks.scale);
    if (open < 0.3) {
        if (side < 0)
            b->m->marks.iris_left = mesh_mark(b, (Pt){ex, ey});
        else
            b->m->marks.iris_right = mesh_mark(b, (Pt){ex, ey});
    }
    AvatarColor lid = shade(skin, 0.55), line = shade(lk->hair, 0.7);
    if (open < 0.3) {
        Pt pts[5];
        mesh_bezier((Pt){ex - 27, ey}, (Pt){ex, ey + 6}, (Pt){ex + 27, ey}, pts, 5);
        mesh_stroke(b, pts, 5, 5, 3, line);
        return;
    }
    mesh_ellipse(b, ex, ey, 27, ry, rgb(246, 244, 240));
    double ir = fmin(11.5, ry * 0.95);
    double ix = ex + e->gaze_x * 12, iy = ey + e->gaze_y * 6 * open;
    AvatarMarks *mk = &b->m->marks;
    if (side < 0)
        mk->iris_left = mesh_mark(b, (Pt){ix, iy});
    else
        mk->iris_right = mesh_mark(b, (Pt){ix, iy});
    mesh_ellipse(b, ix, iy, ir, ir, rgb(70, 52, 40));
    mesh_ellipse(b, ix, iy, ir * 0.5, ir * 0.5, rgb(15, 12, 10));
    mesh_ellipse(b, ix + ir * 0.35, iy - ir * 0.35, ir * 0.18, ir * 0.18, rgb(255, 255, 255));
    /* Upper lid: a line of shaded skin along the top of the eye. */
    Pt lidl[12];
    for (int i = 0; i < 12; i++) {
        double th = M_PI + M_PI * i / 11;
        lidl[i] = (Pt){ex + 29 * cos(th), ey + ry * sin(th)};
    }
    mesh_stroke(b, lidl, 12, 4.5, 2.5, lid);
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
        mesh_bezier((Pt){500 + side * 20, in_y}, (Pt){500 + side * 50, fmin(in_y, out_y) - 14},
               (Pt){500 + side * 84, out_y + 4}, pts, 7);
        mesh_stroke(b, pts, 7, 12, 6, shade(hair, 0.85));
        *(side < 0 ? &mk->brow_inner_left : &mk->brow_inner_right) = mesh_mark(b, pts[0]);
        *(side < 0 ? &mk->brow_outer_left : &mk->brow_outer_right) = mesh_mark(b, pts[6]);
    }
}

/* The open mouth: dark inside, teeth when smiling, the lower lip. */
static void draw_mouth_open(Build *b, const AvatarExpr *e, const Pt *line, Pt L, Pt R, Pt ctl,
                            AvatarColor lip)
{
    double open = e->mouth_open;
    Pt upper[MOUTH_N], lower[MOUTH_N], teeth[MOUTH_N];
    Pt lctl = {ctl.x, ctl.y + 44 * open};
    mesh_bezier(L, lctl, R, lower, MOUTH_N);
    for (int i = 0; i < MOUTH_N; i++) {
        upper[i] = (Pt){line[i].x, line[i].y - 6 * open};
        teeth[i] = (Pt){line[i].x, line[i].y + 9 * open};
    }
    mesh_band(b, upper, lower, MOUTH_N, rgb(70, 25, 30));
    if (e->mouth_curve > 0.2) mesh_band(b, upper, teeth, MOUTH_N, rgb(240, 236, 228));
    mesh_stroke(b, lower, MOUTH_N, 8, 3, lip);
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
    mesh_bezier(L, ctl, R, line, MOUTH_N);
    b->m->marks.mouth_left = mesh_mark(b, L);
    b->m->marks.mouth_right = mesh_mark(b, R);
    b->m->marks.mouth_mid = mesh_mark(b, line[MOUTH_N / 2]);
    AvatarColor lip = mix(skin, rgb(150, 55, 60), 0.45);
    if (e->mouth_open > 0.03) draw_mouth_open(b, e, line, L, R, ctl, lip);
    mesh_stroke(b, line, MOUTH_N, 9 - 6 * e->mouth_tension, 3, shade(lip, 0.8));
    if (e->mouth_open <= 0.03 && e->mouth_tension < 0.8) {
        Pt low[MOUTH_N];
        for (int i = 0; i < MOUTH_N; i++)
            low[i] = (Pt){line[i].x, line[i].y + 7 * (1 - e->mouth_tension)};
        mesh_stroke(b, low + 2, MOUTH_N - 4, 7 * (1 - e->mouth_tension), 2, alpha(lip, 0.6));
    }
    if (e->mouth_tension > 0.55) {
        /* Clenched jaw: small muscle lines at the jaw corners. */
        AvatarColor jc = alpha(shade(skin, 0.7), (e->mouth_tension - 0.55) * 2);
        Pt jl[] = {{392, 440}, {402, 470}}, jr[] = {{608, 440}, {598, 470}};
        mesh_stroke(b, jl, 2, 5, 5, jc);
        mesh_stroke(b, jr, 2, 5, 5, jc);
    }
}

/* The face: flush, eyes, brows, nose, tears, mouth. */
void avatar_draw_face(Build *b, const AvatarExpr *e, const AvatarLook *lk, const Palette *c)
{
    if (e->flush > 0.02) {
        /* Two soft layers per cheek, so the flush has no hard edge. */
        for (int side = -1; side <= 1; side += 2) {
            mesh_ellipse(b, 500 + side * 66, 408, 40, 25, alpha(rgb(225, 80, 75), 0.22 * e->flush));
            mesh_ellipse(b, 500 + side * 66, 408, 26, 15, alpha(rgb(225, 80, 75), 0.28 * e->flush));
        }
    }
    draw_eye(b, e, lk, c->skin, 448, 358, -1);
    draw_eye(b, e, lk, c->skin, 552, 358, 1);
    draw_brows(b, e, c->hair);
    Pt nose[] = {{502, 365}, {492, 410}, {500, 420}, {514, 414}};
    mesh_stroke(b, nose, 4, 5, 3, shade(c->skin, 0.7));
    if (e->tears > 0.02) {
        AvatarColor tc = alpha(rgb(120, 170, 230), 0.8 * e->tears);
        mesh_ellipse(b, 436, 388 + 18 * e->tears, 6, 9, tc);
        mesh_ellipse(b, 564, 392 + 14 * e->tears, 6, 9, tc);
    }
    draw_mouth(b, e, c->skin);
}
