/* test parts: the avatar's part format and library (engine/core/avatar_parts.c), and the
 * looks built from it (avatar_mesh.c): every primitive and colour form, every error message
 * with its line, every bundled part drawn, distinct looks giving distinct figures, fingers on
 * the hands, the gesture channels, and a client's own parts replacing or adding to the
 * bundled ones. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../engine/core/avatar.h"

static int parse(AvatarParts *lib, const char *text, char *err)
{
    avatar_parts_init(lib);
    err[0] = 0;
    return avatar_parts_parse(lib, "hair", text, "t.parts", 1, err, 256);
}

static void test_primitives(void **st)
{
    (void)st;
    AvatarParts lib;
    char err[256];
    const char *text = "# a comment\n"
                       "part p\n"
                       "ellipse hair 500 300 10 20\n"
                       "rect #102030@0.5 1 2 3 4   # a comment after a shape\n"
                       "layer back\n"
                       "poly top*0.8 0,0 10,0 10,10\n"
                       "age 40 60\n"
                       "fan skin>skin*0.5 5,5 0,0 10,0 10,10 0,10\n"
                       "stroke frame*1.2@0.25 8 4 0,0 50,-5.5\n";
    assert_int_equal(parse(&lib, text, err), 0);
    assert_string_equal(err, "");
    assert_int_equal(lib.nparts, 1);
    const AvatarPart *p = avatar_parts_find(&lib, "hair", "p");
    assert_non_null(p);
    assert_int_equal(p->nshapes, 5);
    const PartShape *s = lib.shapes + p->first;
    assert_int_equal(s[0].kind, SHAPE_ELLIPSE);
    assert_int_equal(s[0].layer, LAYER_HEAD); /* the hair family's default */
    assert_int_equal(s[0].c0.slot, SLOT_HAIR);
    assert_true(s[0].num[0] == 500 && s[0].num[1] == 300 && s[0].num[2] == 10 && s[0].num[3] == 20);
    assert_int_equal(s[1].kind, SHAPE_RECT);
    assert_int_equal(s[1].c0.slot, SLOT_LITERAL);
    assert_true(s[1].c0.r == 0x10 && s[1].c0.g == 0x20 && s[1].c0.b == 0x30);
    assert_true(s[1].c0.alpha == 0.5);
    assert_int_equal(s[2].kind, SHAPE_POLY);
    assert_int_equal(s[2].layer, LAYER_BACK);
    assert_int_equal(s[2].c0.slot, SLOT_TOP);
    assert_true(s[2].c0.shade == 0.8);
    assert_int_equal(s[2].npts, 3);
    assert_int_equal(s[3].kind, SHAPE_FAN);
    assert_true(s[3].gradient);
    assert_true(s[3].c0.shade == 1 && s[3].c1.shade == 0.5);
    assert_true(s[3].age0 == 40 && s[3].age1 == 60);
    assert_int_equal(s[3].npts, 5);
    assert_int_equal(s[4].kind, SHAPE_STROKE);
    assert_int_equal(s[4].c0.slot, SLOT_FRAME);
    assert_true(s[4].c0.shade == 1.2 && s[4].c0.alpha == 0.25);
    assert_true(s[4].num[0] == 8 && s[4].num[1] == 4);
    assert_true(lib.pts[2 * (s[4].first + 1) + 1] == -5.5);
    avatar_parts_free(&lib);
}

static void test_errors(void **st)
{
    (void)st;
    static const char *const cases[][2] = {
        {"ellipse hair 1 2 3 4", "t.parts:1: 'ellipse' before the first 'part NAME'"},
        {"part a\nelipse hair 1 2 3 4",
         "t.parts:2: unknown shape 'elipse' (did you mean 'ellipse'?)"},
        {"part a\nsquiggle hair",
         "t.parts:2: unknown shape 'squiggle': ellipse, rect, poly, fan or stroke"},
        {"part a\nellipse hair 1 2 3", "t.parts:2: 'ellipse' needs a colour and cx cy rx ry"},
        {"part a\nrect hair 1 2 3 4 5", "t.parts:2: 'rect' needs a colour and x y w h"},
        {"part a\npoly hair 1,2 3,4", "t.parts:2: 'poly' needs a colour and x,y x,y x,y ..."},
        {"part a\nfan hair 1,2 3,4 5,6",
         "t.parts:2: 'fan' needs a colour and cx,cy x,y x,y x,y ..."},
        {"part a\nstroke hair 4 4 1,2",
         "t.parts:2: 'stroke' needs a colour and w_mid w_end x,y x,y ..."},
        {"part a\nellipse hair 1 x 3 4", "t.parts:2: 'x' is not a number"},
        {"part a\nellipse hair 1 2x 3 4", "t.parts:2: '2x' is not a number"},
        {"part a\npoly hair 1,2 3;4 5,6", "t.parts:2: '3;4' is not a point x,y"},
        {"part a\npoly hair 1,2 3,y 5,6", "t.parts:2: '3,y' is not a point x,y"},
        {"part a\nellipse hiar 1 2 3 4", "t.parts:2: unknown colour 'hiar' (did you mean 'hair'?)"},
        {"part a\nellipse purple 1 2 3 4",
         "t.parts:2: unknown colour 'purple': skin, hair, top, shirt, table, frame or #rrggbb"},
        {"part a\nellipse #12345 1 2 3 4", "t.parts:2: '#12345' is not a colour like #8d5524"},
        {"part a\nellipse #12345g 1 2 3 4", "t.parts:2: '#12345g' is not a colour like #8d5524"},
        {"part a\nellipse hair*4 1 2 3 4",
         "t.parts:2: 'hair*4': the shade must be a number from 0 to 3"},
        {"part a\nellipse hair@2 1 2 3 4",
         "t.parts:2: 'hair@2': the alpha must be a number from 0 to 1"},
        {"part a\nellipse hair* 1 2 3 4", "t.parts:2: 'hair*': '*' needs a number after it"},
        {"part a\nlayer sky",
         "t.parts:2: 'layer' needs one of scene, back, body, head, face, table, hand"},
        {"part a\nage 60 40", "t.parts:2: 'age' needs two ages, from and to: age 40 60"},
        {"part", "t.parts:1: 'part' needs one name"},
        {"part Big",
         "t.parts:1: part name 'Big' must be lower-case letters, digits and _ (at most 31)"},
        {"part a\nellipse hair 1 2 3 4\npart a", "t.parts:3: part 'a' is defined twice"},
        {"layer head", "t.parts:1: 'layer' before the first 'part NAME'"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        AvatarParts lib;
        char err[256];
        int rc = parse(&lib, cases[i][0], err);
        if (rc == 0 || strcmp(err, cases[i][1]))
            print_error("case %zu: want \"%s\", got \"%s\"\n", i, cases[i][1], err);
        assert_int_not_equal(rc, 0);
        assert_string_equal(err, cases[i][1]);
        avatar_parts_free(&lib);
    }
    /* A client's part counts its lines from where its text starts in the client file. */
    AvatarParts own;
    char err[256];
    avatar_parts_init(&own);
    assert_int_not_equal(avatar_parts_add(&own, "hair", "bun", "ellipse hair 1 2 3 4\nfan hair 1,2",
                                          "c.lua", 7, err, sizeof err),
                         0);
    assert_string_equal(err, "c.lua:8: 'fan' needs a colour and cx,cy x,y x,y x,y ...");
    assert_int_not_equal(avatar_parts_add(&own, "hat", "x", "", "c.lua", 3, err, sizeof err), 0);
    assert_string_equal(err, "c.lua:3: unknown part family 'hat'");
    avatar_parts_free(&own);
}

/* A look with one part of family fam replaced by name. */
static AvatarLook look_with(const char *fam, const char *name)
{
    Scenario sc;
    memset(&sc, 0, sizeof sc);
    sc.pronoun = "they";
    Look *l = &sc.look;
    char **slot = !strcmp(fam, "face")          ? &l->face
                  : !strcmp(fam, "hair")        ? &l->hair_style
                  : !strcmp(fam, "clothing")    ? &l->clothing
                  : !strcmp(fam, "facial_hair") ? &l->facial_hair
                  : !strcmp(fam, "glasses")     ? &l->glasses
                                                : &l->setting;
    *slot = (char *)name;
    AvatarLook lk;
    avatar_look(&sc, &lk);
    return lk;
}

static int build_look(const AvatarLook *lk, const AvatarExpr *e, AvatarMesh *m)
{
    AvatarExpr n;
    if (!e) avatar_neutral(&n);
    return avatar_build(m, e ? e : &n, lk, 100, 50, 460, 600);
}

/* Vertices at the same index that differ by more than a pixel, plus the count difference. */
static int differing(const AvatarMesh *a, const AvatarMesh *b)
{
    int n = a->count < b->count ? a->count : b->count, d = abs(a->count - b->count);
    for (int i = 0; i < n; i++)
        if (fabsf(a->v[i].x - b->v[i].x) > 1 || fabsf(a->v[i].y - b->v[i].y) > 1 ||
            memcmp(&a->v[i].c, &b->v[i].c, sizeof a->v[i].c))
            d++;
    return d;
}

static void test_builtin_parts_build(void **st)
{
    (void)st;
    char err[256] = "";
    const AvatarParts *lib = avatar_parts_builtin(err, sizeof err);
    if (!lib) print_error("%s\n", err);
    assert_non_null(lib);
    static const char *const fams[] = {"face",    "hair",    "clothing", "facial_hair",
                                       "glasses", "setting", NULL};
    AvatarMesh base, m;
    avatar_mesh_init(&base);
    avatar_mesh_init(&m);
    AvatarLook def = look_with("face", NULL);
    assert_int_equal(build_look(&def, NULL, &base), 0);
    int seen = 0;
    for (int f = 0; fams[f]; f++)
        for (int i = 0; i < lib->nparts; i++) {
            if (strcmp(lib->parts[i].family, fams[f])) continue;
            AvatarLook lk = look_with(fams[f], lib->parts[i].name);
            assert_ptr_equal(lk.part[f], &lib->parts[i]);
            assert_int_equal(build_look(&lk, NULL, &m), 0);
            assert_false(m.failed);
            assert_int_equal(m.count % 3, 0);
            int d = differing(&base, &m);
            /* Each part changes the figure, except the default it already wears. */
            if (d == 0 && def.part[f] != &lib->parts[i])
                print_error("%s %s changes nothing\n", fams[f], lib->parts[i].name);
            assert_true(d > 0 || def.part[f] == &lib->parts[i]);
            seen++;
        }
    assert_true(seen >= 4 + 6 + 5 + 3 + 3 + 3);
    /* The hands and the age lines are bundled too. */
    static const char *const hands[] = {"flat", "grip", "point", "palm_up", "watch"};
    for (int i = 0; i < 5; i++)
        assert_non_null(avatar_part_lookup(NULL, "hand", hands[i]));
    assert_non_null(avatar_part_lookup(NULL, "age", "lines"));
    avatar_mesh_free(&base);
    avatar_mesh_free(&m);
}

/* The bundled clients' looks, as their files give them. */
static AvatarLook person(const char *face, const char *hair, const char *clothing,
                         const char *facial, const char *glasses, const char *setting, double age,
                         int build)
{
    Scenario sc;
    memset(&sc, 0, sizeof sc);
    sc.pronoun = "they";
    sc.look = (Look){NULL,
                     NULL,
                     NULL,
                     NULL,
                     (char *)face,
                     (char *)hair,
                     (char *)clothing,
                     (char *)facial,
                     (char *)glasses,
                     (char *)setting,
                     age,
                     build,
                     NULL};
    AvatarLook lk;
    avatar_look(&sc, &lk);
    return lk;
}

static void test_distinct_people(void **st)
{
    (void)st;
    AvatarLook people[4] = {
        person("oval", "chin", "jacket", NULL, NULL, "office", 41, 1),
        person("square", "balding", "jacket_tie", NULL, "half_rim", "meeting", 58, 3),
        person("long", "curly", "sweater", "stubble", "round", "therapy", 34, 1),
        person("round", "tied", "collar", NULL, NULL, "office", 46, 2),
    };
    AvatarMesh m[4];
    for (int i = 0; i < 4; i++) {
        avatar_mesh_init(&m[i]);
        assert_int_equal(build_look(&people[i], NULL, &m[i]), 0);
    }
    for (int i = 0; i < 4; i++)
        for (int j = i + 1; j < 4; j++) {
            int d = differing(&m[i], &m[j]);
            if (d < 1000) print_error("looks %d and %d differ in %d vertices\n", i, j, d);
            assert_true(d >= 1000);
        }
    /* Age alone: lines fade in and the hair greys. */
    AvatarLook young = person("oval", "short", "collar", NULL, NULL, "office", 30, 2);
    AvatarLook old = person("oval", "short", "collar", NULL, NULL, "office", 65, 2);
    assert_true(old.hair.r > young.hair.r + 60);
    AvatarMesh a, b;
    avatar_mesh_init(&a);
    avatar_mesh_init(&b);
    build_look(&young, NULL, &a);
    build_look(&old, NULL, &b);
    assert_true(b.count > a.count + 100); /* the lines */
    /* A broad build is wider at the shoulders than a slight one. */
    AvatarLook slight = person("oval", "short", "collar", NULL, NULL, "office", 30, 1);
    AvatarLook broad = person("oval", "short", "collar", NULL, NULL, "office", 30, 3);
    build_look(&slight, NULL, &a);
    build_look(&broad, NULL, &b);
    assert_true(b.marks.elbow_right.x - b.marks.elbow_left.x >
                a.marks.elbow_right.x - a.marks.elbow_left.x + 20);
    for (int i = 0; i < 4; i++)
        avatar_mesh_free(&m[i]);
    avatar_mesh_free(&a);
    avatar_mesh_free(&b);
}

/* Vertices within r pixels of p. */
static int near(const AvatarMesh *m, AvatarPoint p, float r)
{
    int n = 0;
    for (int i = 0; i < m->count; i++)
        n += hypotf(m->v[i].x - p.x, m->v[i].y - p.y) < r;
    return n;
}

static void test_fingers(void **st)
{
    (void)st;
    /* Every hand has fingers: at least four thin strokes besides the palm. */
    static const char *const hands[] = {"flat", "grip", "point", "palm_up"};
    for (int h = 0; h < 4; h++) {
        const AvatarPart *p = avatar_part_lookup(NULL, "hand", hands[h]);
        assert_non_null(p);
        int strokes = 0;
        for (int i = 0; i < p->nshapes; i++) {
            const PartShape *s = &p->lib->shapes[p->first + i];
            strokes += s->kind == SHAPE_STROKE && s->num[0] <= 14 && s->layer == LAYER_HAND;
        }
        if (strokes < 4) print_error("hand %s has %d finger strokes\n", hands[h], strokes);
        assert_true(strokes >= 4);
    }
    /* On screen: many small shapes at each hand, in every arm pose. */
    AvatarLook lk = look_with("face", NULL);
    AvatarMesh m;
    avatar_mesh_init(&m);
    for (int arms = 0; arms <= 2; arms++) {
        AvatarExpr e;
        avatar_neutral(&e);
        e.arms = arms;
        assert_int_equal(build_look(&lk, &e, &m), 0);
        float r = 50 * m.marks.scale;
        assert_true(near(&m, m.marks.hand_left, r) > 300);
        assert_true(near(&m, m.marks.hand_right, r) > 300);
    }
    avatar_mesh_free(&m);
}

static void test_gestures(void **st)
{
    (void)st;
    AvatarLook lk = look_with("face", NULL);
    AvatarMesh base, m;
    avatar_mesh_init(&base);
    avatar_mesh_init(&m);
    AvatarExpr e;
    avatar_neutral(&e);
    e.arms = 0;
    build_look(&lk, &e, &base);
    /* Pointing raises the viewer's right hand well above the table. */
    e.point = 1;
    build_look(&lk, &e, &m);
    assert_true(m.marks.hand_right.y < base.marks.hand_right.y - 100 * m.marks.scale);
    /* Self-touch: the right hand crosses to the other upper arm. */
    e.point = 0, e.self_touch = 1;
    build_look(&lk, &e, &m);
    assert_true(m.marks.hand_right.x < m.marks.head_centre.x - 80 * m.marks.scale);
    /* Checking a watch: the left wrist comes up in front of the body. */
    e.self_touch = 0, e.check_watch = 1;
    build_look(&lk, &e, &m);
    assert_true(m.marks.hand_left.y < base.marks.hand_left.y - 80 * m.marks.scale);
    assert_true(m.marks.hand_left.x > base.marks.hand_left.x + 100 * m.marks.scale);
    /* Half way is half way: the gestures blend. */
    e.check_watch = 0.5;
    AvatarMesh half;
    avatar_mesh_init(&half);
    build_look(&lk, &e, &half);
    assert_true(half.marks.hand_left.y < base.marks.hand_left.y - 20 * m.marks.scale &&
                half.marks.hand_left.y > m.marks.hand_left.y + 20 * m.marks.scale);
    /* Drawn-in shoulders narrow the upper body. */
    e.check_watch = 0, e.shoulders_in = 1;
    build_look(&lk, &e, &m);
    assert_true(differing(&base, &m) > 500);
    assert_true(m.marks.head_centre.y > base.marks.head_centre.y + 5 * m.marks.scale);
    avatar_mesh_free(&base);
    avatar_mesh_free(&m);
    avatar_mesh_free(&half);
}

static void test_own_parts(void **st)
{
    (void)st;
    AvatarParts own;
    char err[256];
    avatar_parts_init(&own);
    assert_int_equal(avatar_parts_add(&own, "glasses", "round",
                                      "stroke #ff0000 6 6 410,356 590,356", "c.lua", 4, err,
                                      sizeof err),
                     0);
    assert_int_equal(avatar_parts_add(&own, "hair", "mybun",
                                      "layer back\nellipse hair 500 170 70 56", "c.lua", 6, err,
                                      sizeof err),
                     0);
    /* The client's round glasses replace the bundled ones; its new hair style is added; the
     * bundled parts it does not name stay. */
    const AvatarPart *g = avatar_part_lookup(&own, "glasses", "round");
    assert_ptr_equal(g->lib, &own);
    assert_ptr_not_equal(avatar_part_lookup(NULL, "glasses", "round"), g);
    assert_ptr_equal(avatar_part_lookup(&own, "hair", "mybun")->lib, &own);
    assert_ptr_equal(avatar_part_lookup(&own, "hair", "curly"),
                     avatar_part_lookup(NULL, "hair", "curly"));
    assert_null(avatar_part_lookup(NULL, "hair", "mybun"));
    char names[512];
    avatar_parts_names(&own, "hair", names, sizeof names);
    assert_non_null(strstr(names, "\"mybun\""));
    assert_non_null(strstr(names, "\"curly\""));
    assert_string_equal(avatar_parts_closest(&own, "hair", "mybunn"), "mybun");
    /* Through a scenario's look. */
    Scenario sc;
    memset(&sc, 0, sizeof sc);
    sc.look.hair_style = "mybun";
    sc.look.glasses = "round";
    sc.look.parts = &own;
    AvatarLook lk;
    avatar_look(&sc, &lk);
    assert_ptr_equal(lk.part[LOOK_HAIR]->lib, &own);
    assert_ptr_equal(lk.part[LOOK_GLASSES], g);
    AvatarMesh m;
    avatar_mesh_init(&m);
    assert_int_equal(build_look(&lk, NULL, &m), 0);
    bool red = false;
    for (int i = 0; i < m.count && !red; i++)
        red = m.v[i].c.r == 255 && m.v[i].c.g == 0 && m.v[i].c.b == 0;
    assert_true(red);
    /* A gradient runs from its first colour at the top to its second at the bottom. */
    assert_int_equal(avatar_parts_add(&own, "glasses", "grad", "rect #ff0000>#0000ff 400 300 50 80",
                                      "c.lua", 9, err, sizeof err),
                     0);
    sc.look.glasses = "grad";
    avatar_look(&sc, &lk);
    assert_int_equal(build_look(&lk, NULL, &m), 0);
    float red_y = -1, blue_y = -1;
    for (int i = 0; i < m.count; i++) {
        AvatarColor c = m.v[i].c;
        if (c.r == 255 && c.g == 0 && c.b == 0 && c.a == 255) red_y = m.v[i].y;
        if (c.r == 0 && c.g == 0 && c.b == 255 && c.a == 255) blue_y = m.v[i].y;
    }
    assert_true(red_y >= 0 && blue_y > red_y + 40);
    avatar_mesh_free(&m);
    avatar_parts_free(&own);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_primitives),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_builtin_parts_build),
        cmocka_unit_test(test_distinct_people),
        cmocka_unit_test(test_fingers),
        cmocka_unit_test(test_gestures),
        cmocka_unit_test(test_own_parts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
