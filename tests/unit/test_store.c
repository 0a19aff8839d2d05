/* test_store: the storage layer (engine/store): a record written then read back field by
 * field, a progress save written and resumed, the settings writer keeping what it does not
 * own (an unknown key, a comment, the trainee line), and a settings file that is not a regular
 * file refused with its one line; the XDG folders (a relative base ignored), mkdir -p, and
 * the content hash (FNV-1a 64, and the older records' hash still accepted). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../engine/store/paths.h"
#include "../../engine/store/progress.h"
#include "../../engine/store/record.h"
#include "../../engine/store/settings.h"

static char dir[256];

static int setup(void **st)
{
    (void)st;
    snprintf(dir, sizeof dir, "/tmp/rapport-store-XXXXXX");
    if (!mkdtemp(dir)) return -1;
    unsetenv("RAPPORT_SCRIPTS");
    return setenv("XDG_CONFIG_HOME", dir, 1) || setenv("XDG_DATA_HOME", dir, 1);
}

static int teardown(void **st)
{
    (void)st;
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

/* The whole text of a file (at most 8 KB). */
static void slurp(const char *path, char *out, size_t size)
{
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    size_t n = fread(out, 1, size - 1, f);
    out[n] = '\0';
    fclose(f);
}

/* Runs fn with stderr going to a file; out gets what it printed. */
static void capture_stderr(void (*fn)(void *), void *arg, char *out, size_t size)
{
    char path[300];
    snprintf(path, sizeof path, "%s/stderr.txt", dir);
    fflush(stderr);
    int saved = dup(2);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    assert_true(saved >= 0 && fd >= 0);
    dup2(fd, 2);
    close(fd);
    fn(arg);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    slurp(path, out, size);
}

/* A session of the bundled client dana-results: seed 42, the first choice offered three
 * times (or until it ends). */
static Host *play(Session *s)
{
    Host *h = paths_load("dana-results");
    assert_non_null(h);
    assert_int_equal(session_init(s, &h->sc), 0);
    assert_int_equal(session_start(s, 42), 0);
    for (int i = 0; i < 3 && !s->over; i++)
        assert_int_equal(session_choose(s, 0), 0);
    return h;
}

static void test_record_round_trip(void **st)
{
    (void)st;
    Session s;
    Host *h = play(&s);
    assert_true(s.nturns >= 1);
    char path[300], err[512];
    snprintf(path, sizeof path, "%s/one.json", dir);
    assert_int_equal(record_write(path, h, &s, "Ana", 1000, 2000), 0);
    Record r;
    assert_int_equal(record_read(path, &r, err, sizeof err), 0);
    assert_int_equal(r.version, RECORD_VERSION);
    assert_string_equal(r.scenario_id, "dana-results");
    assert_string_equal(r.scenario_id, h->sc.id);
    assert_string_equal(r.scenario_path, h->sc.path);
    char hash[17];
    record_hash(h->source, hash);
    assert_string_equal(r.hash, hash);
    assert_string_equal(r.engine, "0.1.0");
    assert_string_equal(r.trainee, "Ana");
    assert_true(r.seed == 42);
    assert_int_equal(r.nsteps, s.nturns);
    for (int t = 0; t < s.nturns; t++) {
        const Node *n = &h->sc.nodes[s.turns[t].node];
        assert_string_equal(r.steps[t].node, n->id);
        assert_string_equal(r.steps[t].choice, n->choices[s.turns[t].choice].id);
    }
    /* Replayed on a fresh session, it gives the same turns. */
    Session again;
    assert_int_equal(session_init(&again, &h->sc), 0);
    assert_int_equal(session_start(&again, r.seed), 0);
    assert_int_equal(record_replay(&r, &again, err, sizeof err), 0);
    assert_int_equal(again.nturns, s.nturns);
    assert_int_equal(again.over, s.over);
    session_free(&again);
    record_free(&r);
    /* A record that is not one: the message names the file. */
    snprintf(path, sizeof path, "%s/bad.json", dir);
    FILE *f = fopen(path, "w");
    fputs("[1, 2]\n", f);
    fclose(f);
    assert_int_equal(record_read(path, &r, err, sizeof err), -1);
    char expect[400];
    snprintf(expect, sizeof expect,
             "%s: not a Rapport session record (no \"format\": \"rapport-record\")", path);
    assert_string_equal(err, expect);
    session_free(&s);
    host_close(h);
}

static void test_progress_save_and_resume(void **st)
{
    (void)st;
    Session s;
    Host *h = play(&s);
    assert_false(s.over);
    assert_int_equal(progress_save(h, &s, "Ana", 1000), 0);
    char path[4200], err[512], expect[400];
    assert_int_equal(progress_path("dana-results", path, sizeof path, err, sizeof err), 0);
    snprintf(expect, sizeof expect, "%s/rapport/progress/dana-results.json", dir);
    assert_string_equal(path, expect);
    assert_int_equal(access(path, F_OK), 0);
    Record r;
    char msg[2000];
    assert_int_equal(progress_find("dana-results", &r, msg, sizeof msg), 1);
    assert_string_equal(r.trainee, "Ana");
    assert_true(r.seed == 42);
    Session resumed;
    assert_int_equal(session_init(&resumed, &h->sc), 0);
    assert_int_equal(progress_resume(&r, &resumed, msg, sizeof msg), 0);
    assert_int_equal(resumed.nturns, s.nturns);
    for (int t = 0; t < s.nturns; t++) {
        assert_int_equal(resumed.turns[t].node, s.turns[t].node);
        assert_int_equal(resumed.turns[t].choice, s.turns[t].choice);
    }
    record_free(&r);
    session_free(&resumed);
    /* No save for another client. */
    assert_int_equal(progress_find("gary-sceptic-none", &r, msg, sizeof msg), 0);
    session_free(&s);
    host_close(h);
}

static void test_settings_keep_foreign_lines(void **st)
{
    (void)st;
    char path[512];
    assert_true(settings_path(path, sizeof path));
    char conf[300];
    snprintf(conf, sizeof conf, "%s/rapport", dir);
    mkdir(conf, 0700);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("# my own note\ntrainee = Ana Lima\ncolour = blue\ntext_size = 20\n", f);
    fclose(f);
    Settings s;
    settings_default(&s);
    assert_int_equal(settings_read(path, &s, false), 0);
    assert_int_equal(s.text_size, 20);
    assert_string_equal(s.trainee, "Ana Lima");
    s.text_size = 24;
    s.high_contrast = true;
    assert_int_equal(settings_save(&s), 0);
    char text[8192];
    slurp(path, text, sizeof text);
    assert_string_equal(
        text, "# rapport window settings (edited by the program; font = "
              "/path/to/file.ttf overrides the font)\n"
              "text_size = 24\nhigh_contrast = true\nreduced_motion = false\n"
              "reveal = normal\nfullscreen = false\nmode = practice\nreplies = menu\nfont = \n"
              "trainee = Ana Lima\n"
              "# my own note\ncolour = blue\n");
    /* Saved again, nothing is doubled; records still find the trainee. */
    assert_int_equal(settings_save(&s), 0);
    char again[8192];
    slurp(path, again, sizeof again);
    assert_string_equal(again, text);
    unsetenv("RAPPORT_TRAINEE");
    char name[128];
    record_default_trainee(name, sizeof name);
    assert_string_equal(name, "Ana Lima");
}

static void load_settings(void *arg)
{
    settings_load(arg);
}

static void default_trainee(void *arg)
{
    record_default_trainee(arg, 128);
}

static void test_settings_not_regular_refused(void **st)
{
    (void)st;
    char path[512];
    assert_true(settings_path(path, sizeof path));
    unlink(path);
    assert_int_equal(mkfifo(path, 0600), 0);
    Settings s;
    settings_default(&s);
    char err[1024], expect[1024];
    snprintf(expect, sizeof expect,
             "rapport: %s: ignored: the settings file must be a regular file under 64 KB\n", path);
    assert_int_equal(settings_read(path, &s, true), -1);
    capture_stderr(load_settings, &s, err, sizeof err);
    assert_string_equal(err, expect);
    assert_int_equal(s.text_size, 18);
    unsetenv("RAPPORT_TRAINEE");
    char name[128] = "x";
    capture_stderr(default_trainee, name, err, sizeof err);
    assert_string_equal(err, expect);
    assert_string_equal(name, "");
    unlink(path);
}

/* The XDG base directories: an absolute XDG variable wins, a relative one is ignored (the
 * specification says so), HOME is the fallback, and nothing at all is false. */
static void test_xdg_folders(void **st)
{
    (void)st;
    char out[512], want[512];
    assert_true(paths_data_dir("records", out, sizeof out));
    snprintf(want, sizeof want, "%s/rapport/records", dir);
    assert_string_equal(out, want);
    assert_true(paths_config_file("settings.conf", out, sizeof out));
    snprintf(want, sizeof want, "%s/rapport/settings.conf", dir);
    assert_string_equal(out, want);
    char *home = getenv("HOME") ? strdup(getenv("HOME")) : NULL;
    setenv("XDG_DATA_HOME", "relative/data", 1);
    setenv("HOME", "/home/someone", 1);
    assert_true(paths_data_dir("progress", out, sizeof out));
    assert_string_equal(out, "/home/someone/.local/share/rapport/progress");
    setenv("XDG_CONFIG_HOME", "", 1);
    assert_true(paths_config_file("settings.conf", out, sizeof out));
    assert_string_equal(out, "/home/someone/.config/rapport/settings.conf");
    unsetenv("HOME");
    assert_false(paths_data_dir("records", out, sizeof out));
    assert_false(paths_config_file("settings.conf", out, sizeof out));
    char tiny[8];
    setenv("XDG_DATA_HOME", dir, 1);
    assert_false(paths_data_dir("records", tiny, sizeof tiny)); /* does not fit */
    if (home) setenv("HOME", home, 1), free(home);
    setenv("XDG_CONFIG_HOME", dir, 1);
}

/* mkdir -p: parents made with mode 0700, an existing folder is fine, a file in the way is
 * ENOTDIR. */
static void test_make_dirs(void **st)
{
    (void)st;
    char deep[512], file[512];
    snprintf(deep, sizeof deep, "%s/a/b/c", dir);
    assert_int_equal(paths_make_dirs(deep), 0);
    assert_int_equal(paths_make_dirs(deep), 0);
    struct stat sb;
    snprintf(file, sizeof file, "%s/a", dir);
    assert_int_equal(stat(file, &sb), 0);
    assert_true(S_ISDIR(sb.st_mode));
    assert_int_equal(sb.st_mode & 0077, 0);
    snprintf(file, sizeof file, "%s/a/file", dir);
    FILE *f = fopen(file, "w");
    assert_non_null(f);
    fclose(f);
    snprintf(deep, sizeof deep, "%s/a/file/d", dir);
    assert_int_equal(paths_make_dirs(deep), -1);
    assert_int_equal(errno, ENOTDIR);
    assert_int_equal(paths_make_dirs(file), -1);
    assert_int_equal(errno, ENOTDIR);
}

/* The content hash is FNV-1a 64 (its published test value for "a"), and a record written by
 * 0.1.0, whose hash began from a basis with a digit missing, still matches its client. */
static void test_content_hash(void **st)
{
    (void)st;
    char h[17];
    record_hash("a", h);
    assert_string_equal(h, "af63dc4c8601ec8c");
    record_hash("", h);
    assert_string_equal(h, "cbf29ce484222325");
    assert_true(record_hash_matches("a", "af63dc4c8601ec8c"));
    assert_true(record_hash_matches("-- a client\n", "d838e69586308405"));
    assert_false(record_hash_matches("a", "af63dc4c8601ec8d"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_record_round_trip),
        cmocka_unit_test(test_progress_save_and_resume),
        cmocka_unit_test(test_settings_keep_foreign_lines),
        cmocka_unit_test(test_settings_not_regular_refused),
        cmocka_unit_test(test_xdg_folders),
        cmocka_unit_test(test_make_dirs),
        cmocka_unit_test(test_content_hash),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
