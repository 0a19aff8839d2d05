/* test_text: word wrapping of UTF-8 text with the real font (fontconfig, SDL2_ttf; no
 * display): lines break at spaces, never inside a code point, fit the width, and lose no
 * text; a word wider than the line is cut between code points. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "../../engine/sdl/text.h"

static Text *t;

static int setup(void **st)
{
    (void)st;
    char err[512];
    t = text_open(NULL, err, sizeof err);
    if (!t) {
        fprintf(stderr, "%s\n", err);
        return -1;
    }
    return text_set_size(t, 18, err, sizeof err);
}

static int teardown(void **st)
{
    (void)st;
    text_close(t);
    return 0;
}

static void check_wrap(const char *s, int width)
{
    const Wrapped *w = text_wrap(t, FONT_BODY, s, width);
    assert_true(w->n >= 1);
    size_t covered = 0, nonspace = 0;
    for (const char *p = s; *p; p++)
        nonspace += *p != ' ' && *p != '\n';
    for (int i = 0; i < w->n; i++) {
        const unsigned char *line = (const unsigned char *)s + w->start[i];
        /* A line starts on a code point, and ends on one. */
        assert_true((line[0] & 0xC0) != 0x80);
        assert_true((line[w->len[i]] & 0xC0) != 0x80);
        if (utf8_count((const char *)line, (size_t)w->len[i]) > 1)
            assert_true(text_width(t, FONT_BODY, (const char *)line, (size_t)w->len[i]) <= width);
        for (int k = 0; k < w->len[i]; k++)
            covered += line[k] != ' ';
    }
    assert_int_equal(covered, nonspace);
}

static void test_wrap_utf8(void **st)
{
    (void)st;
    const char *texts[] = {
        "Zoë said: naïve café — «déjà vu» … and then she left.",
        "日本語のテキストもちゃんと折り返されるべきです。スペースがなくても。",
        "Supercalifragilisticexpialidociousandthensomemorewordswithoutanyspaces",
        "Ωμέγα άλφα βήτα γάμμα δέλτα έψιλον ζήτα ήτα θήτα ιώτα κάππα λάμδα",
        "two\nparagraphs, the second one long enough to wrap at least once here",
        "",
    };
    int widths[] = {40, 90, 200, 500};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
        for (size_t j = 0; j < sizeof widths / sizeof *widths; j++)
            check_wrap(texts[i], widths[j]);
    const Wrapped *w = text_wrap(t, FONT_BODY, "two\nparagraphs", 1000);
    assert_int_equal(w->n, 2);
    w = text_wrap(t, FONT_BODY, "a few short words", 1000);
    assert_int_equal(w->n, 1);
}

static void test_utf8_helpers(void **st)
{
    (void)st;
    const char *s = "aé日x";
    assert_int_equal(utf8_count(s, strlen(s)), 4);
    assert_int_equal(utf8_prefix(s, strlen(s), 2), 3);
    assert_int_equal(utf8_prefix(s, strlen(s), 3), 6);
    assert_int_equal(utf8_prefix(s, strlen(s), 9), strlen(s));
}

static void test_missing_font_override(void **st)
{
    (void)st;
    char err[512];
    assert_null(text_open("/nonexistent/font.ttf", err, sizeof err));
    assert_string_equal(err,
                        "rapport: the font set in settings cannot be read: /nonexistent/font.ttf");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_wrap_utf8),
        cmocka_unit_test(test_utf8_helpers),
        cmocka_unit_test(test_missing_font_override),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
