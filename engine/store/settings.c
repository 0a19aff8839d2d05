/* settings: defaults, the settings file, and its path. */
#include "settings.h"

#include "paths.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

void settings_default(Settings *s)
{
    memset(s, 0, sizeof *s);
    s->text_size = 18;
    s->reveal = REVEAL_NORMAL;
    s->mode = MODE_PRACTICE;
}

bool settings_path(char *buf, size_t size)
{
    return paths_config_file("settings.conf", buf, size);
}

static const char *const reveal_names[REVEAL_COUNT] = {"slow", "normal", "fast", "instant"};

const char *settings_reveal_name(int reveal)
{
    return reveal >= 0 && reveal < REVEAL_COUNT ? reveal_names[reveal] : "normal";
}

double settings_reveal_cps(int reveal)
{
    static const double cps[REVEAL_COUNT] = {30, 60, 140, 0};
    return reveal >= 0 && reveal < REVEAL_COUNT ? cps[reveal] : 60;
}

static bool parse_bool(const char *v, bool *out)
{
    if (!strcmp(v, "true") || !strcmp(v, "on") || !strcmp(v, "1")) return *out = true, true;
    if (!strcmp(v, "false") || !strcmp(v, "off") || !strcmp(v, "0")) return *out = false, true;
    return false;
}

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
        s[--n] = '\0';
    return s;
}

/* The settings file, for reading: only a regular file under 64 KB (never a device, a FIFO
 * or an endless file a symlink points at: opening does not wait, and nothing else is read).
 * NULL otherwise, with a line on stderr (when loud) when it exists but is refused. */
static FILE *open_settings(const char *path, bool loud)
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return NULL;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size >= 65536) {
        if (loud)
            fprintf(stderr,
                    "rapport: %s: ignored: the settings file must be a regular file under 64 KB\n",
                    path);
        close(fd);
        return NULL;
    }
    FILE *f = fdopen(fd, "r");
    if (!f) close(fd);
    return f;
}

/* The keys this file format owns, in the order a save writes them. */
static const char *const owned_keys[] = {"text_size", "high_contrast", "reduced_motion",
                                         "reveal",    "fullscreen",    "mode",
                                         "font",      "trainee",       "replies"};

static bool owned(const char *k)
{
    for (size_t i = 0; i < sizeof owned_keys / sizeof *owned_keys; i++)
        if (!strcmp(k, owned_keys[i])) return true;
    return false;
}

int settings_read(const char *path, Settings *s, bool warn)
{
    FILE *f = open_settings(path, true);
    if (!f) return -1;
    char line[1200];
    int n = 0;
    while (fgets(line, sizeof line, f)) {
        n++;
        char *p = trim(line);
        if (!*p || *p == '#') continue;
        char *eq = strchr(p, '=');
        if (!eq) {
            if (warn) fprintf(stderr, "%s:%d: ignored: expected key = value\n", path, n);
            continue;
        }
        *eq = '\0';
        char *k = trim(p), *v = trim(eq + 1);
        bool ok = true;
        if (!strcmp(k, "text_size")) {
            char *end;
            long x = strtol(v, &end, 10);
            ok = !*end && x >= TEXT_SIZE_MIN && x <= TEXT_SIZE_MAX;
            if (ok) s->text_size = (int)x;
        } else if (!strcmp(k, "high_contrast")) {
            ok = parse_bool(v, &s->high_contrast);
        } else if (!strcmp(k, "reduced_motion")) {
            ok = parse_bool(v, &s->reduced_motion);
        } else if (!strcmp(k, "fullscreen")) {
            ok = parse_bool(v, &s->fullscreen);
        } else if (!strcmp(k, "reveal")) {
            ok = false;
            for (int i = 0; i < REVEAL_COUNT; i++)
                if (!strcmp(v, reveal_names[i])) s->reveal = i, ok = true;
        } else if (!strcmp(k, "mode")) {
            ok = !strcmp(v, "practice") || !strcmp(v, "assessment");
            if (ok) s->mode = !strcmp(v, "practice") ? MODE_PRACTICE : MODE_ASSESSMENT;
        } else if (!strcmp(k, "replies")) {
            ok = !strcmp(v, "menu") || !strcmp(v, "typed");
            if (ok) s->typed = !strcmp(v, "typed");
        } else if (!strcmp(k, "font")) {
            snprintf(s->font, sizeof s->font, "%s", v);
        } else if (!strcmp(k, "trainee")) {
            snprintf(s->trainee, sizeof s->trainee, "%s", v); /* the last line wins */
        } else {
            if (warn) fprintf(stderr, "%s:%d: ignored: unknown setting '%s'\n", path, n, k);
            continue;
        }
        if (!ok && warn) fprintf(stderr, "%s:%d: ignored: bad value for %s: %s\n", path, n, k, v);
    }
    fclose(f);
    return 0;
}

void settings_load(Settings *s)
{
    char path[4096];
    if (!settings_path(path, sizeof path)) return;
    settings_read(path, s, true);
}

#define SETTINGS_HEADER                                                                            \
    "# rapport window settings (edited by the program; font = /path/to/file.ttf overrides the "    \
    "font)"

/* True when a line of the file is one a save writes itself: the header, or an owned key. */
static bool written_by_save(const char *line)
{
    char buf[1200];
    snprintf(buf, sizeof buf, "%s", line);
    char *p = trim(buf);
    if (!strcmp(p, SETTINGS_HEADER)) return true;
    if (!*p || *p == '#') return false;
    char *eq = strchr(p, '=');
    if (!eq) return false;
    *eq = '\0';
    return owned(trim(p));
}

/* Copies the lines of the file at path that a save does not write itself to out. */
static void keep_foreign_lines(const char *path, FILE *out)
{
    FILE *in = open_settings(path, false);
    if (!in) return;
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    while ((len = getline(&line, &cap, in)) > 0) {
        char *p = line;
        while (*p == ' ' || *p == '\t')
            p++;
        if (!*p || *p == '\n' || (*p == '\r' && p[1] == '\n')) continue; /* blank */
        if (written_by_save(line)) continue;
        fputs(line, out);
        if (line[len - 1] != '\n') fputc('\n', out);
    }
    free(line);
    fclose(in);
}

int settings_write(const char *path, const Settings *s)
{
    char tmp[4200];
    /* Write a fresh temporary file beside it (mkstemp: never an existing file or a planted
     * symlink), flush it to disk and rename it: a crash never leaves half a settings file. */
    snprintf(tmp, sizeof tmp, "%s.tmp-XXXXXX", path);
    int fd = mkstemp(tmp);
    FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
    if (!f) {
        fprintf(stderr, "rapport: cannot save settings: %s: %s\n", path, strerror(errno));
        if (fd >= 0) {
            close(fd);
            unlink(tmp);
        }
        return -1;
    }
    fprintf(f, "%s\n", SETTINGS_HEADER);
    fprintf(f,
            "text_size = %d\nhigh_contrast = %s\nreduced_motion = %s\nreveal = %s\nfullscreen = "
            "%s\nmode = %s\nreplies = %s\nfont = %s\n",
            s->text_size, s->high_contrast ? "true" : "false", s->reduced_motion ? "true" : "false",
            settings_reveal_name(s->reveal), s->fullscreen ? "true" : "false",
            s->mode == MODE_PRACTICE ? "practice" : "assessment", s->typed ? "typed" : "menu",
            s->font);
    if (s->trainee[0]) fprintf(f, "trainee = %s\n", s->trainee);
    keep_foreign_lines(path, f);
    bool ok = fflush(f) == 0 && fsync(fileno(f)) == 0;
    ok = fclose(f) == 0 && ok;
    if (!ok || rename(tmp, path) != 0) {
        fprintf(stderr, "rapport: cannot save settings: %s: %s\n", path, strerror(errno));
        unlink(tmp);
        return -1;
    }
    return 0;
}

int settings_save(const Settings *s)
{
    char path[4096];
    if (!settings_path(path, sizeof path)) return -1;
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", path);
    *strrchr(dir, '/') = '\0'; /* paths_config_file's result always has a slash */
    if (paths_make_dirs(dir) != 0) {
        fprintf(stderr, "rapport: cannot save settings: %s: %s\n", dir, strerror(errno));
        return -1;
    }
    return settings_write(path, s);
}
