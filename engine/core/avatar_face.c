/* avatar face: the features over the skull, drawn from FACS action units. Each unit moves
 * the part of the face it names in FACS (Ekman & Friesen): brows (1, 2, 4), lids (5, 6, 7,
 * 43), nose (9), lips and corners (10, 12, 14, 15, 17, 23, 24, 26), with the wrinkles each
 * one makes (forehead lines, the furrow between the brows, crow's feet, the nasolabial fold,
 * dimples, the chin boss), plus gaze, flush and tears. Design units: the face is about 254
 * wide, eyes at y 358, mouth at 458 (see avatar_mesh.c for the skull it sits on). */
#include <math.h>

#include "avatar_draw.h"
#include "avatar_math.h"

enum { MOUTH_N = 13, LID_N = 11 };

#define EYE_Y 358.0
#define EYE_HALF 27.0
#define MOUTH_Y 458.0

/* A crease: a soft stroke of darker skin whose strength is w (0 draws nothing). */
static void crease(Build *b, const Pt *p, int n, double width, AvatarColor skin, double w)
{
    if (w <= 0.02) return;
    mesh_stroke(b, p, n, width, 1.5, alpha(shade(skin, 0.62), clampd(w, 0, 1) * 0.85));
}

/* ---------------------------------------------------------------- eyes */

/* The open heights of an eye above and below its centre line: 5 widens the top, 7 and 6
 * push the lower lid up, 43 brings both together. */
static void lid_heights(const AvatarExpr *e, double *up, double *down)
{
    double shut = clampd(e->au43, 0, 1);
    *up = 13.5 * (1 + 0.55 * e->au5 - 0.3 * e->au7 - 0.15 * e->au6) * (1 - shut);
    *down = 12.0 * (1 - 0.45 * e->au7 - 0.4 * e->au6 + 0.2 * e->au5) * (1 - 0.85 * shut);
}

static void eye_marks(Build *b, Pt centre, Pt iris, double height, int side)
{
    AvatarMarks *mk = &b->m->marks;
    *(side < 0 ? &mk->eye_left : &mk->eye_right) = mesh_mark(b, centre);
    *(side < 0 ? &mk->iris_left : &mk->iris_right) = mesh_mark(b, iris);
    mk->eye_height = (float)(height * mk->scale);
}

/* The white, the iris behind the lids, then skin over what the lids cover and the lash
 * line: the lids cut the iris the way they do in a face (a wide stare shows white above
 * it, a narrowed eye hides its top and bottom). */
static void draw_eye(Build *b, const AvatarExpr *e, AvatarColor skin, AvatarColor hair, double ex,
                     int side)
{
    double up, down;
    lid_heights(e, &up, &down);
    double ey = EYE_Y;
    Pt L = {ex - EYE_HALF, ey}, R = {ex + EYE_HALF, ey};
    Pt top[LID_N], bot[LID_N], mask_top[LID_N], mask_bot[LID_N];
    mesh_bezier(L, (Pt){ex, ey - 2 * up}, R, top, LID_N);
    mesh_bezier(L, (Pt){ex, ey + 2 * down}, R, bot, LID_N);
    double ix = ex + e->gaze_x * 12 * (side < 0 ? 1 : 1), iy = ey + e->gaze_y * 7;
    eye_marks(b, (Pt){ex, ey}, (Pt){ix, iy}, up + down, side);
    if (up + down > 1.5) {
        mesh_band(b, top, bot, LID_N, rgb(246, 244, 240));
        mesh_ellipse(b, ix, iy, 11.5, 11.5, rgb(70, 52, 40));
        mesh_ellipse(b, ix, iy, 5.8, 5.8, rgb(15, 12, 10));
        mesh_ellipse(b, ix + 4, iy - 4, 2.1, 2.1, rgb(255, 255, 255));
        /* Skin over the iris where the lids cover it. */
        for (int i = 0; i < LID_N; i++) {
            mask_top[i] = (Pt){top[i].x, fmin(top[i].y, ey - 2) - 16};
            mask_bot[i] = (Pt){bot[i].x, fmax(bot[i].y, ey + 2) + 16};
        }
        mesh_band(b, mask_top, top, LID_N, skin);
        mesh_band(b, bot, mask_bot, LID_N, skin);
    }
    /* The upper lash line, heavier as the lid comes down; the lower lid shows when 6 or 7
     * pushes it up. */
    mesh_stroke(b, top, LID_N, 5.0 + 2.5 * e->au43, 2.5, shade(hair, 0.55));
    crease(b, bot, LID_N, 3.0, skin, 0.1 + 0.6 * (e->au7 + e->au6));
    /* The lid fold above the eye, pushed up by 5 and down by 43. */
    Pt fold[LID_N];
    mesh_bezier((Pt){ex - 24, ey - 4}, (Pt){ex, ey - 2 * up - 18 - 6 * e->au5},
                (Pt){ex + 26, ey - 6}, fold, LID_N);
    crease(b, fold, LID_N, 2.5, skin, 0.35);
    /* 6: crow's feet at the outer corner and the cheek raised under the eye. */
    for (int k = -1; k <= 1; k++) {
        double ox = ex + side * 31, oy = ey + k * 7;
        Pt cf[2] = {{ox, oy}, {ox + side * 12, oy + k * 5}};
        crease(b, cf, 2, 2.2, skin, 0.7 * (e->au6 - 0.3));
    }
    Pt cheek[5];
    mesh_bezier((Pt){ex - 22, ey + down + 10}, (Pt){ex, ey + down + 18 - 10 * e->au6},
                (Pt){ex + 22, ey + down + 10}, cheek, 5);
    crease(b, cheek, 5, 2.5, skin, 0.4 * e->au6);
}

/* ---------------------------------------------------------------- brows and forehead */

/* Brows: 1 lifts the inner ends, 2 the outer ones (2_one only the viewer's right, doubt), 4
 * lowers both and draws the inner ends together; with 4, a furrow between them. */
static void draw_brows(Build *b, const AvatarExpr *e, AvatarColor skin, AvatarColor hair)
{
    AvatarMarks *mk = &b->m->marks;
    for (int side = -1; side <= 1; side += 2) {
        double two = e->au2 + (side > 0 ? e->au2_one : 0);
        double in_y = 318 - 22 * e->au1 - 5 * two + 15 * e->au4;
        double out_y = 316 - 20 * two + 3 * e->au1 + 9 * e->au4;
        double in_x = 500 + side * (22 - 8 * e->au4);
        Pt pts[7];
        mesh_bezier((Pt){in_x, in_y}, (Pt){500 + side * 52, fmin(in_y, out_y) - 12 - 6 * two},
                    (Pt){500 + side * 86, out_y + 4}, pts, 7);
        mesh_stroke(b, pts, 7, 12, 6, shade(hair, 0.85));
        *(side < 0 ? &mk->brow_inner_left : &mk->brow_inner_right) = mesh_mark(b, pts[0]);
        *(side < 0 ? &mk->brow_outer_left : &mk->brow_outer_right) = mesh_mark(b, pts[6]);
    }
    /* 4: the vertical furrow between the brows. */
    for (int side = -1; side <= 1; side += 2) {
        Pt f[3] = {{500 + side * 8, 318}, {500 + side * 6, 330}, {500 + side * 8, 344}};
        crease(b, f, 3, 3.0, skin, 1.2 * (e->au4 - 0.2));
    }
    /* 1 and 2: lines across the forehead; 1 alone bunches them in the middle (worry). */
    double lift = fmax(e->au1, e->au2 + 0.5 * e->au2_one);
    double reach = 40 + 50 * fmin(1, (e->au2 + e->au2_one) / fmax(e->au1, 0.2));
    for (int k = 0; k < 2; k++) {
        double y = 268 + k * 16 + 6 * e->au4;
        Pt line[5];
        mesh_bezier((Pt){500 - reach, y + 6}, (Pt){500, y - 8}, (Pt){500 + reach, y + 6}, line, 5);
        crease(b, line, 5, 2.5, skin, 1.1 * (lift - 0.25));
    }
}

/* ---------------------------------------------------------------- nose and cheeks */

/* Nose; 9 wrinkles its bridge and lifts the wings; the nasolabial fold deepens with 6, 9,
 * 10 and 12 (a smile and a sneer both show it). */
static void draw_nose(Build *b, const AvatarExpr *e, AvatarColor skin)
{
    double lift = 6 * e->au9 + 4 * e->au10;
    Pt nose[] = {{502, 365}, {492, 410 - lift}, {500, 420 - lift}, {514, 414 - lift}};
    mesh_stroke(b, nose, 4, 5, 3, shade(skin, 0.7));
    for (int side = -1; side <= 1; side += 2) {
        Pt wing[3] = {{500 + side * 12, 418 - lift},
                      {500 + side * 20, 412 - lift},
                      {500 + side * 17, 402 - lift}};
        crease(b, wing, 3, 3.0, skin, 0.5);
        for (int k = 0; k < 2; k++) {
            Pt w[2] = {{500 + side * 4, 344 + 7 * k}, {500 + side * 16, 340 + 7 * k}};
            crease(b, w, 2, 2.2, skin, 1.2 * (e->au9 - 0.15));
        }
        double pull = e->au12 + (side > 0 ? e->au12_one : 0);
        double deep = 0.45 * pull + 0.6 * e->au6 + 0.7 * e->au9 + 0.6 * e->au10;
        Pt fold[4];
        mesh_bezier((Pt){500 + side * 24, 414 - lift}, (Pt){500 + side * (52 + 8 * pull), 432},
                    (Pt){500 + side * (54 + 6 * pull), 468 - 8 * pull}, fold, 4);
        crease(b, fold, 4, 3.0, skin, fmin(0.9, deep));
    }
}

/* ---------------------------------------------------------------- mouth */

/* The open mouth (26): dark inside, teeth when smiling or with the upper lip raised (10). */
static void draw_mouth_open(Build *b, const AvatarExpr *e, const Pt *line, Pt L, Pt R, Pt ctl,
                            AvatarColor lip)
{
    double open = e->au26;
    Pt upper[MOUTH_N], lower[MOUTH_N], teeth[MOUTH_N];
    Pt lctl = {ctl.x, ctl.y + 44 * open};
    mesh_bezier(L, lctl, R, lower, MOUTH_N);
    for (int i = 0; i < MOUTH_N; i++) {
        upper[i] = (Pt){line[i].x, line[i].y - 6 * open};
        teeth[i] = (Pt){line[i].x, line[i].y + 9 * open};
    }
    mesh_band(b, upper, lower, MOUTH_N, rgb(70, 25, 30));
    if (e->au12 > 0.2 || e->au10 > 0.3) mesh_band(b, upper, teeth, MOUTH_N, rgb(240, 236, 228));
    mesh_stroke(b, lower, MOUTH_N, 8 * (1 - 0.6 * e->au23), 3, lip);
}

/* Where a mouth corner goes: 12 pulls it up and out, 14 in and tight (a dimple), 15 down;
 * the one-sided units act on the viewer's right only. */
static Pt mouth_corner(const AvatarExpr *e, int side)
{
    double up = e->au12 + (side > 0 ? e->au12_one : 0);
    double dimple = e->au14 + (side > 0 ? e->au14_one : 0);
    double hw = 46 + 9 * up - 11 * e->au23 - 5 * e->au24 - 5 * dimple - 4 * e->au17;
    double y = MOUTH_Y - 22 * up - 5 * dimple + 20 * e->au15 - 4 * e->au10;
    return (Pt){500 + side * hw, y};
}

/* The lips: the line between them, the lower lip (thinned by 23, gone into a line by 24),
 * dimples (14), the chin boss (17) and a clenched jaw (23 strong). */
static void draw_lips(Build *b, const AvatarExpr *e, const Pt *line, AvatarColor skin,
                      AvatarColor lip)
{
    double thin = clampd(e->au23 + 0.8 * e->au24, 0, 1);
    mesh_stroke(b, line, MOUTH_N, 9 - 6 * thin, 3, shade(lip, 0.8));
    if (e->au26 <= 0.03 && thin < 0.85) {
        Pt low[MOUTH_N];
        for (int i = 0; i < MOUTH_N; i++)
            low[i] = (Pt){line[i].x, line[i].y + 7 * (1 - thin) - 2 * e->au17};
        mesh_stroke(b, low + 2, MOUTH_N - 4, 7 * (1 - thin), 2, alpha(lip, 0.6));
    }
    for (int side = -1; side <= 1; side += 2) {
        double d = e->au14 + (side > 0 ? e->au14_one : 0);
        Pt c = side < 0 ? line[0] : line[MOUTH_N - 1];
        Pt dim[3] = {{c.x + side * 5, c.y - 9}, {c.x + side * 9, c.y}, {c.x + side * 5, c.y + 9}};
        crease(b, dim, 3, 2.8, skin, 1.2 * (d - 0.15));
    }
    Pt chin[5];
    mesh_bezier((Pt){480, 492}, (Pt){500, 484 - 6 * e->au17}, (Pt){520, 492}, chin, 5);
    crease(b, chin, 5, 3.0, skin, 1.1 * (e->au17 - 0.15));
    /* Strong 23: the jaw muscle bunches at the corners of the jaw. */
    for (int side = -1; side <= 1; side += 2) {
        Pt j[2] = {{500 + side * 108, 440}, {500 + side * 98, 470}};
        crease(b, j, 2, 5, skin, 1.6 * (e->au23 - 0.5));
    }
}

static void draw_mouth(Build *b, const AvatarExpr *e, AvatarColor skin)
{
    Pt L = mouth_corner(e, -1), R = mouth_corner(e, 1);
    /* The middle of the line: 17 pushes it up (a pout: an arch with 15), 10 lifts the upper
     * lip, 24 flattens the line. */
    double mid = MOUTH_Y - 7 * e->au17 - 5 * e->au10;
    double flat = 1 - 0.5 * e->au24;
    Pt ctl = {500, (2 * mid - (L.y + R.y) / 2) * flat + (L.y + R.y) / 2 * (1 - flat)};
    Pt line[MOUTH_N];
    mesh_bezier(L, ctl, R, line, MOUTH_N);
    b->m->marks.mouth_left = mesh_mark(b, L);
    b->m->marks.mouth_right = mesh_mark(b, R);
    b->m->marks.mouth_mid = mesh_mark(b, line[MOUTH_N / 2]);
    AvatarColor lip = mix(skin, rgb(150, 55, 60), 0.45);
    if (e->au26 > 0.03) draw_mouth_open(b, e, line, L, R, ctl, lip);
    draw_lips(b, e, line, skin, lip);
}

/* ---------------------------------------------------------------- the face */

void avatar_draw_face(Build *b, const AvatarExpr *e, const AvatarLook *lk, const Palette *c)
{
    (void)lk;
    if (e->flush > 0.02) {
        /* Two soft layers per cheek, so the flush has no hard edge. */
        for (int side = -1; side <= 1; side += 2) {
            mesh_ellipse(b, 500 + side * 66, 408, 40, 25, alpha(rgb(225, 80, 75), 0.22 * e->flush));
            mesh_ellipse(b, 500 + side * 66, 408, 26, 15, alpha(rgb(225, 80, 75), 0.28 * e->flush));
        }
    }
    draw_eye(b, e, c->skin, c->hair, 448, -1);
    draw_eye(b, e, c->skin, c->hair, 552, 1);
    draw_brows(b, e, c->skin, c->hair);
    draw_nose(b, e, c->skin);
    if (e->tears > 0.02) {
        AvatarColor tc = alpha(rgb(120, 170, 230), 0.8 * e->tears);
        mesh_ellipse(b, 436, 388 + 18 * e->tears, 6, 9, tc);
        mesh_ellipse(b, 564, 392 + 14 * e->tears, 6, 9, tc);
    }
    draw_mouth(b, e, c->skin);
}
