/* test_settings: the window's settings survive a save and a load, and a hand-edited file
 * with mistakes still loads (each bad line is ignored with a warning). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../engine/store/settings.h"

static char dir[256];

static int setup(void **st)
{
    (void)st;
    snprintf(dir, sizeof dir, "/tmp/rapport-settings-XXXXXX");
    if (!mkdtemp(dir)) return -1;
    return setenv("XDG_CONFIG_HOME", dir, 1);
}

static int teardown(void **st)
{
    (void)st;
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static void test_round_trip(void **st)
{
    (void)st;
    Settings a, b;
    settings_default(&a);
    a.text_size = 26;
    a.high_contrast = true;
    a.reduced_motion = true;
    a.reveal = REVEAL_INSTANT;
    a.mode = MODE_ASSESSMENT;
    snprintf(a.font, sizeof a.font, "/usr/share/fonts/x.ttf");
    assert_int_equal(settings_save(&a), 0);
    settings_default(&b);
    settings_load(&b);
    assert_int_equal(b.text_size, 26);
    assert_true(b.high_contrast && b.reduced_motion && !b.fullscreen);
    assert_int_equal(b.reveal, REVEAL_INSTANT);
    assert_int_equal(b.mode, MODE_ASSESSMENT);
    assert_string_equal(b.font, "/usr/share/fonts/x.ttf");
    char path[512];
    assert_true(settings_path(path, sizeof path));
    assert_non_null(strstr(path, "/rapport/settings.conf"));
}

static void test_bad_lines_are_ignored(void **st)
{
    (void)st;
    char path[512];
    assert_true(settings_path(path, sizeof path));
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("# a comment\n\ntext_size = 99\nreveal = sometimes\nwhat is this\ncolour = blue\n"
          "high_contrast = on\nmode = assessment\n",
          f);
    fclose(f);
    Settings s;
    settings_default(&s);
    settings_load(&s);
    assert_int_equal(s.text_size, 18); /* out of range: the default stays */
    assert_int_equal(s.reveal, REVEAL_NORMAL);
    assert_true(s.high_contrast);
    assert_int_equal(s.mode, MODE_ASSESSMENT);
    assert_true(settings_reveal_cps(REVEAL_INSTANT) == 0);
    assert_string_equal(settings_reveal_name(REVEAL_SLOW), "slow");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_bad_lines_are_ignored),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
