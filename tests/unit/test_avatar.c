/* test_avatar: the avatar's expression mapping, cues, easing, captions and geometry, with no
 * SDL and no Lua: the figure is plain numbers and triangles. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <string.h>

#include "../../engine/core/avatar.h"

static const AvatarInputs OPEN = {.discord = 8,
                                  .rapport = 70,
                                  .reactance = 8,
                                  .credibility = 65,
                                  .resistance = 15,
                                  .band = BAND_OPEN};
static const AvatarInputs HOSTILE = {.discord = 88,
                                     .rapport = 12,
                                     .reactance = 70,
                                     .credibility = 20,
                                     .resistance = 82,
                                     .band = BAND_HOSTILE};

static void test_mapping_open_vs_hostile(void **st)
{
    (void)st;
    AvatarExpr o, h;
    avatar_target(&OPEN, &o);
    avatar_target(&HOSTILE, &h);
    /* resistance-model.md section 2: discord lowers the brows, crosses the arms, leans away;
     * rapport brings eye contact, a softer mouth, leaning in; reactance flushes and tightens. */
    assert_true(o.brow_height > h.brow_height + 0.8);
    assert_true(o.brow_angle > h.brow_angle + 0.8);
    assert_true(o.mouth_curve > 0.3 && h.mouth_curve < -0.5);
    assert_true(o.lean > 0.3 && h.lean < -0.5);
    assert_true(o.arms < 0.3 && h.arms > 1.9);
    assert_true(o.gaze_x < 0.1 && h.gaze_x > 0.5);
    assert_true(o.flush < 0.05 && h.flush > 0.5);
    assert_true(o.mouth_tension < 0.1 && h.mouth_tension > 0.8);
    assert_true(o.eye_open > h.eye_open + 0.2);
    assert_true(h.skeptic > 0.3 && o.skeptic == 0);
}

static void test_mapping_monotonic_in_discord(void **st)
{
    (void)st;
    AvatarInputs in = OPEN;
    AvatarExpr prev;
    avatar_target(&in, &prev);
    for (int d = 10; d <= 100; d += 10) {
        in.discord = d;
        in.resistance = 0.55 * d + 10;
        AvatarExpr e;
        avatar_target(&in, &e);
        assert_true(e.brow_height <= prev.brow_height + 1e-9);
        assert_true(e.lean <= prev.lean + 1e-9);
        assert_true(e.mouth_curve <= prev.mouth_curve + 1e-9);
        assert_true(e.arms >= prev.arms - 1e-9);
        prev = e;
    }
}

static void test_channels_stay_in_range(void **st)
{
    (void)st;
    for (int d = 0; d <= 100; d += 25)
        for (int r = 0; r <= 100; r += 25)
            for (int x = 0; x <= 100; x += 50)
                for (int c = 0; c <= 100; c += 50) {
                    AvatarInputs in = {d, r, x, c, 0.55 * d + 0.25 * x, 0};
                    AvatarExpr e;
                    avatar_target(&in, &e);
                    for (int i = 0; i < AVATAR_NCHANNELS; i++) {
                        double lo, hi, v = *avatar_channel(&e, i);
                        avatar_channel_range(i, &lo, &hi);
                        assert_true(v >= lo && v <= hi);
                    }
                }
    assert_string_equal(avatar_channel_name(0), "brow_height");
    assert_string_equal(avatar_channel_name(AVATAR_NCHANNELS - 1), "tears");
    assert_null(avatar_channel_name(AVATAR_NCHANNELS));
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
        avatar_target(&OPEN, &base);
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
    assert_true(fabs(p.lean - o.lean) < 1e-9);
    avatar_pose(&a, 1000 + AVATAR_EASE_MS / 2, -1, &p);
    assert_true(p.lean < o.lean && p.lean > h.lean);
    assert_true(avatar_moving(&a, 1000 + AVATAR_EASE_MS / 2));
    avatar_pose(&a, 1000 + AVATAR_EASE_MS, -1, &p);
    assert_true(fabs(p.lean - h.lean) < 1e-9);
    assert_false(avatar_moving(&a, 1000 + AVATAR_EASE_MS + 1));
    /* Retargeting mid-way starts from where the face is, not where it was going. */
    avatar_retarget(&a, &o, 3000);
    avatar_pose(&a, 3000, -1, &p);
    assert_true(fabs(p.lean - h.lean) < 1e-9);

    Avatar r;
    avatar_init(&r, &o, true);
    avatar_retarget(&r, &h, 0);
    avatar_pose(&r, 1, 1, &p);
    assert_true(fabs(p.lean - h.lean) < 1e-9);
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
    assert_true(b.eye_open < 0.2 * e.eye_open);
}

static void test_describe_change(void **st)
{
    (void)st;
    AvatarExpr o, h;
    avatar_target(&OPEN, &o);
    avatar_target(&HOSTILE, &h);
    char buf[512];
    avatar_describe_change(&o, &h, "she", buf, sizeof buf);
    assert_non_null(strstr(buf, "crosses her arms"));
    assert_non_null(strstr(buf, "leans back"));
    assert_non_null(strstr(buf, "looks away"));
    assert_non_null(strstr(buf, "frowns"));
    assert_non_null(strstr(buf, " and "));
    avatar_describe_change(&h, &o, "he", buf, sizeof buf);
    assert_non_null(strstr(buf, "uncrosses his arms and opens his hands"));
    assert_non_null(strstr(buf, "meets your eyes"));
    avatar_describe_change(&h, &o, "they", buf, sizeof buf);
    assert_non_null(strstr(buf, "uncross their arms"));
    avatar_describe_change(&o, &o, "she", buf, sizeof buf);
    assert_string_equal(buf, "");
    avatar_cue_words(CUE_EYE_ROLL, "Dana", "she", buf, sizeof buf);
    assert_string_equal(buf, "Dana rolls her eyes.");
    avatar_cue_words(CUE_NOD, "The team", "they", buf, sizeof buf);
    assert_string_equal(buf, "The team nod.");
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

static void build(const AvatarInputs *in, AvatarMesh *m)
{
    AvatarExpr e;
    avatar_target(in, &e);
    AvatarLook lk;
    avatar_look(NULL, &lk);
    assert_int_equal(avatar_build(m, &e, &lk, 100, 50, 460, 600), 0);
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
    /* A smile lifts the mouth's corners above its middle; a frown drops them below. */
    assert_true(o.marks.mouth_left.y < o.marks.mouth_mid.y &&
                o.marks.mouth_right.y < o.marks.mouth_mid.y);
    assert_true(h.marks.mouth_left.y > h.marks.mouth_mid.y &&
                h.marks.mouth_right.y > h.marks.mouth_mid.y);
    /* Anger: the inner ends of the brows drop below the outer ends, and the brows sit lower
     * relative to the eyes. */
    assert_true(h.marks.brow_inner_left.y > h.marks.brow_outer_left.y);
    assert_true(h.marks.eye_left.y - h.marks.brow_inner_left.y <
                o.marks.eye_left.y - o.marks.brow_inner_left.y);
    /* Narrowed eyes, averted gaze. */
    assert_true(h.marks.eye_height < o.marks.eye_height * 0.8);
    assert_true(h.marks.iris_left.x - h.marks.eye_left.x > 4);
    assert_true(fabsf(o.marks.iris_left.x - o.marks.eye_left.x) < 2);
    /* Open hands rest apart on the table; crossed arms put each hand on the other side. */
    assert_true(o.marks.hand_left.x < o.marks.head_centre.x &&
                o.marks.hand_right.x > o.marks.head_centre.x);
    assert_true(h.marks.hand_left.x > h.marks.head_centre.x &&
                h.marks.hand_right.x < h.marks.head_centre.x);
    assert_true(h.marks.hand_left.y < o.marks.hand_left.y - 50);
    /* Leaning away makes the figure smaller. */
    assert_true(h.marks.scale < o.marks.scale * 0.9);
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
        cmocka_unit_test(test_mapping_open_vs_hostile),
        cmocka_unit_test(test_mapping_monotonic_in_discord),
        cmocka_unit_test(test_channels_stay_in_range),
        cmocka_unit_test(test_cues),
        cmocka_unit_test(test_easing_and_reduced_motion),
        cmocka_unit_test(test_held_posture),
        cmocka_unit_test(test_idle_life),
        cmocka_unit_test(test_describe_change),
        cmocka_unit_test(test_colors_and_look),
        cmocka_unit_test(test_geometry),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
