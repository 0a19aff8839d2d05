/* test_avatar: the avatar's action units, the faces composed from them per band and manner, cues,
 * easing, captions and geometry, with no SDL and no Lua: the figure is plain numbers and triangles.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <string.h>

#include "../../engine/core/avatar.h"
#include "../../engine/core/recap.h"

static const AvatarInputs OPEN = {.discord = 8,
                                  .rapport = 70,
                                  .reactance = 8,
                                  .credibility = 65,
                                  .resistance = 15,
                                  .band = BAND_OPEN,
                                  .level = 0.6,
                                  .manner = MANNER_COMBATIVE};
static const AvatarInputs HOSTILE = {.discord = 88,
                                     .rapport = 12,
                                     .reactance = 70,
                                     .credibility = 20,
                                     .resistance = 82,
                                     .band = BAND_HOSTILE,
                                     .level = 3.3,
                                     .manner = MANNER_COMBATIVE};

/* The inputs of a client in the middle of band b, with middling other variables (so the
 * face shows the band and the manner, not reactance or credibility). */
static AvatarInputs at_band(int b, int manner)
{
    AvatarInputs in = {.discord = 10 + 22 * b,
                       .rapport = 60 - 14 * b,
                       .reactance = 15,
                       .credibility = 50,
                       .resistance = 12.5 + 25 * b,
                       .band = b,
                       .level = b + 0.5,
                       .manner = manner};
    return in;
}

static double face_distance(const AvatarExpr *a, const AvatarExpr *b)
{
    double d = 0;
    for (int i = 0; i < AVATAR_NAUS; i++)
        d += fabs(*avatar_channel((AvatarExpr *)a, i) - *avatar_channel((AvatarExpr *)b, i));
    return d + fabs(a->gaze_x - b->gaze_x) + fabs(a->gaze_y - b->gaze_y);
}

/* Open and guarded are the same for every manner: warmth (6+12), then guarded neutral (24,
 * less eye contact). */
static void test_open_and_guarded(void **st)
{
    (void)st;
    for (int m = 0; m < MANNER_COUNT; m++) {
        AvatarInputs in = at_band(BAND_OPEN, m);
        AvatarExpr o, g;
        avatar_target(&in, &o);
        assert_true(o.au12 > 0.4 && o.au6 > 0.3);
        assert_true(o.au4 < 0.05 && o.au24 < 0.05 && o.gaze_x < 0.1 && o.arms < 0.3);
        in = at_band(BAND_GUARDED, m);
        avatar_target(&in, &g);
        assert_true(g.au12 < 0.05 && g.au6 < 0.05);
        assert_true(g.au24 > 0.45 && g.au7 > 0.25 && g.gaze_x > 0.3);
        assert_true(fabs(g.arms - 1) < 0.05);
    }
}

/* Resistant and hostile show the client's manner: anger (4+5+7+23), sadness and withdrawal
 * (1+4+15, gaze and head down) or contempt (one-sided 12+14, a raised brow). */
static void test_manners(void **st)
{
    (void)st;
    AvatarExpr r, h;
    AvatarInputs in = at_band(BAND_RESISTANT, MANNER_COMBATIVE);
    avatar_target(&in, &r);
    in = at_band(BAND_HOSTILE, MANNER_COMBATIVE);
    avatar_target(&in, &h);
    assert_true(r.au4 > 0.4 && r.au23 > 0.4 && r.arms > 1.9);
    assert_true(h.au4 > 0.85 && h.au5 > 0.5 && h.au7 > 0.6 && h.au23 > 0.8);
    assert_true(h.gaze_x < 0.05 && h.lean > 0.3 && h.point > 0.9 && h.flush > 0.4);

    in = at_band(BAND_RESISTANT, MANNER_WITHDRAWN);
    avatar_target(&in, &r);
    in = at_band(BAND_HOSTILE, MANNER_WITHDRAWN);
    avatar_target(&in, &h);
    assert_true(r.au1 > 0.35 && r.au15 > 0.35 && r.gaze_y > 0.4 && r.arms < 1.1);
    assert_true(h.au1 > 0.75 && h.au4 > 0.4 && h.au15 > 0.7 && h.au5 < 0.01);
    assert_true(h.gaze_y > 0.7 && h.head_nod > 0.55 && h.shoulders_in > 0.9);
    assert_true(h.self_touch > 0.9 && h.point < 0.01 && h.lean < -0.1);

    in = at_band(BAND_RESISTANT, MANNER_DISMISSIVE);
    avatar_target(&in, &r);
    in = at_band(BAND_HOSTILE, MANNER_DISMISSIVE);
    avatar_target(&in, &h);
    assert_true(r.au12_one > 0.25 && r.au14_one > 0.3 && r.arms > 1.9);
    assert_true(h.au12_one > 0.6 && h.au14_one > 0.7 && h.au2_one > 0.7);
    assert_true(h.au12 < 0.05 && h.lean < -0.6 && h.head_nod < -0.3 && h.check_watch > 0.9);
}

/* Every band is its own face: adjacent bands differ in the action units and gaze by a
 * clear margin for every manner, and the manners differ from one another once resistant. */
static void test_bands_distinct(void **st)
{
    (void)st;
    for (int m = 0; m < MANNER_COUNT; m++)
        for (int b = 0; b + 1 < BAND_COUNT; b++) {
            AvatarInputs x = at_band(b, m), y = at_band(b + 1, m);
            AvatarExpr ex, ey;
            avatar_target(&x, &ex);
            avatar_target(&y, &ey);
            assert_true(face_distance(&ex, &ey) > 1.0);
        }
    for (int b = BAND_RESISTANT; b <= BAND_HOSTILE; b++)
        for (int m = 0; m < MANNER_COUNT; m++)
            for (int n = m + 1; n < MANNER_COUNT; n++) {
                AvatarInputs x = at_band(b, m), y = at_band(b, n);
                AvatarExpr ex, ey;
                avatar_target(&x, &ex);
                avatar_target(&y, &ey);
                assert_true(face_distance(&ex, &ey) > 1.5);
            }
}

static void test_mapping_monotonic(void **st)
{
    (void)st;
    for (int m = 0; m < MANNER_COUNT; m++) {
        AvatarExpr prev;
        AvatarInputs in = at_band(BAND_OPEN, m);
        in.level = 0;
        avatar_target(&in, &prev);
        for (double l = 0.1; l <= 4.0; l += 0.1) {
            in.level = l;
            AvatarExpr e;
            avatar_target(&in, &e);
            assert_true(e.au12 <= prev.au12 + 1e-9);
            assert_true(e.arms >= prev.arms - 1e-9);
            if (l > 2) assert_true(e.au4 >= prev.au4 - 1e-9);
            prev = e;
        }
    }
}

static void test_channels_stay_in_range(void **st)
{
    (void)st;
    for (int d = 0; d <= 100; d += 25)
        for (int r = 0; r <= 100; r += 25)
            for (int x = 0; x <= 100; x += 50)
                for (int c = 0; c <= 100; c += 50)
                    for (int m = 0; m < MANNER_COUNT; m++) {
                        AvatarInputs in = {d, r, x, c, 0.55 * d + 0.25 * x, 0, d / 25.0, m};
                        AvatarExpr e;
                        avatar_target(&in, &e);
                        for (int i = 0; i < AVATAR_NCHANNELS; i++) {
                            double lo, hi, v = *avatar_channel(&e, i);
                            avatar_channel_range(i, &lo, &hi);
                            assert_true(v >= lo && v <= hi);
                        }
                    }
    assert_string_equal(avatar_channel_name(0), "au1");
    assert_string_equal(avatar_channel_name(AVATAR_NAUS - 1), "au43");
    assert_string_equal(avatar_channel_name(AVATAR_NAUS), "gaze_x");
    assert_string_equal(avatar_channel_name(AVATAR_NCHANNELS - 1), "tears");
    assert_null(avatar_channel_name(AVATAR_NCHANNELS));
}

/* The plain-word channels scripts used before the action units set the units they name. */
static void test_word_channels(void **st)
{
    (void)st;
    AvatarExpr e;
    avatar_neutral(&e);
    assert_true(avatar_set_channel(&e, "brow_height", -1));
    assert_true(e.au4 == 1 && e.au1 == 0 && e.au2 == 0);
    assert_true(avatar_set_channel(&e, "brow_height", 0.5));
    assert_true(e.au1 == 0.5 && e.au2 == 0.5 && e.au4 == 0);
    assert_true(avatar_set_channel(&e, "brow_angle", -0.8));
    assert_true(fabs(e.au4 - 0.8) < 1e-9 && e.au1 == 0);
    assert_true(avatar_set_channel(&e, "mouth_curve", -0.6));
    assert_true(e.au12 == 0 && fabs(e.au15 - 0.6) < 1e-9);
    assert_true(avatar_set_channel(&e, "eye_open", 1.3));
    assert_true(fabs(e.au5 - 1) < 1e-9 && e.au43 == 0);
    assert_true(avatar_set_channel(&e, "eye_open", 0.25));
    assert_true(e.au5 == 0 && fabs(e.au43 - 0.75) < 1e-9);
    assert_true(avatar_set_channel(&e, "skeptic", 1));
    assert_true(e.au2_one == 1 && fabs(e.au14_one - 0.6) < 1e-9);
    assert_true(avatar_set_channel(&e, "mouth_tension", 2)); /* clamped */
    assert_true(e.au23 == 1 && fabs(e.au24 - 0.7) < 1e-9);
    assert_true(avatar_set_channel(&e, "mouth_open", 0.4) && e.au26 == 0.4);
    assert_true(avatar_set_channel(&e, "au9", 7) && e.au9 == 1);
    assert_true(avatar_set_channel(&e, "lean", -3) && e.lean == -1);
    assert_false(avatar_set_channel(&e, "au8", 1));
    assert_false(avatar_set_channel(&e, "smile", 1));
    assert_true(avatar_is_word_channel("skeptic") && !avatar_is_word_channel("au4"));
}

static void test_cues(void **st)
{
    (void)st;
    static const char *const names[] = {"arms_crossed", "eye_roll", "sigh",  "look_away",
                                        "nod",          "smile",    "frown", "lean_in",
                                        "lean_back",    "shrug",    "tears", "laugh"};
    for (int i = 0; i < 12; i++) {
        AvatarCue c = avatar_cue_parse(names[i]);
        assert_int_not_equal(c, CUE_NONE);
        assert_string_equal(avatar_cue_name(c), names[i]);
        /* Every cue visibly changes the face or posture half-way through, and not after. */
        AvatarExpr base, mid, after;
        AvatarInputs g = at_band(BAND_GUARDED, MANNER_COMBATIVE);
        avatar_target(&g, &base);
        after = base;
        avatar_cue_apply(&after, c, avatar_cue_duration(c) + 1, false);
        double most = 0;
        for (int step = 1; step < 10; step++) {
            mid = base;
            avatar_cue_apply(&mid, c, avatar_cue_duration(c) * step / 10, false);
            double diff = 0;
            for (int k = 0; k < AVATAR_NCHANNELS; k++)
                diff += fabs(*avatar_channel(&mid, k) - *avatar_channel(&base, k));
            if (diff > most) most = diff;
        }
        assert_true(most > 0.3);
        assert_memory_equal(&after, &base, sizeof base);
    }
    assert_int_equal(avatar_cue_parse("wink"), CUE_NONE);
    assert_int_equal(avatar_cue_parse(NULL), CUE_NONE);
    AvatarExpr e;
    avatar_target(&OPEN, &e);
    avatar_cue_apply(&e, CUE_ARMS_CROSSED, 1500, false);
    assert_true(e.arms > 1.9);
}

static void test_easing_and_reduced_motion(void **st)
{
    (void)st;
    AvatarExpr o, h, p;
    avatar_target(&OPEN, &o);
    avatar_target(&HOSTILE, &h);
    Avatar a;
    avatar_init(&a, &o, false);
    avatar_retarget(&a, &h, 1000);
    avatar_pose(&a, 1000, -1, &p);
    assert_true(fabs(p.au4 - o.au4) < 1e-9);
    avatar_pose(&a, 1000 + AVATAR_EASE_MS / 2, -1, &p);
    assert_true(p.au4 > o.au4 && p.au4 < h.au4);
    assert_true(avatar_moving(&a, 1000 + AVATAR_EASE_MS / 2));
    avatar_pose(&a, 1000 + AVATAR_EASE_MS, -1, &p);
    assert_true(fabs(p.au4 - h.au4) < 1e-9);
    assert_false(avatar_moving(&a, 1000 + AVATAR_EASE_MS + 1));
    /* Retargeting mid-way starts from where the face is, not where it was going. */
    avatar_retarget(&a, &o, 3000);
    avatar_pose(&a, 3000, -1, &p);
    assert_true(fabs(p.au4 - h.au4) < 1e-9);

    Avatar r;
    avatar_init(&r, &o, true);
    avatar_retarget(&r, &h, 0);
    avatar_pose(&r, 1, 1, &p);
    assert_true(fabs(p.au4 - h.au4) < 1e-9);
    assert_false(avatar_moving(&r, 1));
    /* A reduced-motion nod is a still, lowered head. */
    avatar_play_cue(&r, CUE_NOD, 0);
    AvatarExpr n1, n2;
    avatar_pose(&r, 300, 1, &n1);
    avatar_pose(&r, 700, 1, &n2);
    assert_true(fabs(n1.head_nod - n2.head_nod) < 1e-9 && n1.head_nod > h.head_nod);
}

static void test_held_posture(void **st)
{
    (void)st;
    AvatarExpr o, p;
    avatar_target(&OPEN, &o);
    Avatar a;
    avatar_init(&a, &o, false);
    /* A node's arms_crossed holds while the line is said; a choice's nod passes. */
    avatar_hold_cue(&a, CUE_ARMS_CROSSED, 0);
    avatar_hold_cue(&a, CUE_NOD, 0);
    avatar_pose(&a, 60000, -1, &p);
    assert_true(p.arms > 1.9);
    assert_true(fabs(p.head_nod - o.head_nod) < 1e-9);
    assert_false(avatar_moving(&a, 60000));
    assert_true(avatar_cue_is_posture(CUE_LOOK_AWAY) && !avatar_cue_is_posture(CUE_SIGH));
    /* The next change lets go of it, easing out from crossed arms. */
    avatar_retarget(&a, &o, 60000);
    avatar_pose(&a, 60000, -1, &p);
    assert_true(p.arms > 1.9);
    avatar_pose(&a, 60000 + AVATAR_EASE_MS, -1, &p);
    assert_true(p.arms < 0.3);
}

static void test_idle_life(void **st)
{
    (void)st;
    int blinking = 0;
    for (double t = 0; t < 41000; t += 10)
        blinking += avatar_blinking(t);
    /* About one blink every 4 seconds, each under 200 ms. */
    assert_true(blinking >= 8 * 14 && blinking <= 12 * 18);
    double nb = avatar_next_blink(5000);
    assert_true(nb > 5000 && nb < 5000 + 6000);
    assert_true(avatar_blinking(nb + 60));
    AvatarExpr e;
    avatar_target(&OPEN, &e);
    AvatarExpr b = e;
    avatar_idle_apply(&b, nb + 85, 0);
    assert_true(e.au43 < 0.05 && b.au43 > 0.95);
    /* Glances: a client who avoids your eyes looks away more, over a minute, than a warm
     * one; without idle motion the eyes stay put. */
    AvatarInputs g = at_band(BAND_GUARDED, MANNER_COMBATIVE);
    AvatarExpr ge;
    avatar_target(&g, &ge);
    double warm_away = 0, guarded_away = 0;
    for (double t = 0; t < 60000; t += 20) {
        AvatarExpr w = e, x = ge, still = ge;
        avatar_idle_apply(&w, t, 1);
        avatar_idle_apply(&x, t, 1);
        avatar_idle_apply(&still, t, 0);
        warm_away += fabs(w.gaze_x - e.gaze_x);
        guarded_away += fabs(x.gaze_x - ge.gaze_x);
        assert_true(still.gaze_x == ge.gaze_x);
    }
    assert_true(guarded_away > 2 * warm_away && guarded_away > 100);
    /* Gestures under strain: an angry face presses its lips now and then; a warm one never
     * does. */
    AvatarInputs hi = at_band(BAND_HOSTILE, MANNER_COMBATIVE);
    AvatarExpr he;
    avatar_target(&hi, &he);
    double angry_press = 0, warm_press = 0;
    for (double t = 0; t < 60000; t += 20) {
        AvatarExpr w = e, x = he;
        avatar_idle_apply(&w, t, 1);
        avatar_idle_apply(&x, t, 1);
        angry_press = fmax(angry_press, x.au24 - he.au24);
        warm_press = fmax(warm_press, w.au24 - e.au24);
    }
    assert_true(angry_press > 0.3 && warm_press == 0);
}

static void test_describe_change(void **st)
{
    (void)st;
    AvatarExpr o, h;
    avatar_target(&OPEN, &o);
    avatar_target(&HOSTILE, &h);
    char buf[512];
    avatar_describe_change(&o, &h, "she", buf, sizeof buf);
    assert_string_equal(buf, "crosses her arms, points at you, stops smiling, frowns, "
                             "sets her jaw and flushes");
    avatar_describe_change(&h, &o, "he", buf, sizeof buf);
    assert_string_equal(buf, "uncrosses his arms and opens his hands, lowers his hand, smiles, "
                             "stops frowning, loosens his jaw and loses the "
                             "flush in his face");
    avatar_describe_change(&h, &o, "they", buf, sizeof buf);
    assert_non_null(strstr(buf, "uncross their arms"));
    avatar_describe_change(&o, &o, "she", buf, sizeof buf);
    assert_string_equal(buf, "");
    /* Withdrawal and contempt in words. */
    AvatarInputs g = at_band(BAND_GUARDED, MANNER_WITHDRAWN),
                 w = at_band(BAND_HOSTILE, MANNER_WITHDRAWN);
    AvatarExpr ge, we;
    avatar_target(&g, &ge);
    avatar_target(&w, &we);
    avatar_describe_change(&ge, &we, "he", buf, sizeof buf);
    assert_string_equal(buf, "leans back, hunches his shoulders, holds his own arm, "
                             "looks down, frowns and looks hurt");
    AvatarInputs d = at_band(BAND_HOSTILE, MANNER_DISMISSIVE);
    AvatarExpr de;
    avatar_target(&d, &de);
    avatar_describe_change(&ge, &de, "she", buf, sizeof buf);
    assert_string_equal(
        buf, "crosses her arms, leans back, checks her watch, looks away, smirks and raises "
             "an eyebrow");
    avatar_cue_words(CUE_EYE_ROLL, "Dana", "she", buf, sizeof buf);
    assert_string_equal(buf, "Dana rolls her eyes.");
    avatar_cue_words(CUE_NOD, "The team", "they", buf, sizeof buf);
    assert_string_equal(buf, "The team nod.");
}

/* Speech: the jaw moves while a line is shown and rests at punctuation and once it is all
 * shown. */
static void test_talk(void **st)
{
    (void)st;
    const char *line = "Well, maybe. I don't know";
    AvatarExpr n, e;
    avatar_neutral(&n);
    double most = 0;
    for (double t = 0; t < 400; t += 10) {
        e = n;
        avatar_talk_apply(&e, line, 3, t, false); /* "Wel" */
        most = fmax(most, e.au26);
    }
    assert_true(most > 0.15);
    for (double t = 0; t < 400; t += 10) {
        e = n;
        avatar_talk_apply(&e, line, 5, t, false); /* "Well," */
        assert_true(e.au26 == 0);
        e = n;
        avatar_talk_apply(&e, line, strlen(line), t, false);
        assert_true(e.au26 == 0);
        e = n;
        avatar_talk_apply(&e, line, 3, t, true);
        assert_true(e.au26 == 0);
    }
}

/* A cue's caption is dropped when the figure already shows it (the posture held in the
 * previous expression), or when the posture sentence for the client's manner already says
 * it; passing reactions are always captioned. */
static void test_captions_held(void **st)
{
    (void)st;
    AvatarExpr open, crossed;
    avatar_target(&OPEN, &open);
    AvatarInputs r = at_band(BAND_RESISTANT, MANNER_DISMISSIVE);
    avatar_target(&r, &crossed);
    assert_false(recap_cue_held(CUE_ARMS_CROSSED, &open));
    assert_true(recap_cue_held(CUE_ARMS_CROSSED, &crossed));
    assert_true(recap_cue_held(CUE_SMILE, &open));
    assert_false(recap_cue_held(CUE_SMILE, &crossed));
    assert_false(recap_cue_held(CUE_NOD, &open) || recap_cue_held(CUE_SIGH, &crossed));
    Scenario sc;
    memset(&sc, 0, sizeof sc);
    sc.has_model = true;
    sc.var_resistance = 0;
    sc.band_limits[0] = 25, sc.band_limits[1] = 50, sc.band_limits[2] = 75;
    double calm[1] = {10}, resisting[1] = {60};
    for (int m = 0; m < MANNER_COUNT; m++) {
        sc.manner = m;
        assert_false(recap_cue_redundant(&sc, calm, &open, CUE_ARMS_CROSSED));
        /* From resistant on the sentence says "arms crossed" unless withdrawn, and "leans
         * back" only when dismissive. */
        assert_int_equal(recap_cue_redundant(&sc, resisting, &open, CUE_ARMS_CROSSED),
                         m != MANNER_WITHDRAWN);
        assert_int_equal(recap_cue_redundant(&sc, resisting, &open, CUE_LEAN_BACK),
                         m == MANNER_DISMISSIVE);
        assert_false(recap_cue_redundant(&sc, resisting, &open, CUE_NOD));
    }
}

static void test_colors_and_look(void **st)
{
    (void)st;
    AvatarColor c = {1, 2, 3, 4};
    assert_true(avatar_parse_color("#8d5524", &c));
    assert_int_equal(c.r, 0x8d);
    assert_int_equal(c.g, 0x55);
    assert_int_equal(c.b, 0x24);
    assert_int_equal(c.a, 255);
    assert_false(avatar_parse_color("8d5524", &c));
    assert_false(avatar_parse_color("#8d552", &c));
    assert_false(avatar_parse_color("#8d552g", &c));
    assert_false(avatar_parse_color(NULL, &c));
    Scenario sc;
    memset(&sc, 0, sizeof sc);
    sc.look.skin = "#112233";
    sc.pronoun = "he";
    AvatarLook lk;
    avatar_look(&sc, &lk);
    assert_int_equal(lk.skin.r, 0x11);
    assert_int_equal(lk.hair.a, 255); /* a default */
    assert_int_equal(lk.style, 0);
}

static void build_expr(const AvatarExpr *e, AvatarMesh *m)
{
    AvatarLook lk;
    avatar_look(NULL, &lk);
    assert_int_equal(avatar_build(m, e, &lk, 100, 50, 460, 600), 0);
}

static void build(const AvatarInputs *in, AvatarMesh *m)
{
    AvatarExpr e;
    avatar_target(in, &e);
    build_expr(&e, m);
}

/* The marks of the neutral face with one channel set to v. */
static AvatarMarks marks_with(const char *channel, double v, int *count)
{
    AvatarExpr e;
    avatar_neutral(&e);
    assert_true(avatar_set_channel(&e, channel, v));
    AvatarMesh m;
    avatar_mesh_init(&m);
    build_expr(&e, &m);
    AvatarMarks mk = m.marks;
    if (count) *count = m.count;
    avatar_mesh_free(&m);
    return mk;
}

/* How many vertices of the neutral face move when channel is set to 1. */
static int moved_vertices(const char *channel)
{
    AvatarExpr n, e;
    avatar_neutral(&n);
    e = n;
    assert_true(avatar_set_channel(&e, channel, 1));
    AvatarMesh a, b;
    avatar_mesh_init(&a);
    avatar_mesh_init(&b);
    build_expr(&n, &a);
    build_expr(&e, &b);
    int moved = a.count != b.count ? 1000000 : 0;
    for (int i = 0; a.count == b.count && i < a.count; i++)
        moved += memcmp(&a.v[i], &b.v[i], sizeof a.v[i]) != 0;
    avatar_mesh_free(&a);
    avatar_mesh_free(&b);
    return moved;
}

/* Each action unit moves what FACS says it moves, by a visible amount (the face is about
 * 150 pixels wide in this box, so 3 pixels is a clear change). */
static void test_action_unit_geometry(void **st)
{
    (void)st;
    AvatarMarks n = marks_with("au1", 0, NULL), m;
    const float px = 3;
    m = marks_with("au1", 1, NULL); /* inner brow up, outer barely */
    assert_true(m.brow_inner_left.y < n.brow_inner_left.y - px);
    assert_true(fabsf(m.brow_outer_left.y - n.brow_outer_left.y) < px);
    m = marks_with("au2", 1, NULL); /* outer brow up */
    assert_true(m.brow_outer_left.y < n.brow_outer_left.y - px &&
                m.brow_outer_right.y < n.brow_outer_right.y - px);
    m = marks_with("au2_one", 1, NULL); /* one side only */
    assert_true(m.brow_outer_right.y < n.brow_outer_right.y - px);
    assert_true(fabsf(m.brow_outer_left.y - n.brow_outer_left.y) < 0.01f);
    m = marks_with("au4", 1, NULL); /* brows down and together */
    assert_true(m.brow_inner_left.y > n.brow_inner_left.y + px);
    assert_true(m.brow_inner_right.x - m.brow_inner_left.x <
                n.brow_inner_right.x - n.brow_inner_left.x - px);
    m = marks_with("au5", 1, NULL); /* eyes wide */
    assert_true(m.eye_height > n.eye_height * 1.25f);
    m = marks_with("au6", 1, NULL); /* cheeks up: the eye narrows from below */
    assert_true(m.eye_height < n.eye_height * 0.85f);
    m = marks_with("au7", 1, NULL); /* lids tightened */
    assert_true(m.eye_height < n.eye_height * 0.75f);
    m = marks_with("au43", 1, NULL); /* closed */
    assert_true(m.eye_height < n.eye_height * 0.1f);
    m = marks_with("au12", 1, NULL); /* corners up and out */
    assert_true(m.mouth_left.y < n.mouth_left.y - px && m.mouth_right.y < n.mouth_right.y - px);
    assert_true(m.mouth_right.x - m.mouth_left.x > n.mouth_right.x - n.mouth_left.x + px);
    m = marks_with("au12_one", 1, NULL); /* one corner up: contempt */
    assert_true(m.mouth_right.y < n.mouth_right.y - px);
    assert_true(fabsf(m.mouth_left.y - n.mouth_left.y) < 0.01f);
    m = marks_with("au14", 1, NULL); /* corners drawn in */
    assert_true(m.mouth_right.x - m.mouth_left.x < n.mouth_right.x - n.mouth_left.x - px);
    m = marks_with("au15", 1, NULL); /* corners down, below the middle */
    assert_true(m.mouth_left.y > n.mouth_left.y + px && m.mouth_left.y > m.mouth_mid.y + px);
    m = marks_with("au17", 1, NULL); /* the middle of the mouth pushed up */
    assert_true(m.mouth_mid.y < n.mouth_mid.y - px);
    m = marks_with("au10", 1, NULL); /* the upper lip raised */
    assert_true(m.mouth_mid.y < n.mouth_mid.y - px);
    m = marks_with("au23", 1, NULL); /* lips narrowed */
    assert_true(m.mouth_right.x - m.mouth_left.x < n.mouth_right.x - n.mouth_left.x - 2 * px);
    m = marks_with("au24", 1, NULL); /* lips pressed */
    assert_true(m.mouth_right.x - m.mouth_left.x < n.mouth_right.x - n.mouth_left.x - px);
    int closed, open;
    marks_with("au26", 0, &closed);
    marks_with("au26", 1, &open);
    assert_true(open > closed); /* an open mouth: its inside and lower lip */
    m = marks_with("gaze_x", 1, NULL);
    assert_true(m.iris_left.x > n.iris_left.x + px);
    m = marks_with("gaze_y", 1, NULL);
    assert_true(m.iris_left.y > n.iris_left.y + px);
    m = marks_with("head_nod", 1, NULL);
    assert_true(m.chin.y > n.chin.y + px);
    m = marks_with("head_turn", 1, NULL);
    assert_true(m.head_centre.x > n.head_centre.x + px);
    /* The units with no mark: wrinkles and creases that must still show. */
    static const char *const unmarked[] = {"au9", "au14", "au17", "au24", "au6", "flush"};
    for (int i = 0; i < 6; i++) {
        int mv = moved_vertices(unmarked[i]);
        if (mv <= 20) print_error("%s moves %d vertices\n", unmarked[i], mv);
        assert_true(mv > 20);
    }
}

static void test_geometry(void **st)
{
    (void)st;
    AvatarMesh o, h;
    avatar_mesh_init(&o);
    avatar_mesh_init(&h);
    build(&OPEN, &o);
    build(&HOSTILE, &h);
    assert_int_equal(o.count % 3, 0);
    assert_true(o.count / 3 > 1000); /* head, hair, face, neck, torso, arms, hands */
    /* Everything but the table (which runs past the sides) lies in the box vertically, and the
     * head lies in it horizontally. */
    for (int i = 0; i < o.count; i++)
        assert_true(o.v[i].y >= 50 - 1 && o.v[i].y <= 650 + 1);
    assert_true(o.marks.head_centre.x > 100 && o.marks.head_centre.x < 560);
    /* Warmth lifts the mouth's corners above its middle; anger's tight lips do not. */
    assert_true(o.marks.mouth_left.y < o.marks.mouth_mid.y - 3 &&
                o.marks.mouth_right.y < o.marks.mouth_mid.y - 3);
    assert_true(h.marks.mouth_left.y > h.marks.mouth_mid.y - 1);
    /* Anger: the inner ends of the brows drop below the outer ends, and the brows sit lower
     * relative to the eyes; the eyes stare straight at you. */
    assert_true(h.marks.brow_inner_left.y > h.marks.brow_outer_left.y);
    assert_true(h.marks.eye_left.y - h.marks.brow_inner_left.y <
                o.marks.eye_left.y - o.marks.brow_inner_left.y - 5);
    assert_true(fabsf(h.marks.iris_left.x - h.marks.eye_left.x) < 2);
    /* Open hands rest apart on the table; crossed arms put each hand on the other side. */
    assert_true(o.marks.hand_left.x < o.marks.head_centre.x &&
                o.marks.hand_right.x > o.marks.head_centre.x);
    /* Same expression, same triangles. */
    AvatarMesh o2;
    avatar_mesh_init(&o2);
    build(&OPEN, &o2);
    assert_int_equal(o2.count, o.count);
    assert_memory_equal(o2.v, o.v, sizeof *o.v * (size_t)o.count);
    avatar_mesh_free(&o);
    avatar_mesh_free(&o2);
    avatar_mesh_free(&h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_open_and_guarded),
        cmocka_unit_test(test_manners),
        cmocka_unit_test(test_bands_distinct),
        cmocka_unit_test(test_mapping_monotonic),
        cmocka_unit_test(test_word_channels),
        cmocka_unit_test(test_channels_stay_in_range),
        cmocka_unit_test(test_cues),
        cmocka_unit_test(test_easing_and_reduced_motion),
        cmocka_unit_test(test_held_posture),
        cmocka_unit_test(test_idle_life),
        cmocka_unit_test(test_describe_change),
        cmocka_unit_test(test_talk),
        cmocka_unit_test(test_captions_held),
        cmocka_unit_test(test_action_unit_geometry),
        cmocka_unit_test(test_colors_and_look),
        cmocka_unit_test(test_geometry),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
