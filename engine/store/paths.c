/* paths: where Rapport's Lua library and clients are (build tree or install), and the user's
 * XDG folders with the one mkdir -p. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "paths.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef RAPPORT_SCRIPTS_DIR
#define RAPPORT_SCRIPTS_DIR "scripts"
#endif

static bool is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* PREFIX/share/rapport for an executable at PREFIX/bin/rapport, if it is an install. */
static bool installed_dir(char *out, size_t size)
{
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) return false;
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (!slash) return false;
    *slash = '\0'; /* PREFIX/bin */
    char probe[PATH_MAX + 64];
    snprintf(probe, sizeof probe, "%s/../share/rapport/lib/model.lua", exe);
    if (!is_file(probe)) return false;
    char dir[PATH_MAX + 64], real[PATH_MAX];
    snprintf(dir, sizeof dir, "%s/../share/rapport", exe);
    const char *use = realpath(dir, real) ? real : dir;
    if (strlen(use) >= size) return false;
    snprintf(out, size, "%s", use);
    return true;
}

const char *paths_scripts_dir(const char *fallback)
{
    const char *env = getenv("RAPPORT_SCRIPTS");
    if (env && *env) return env;
    static char found[PATH_MAX];
    static int state; /* 0 not looked yet, 1 installed, 2 fallback */
    if (!state) state = installed_dir(found, sizeof found) ? 1 : 2;
    return state == 1 ? found : fallback;
}

/* BASE/rapport/NAME, where BASE is the absolute $VAR, else $HOME/FALLBACK. */
static bool xdg_path(const char *var, const char *fallback, const char *name, char *out,
                     size_t size)
{
    const char *xdg = getenv(var), *home = getenv("HOME");
    int n;
    if (xdg && *xdg == '/')
        n = snprintf(out, size, "%s/rapport/%s", xdg, name);
    else if (home && *home == '/')
        n = snprintf(out, size, "%s/%s/rapport/%s", home, fallback, name);
    else
        return false;
    return n > 0 && (size_t)n < size;
}

bool paths_data_dir(const char *sub, char *out, size_t size)
{
    return xdg_path("XDG_DATA_HOME", ".local/share", sub, out, size);
}

bool paths_config_file(const char *name, char *out, size_t size)
{
    return xdg_path("XDG_CONFIG_HOME", ".config", name, out, size);
}

int paths_make_dirs(const char *path)
{
    char buf[PATH_MAX];
    if (!*path || strlen(path) >= sizeof buf) {
        errno = ENAMETOOLONG;
        return -1;
    }
    snprintf(buf, sizeof buf, "%s", path);
    for (char *p = buf + 1; *p; p++) {
        if (*p != '/') continue;
        *p = '\0';
        int rc = mkdir(buf, 0700);
        *p = '/';
        if (rc != 0 && errno != EEXIST) return -1;
    }
    if (mkdir(buf, 0700) != 0 && errno != EEXIST) return -1;
    struct stat st;
    if (stat(buf, &st) != 0) return -1;
    if (!S_ISDIR(st.st_mode)) {
        errno = ENOTDIR;
        return -1;
    }
    return 0;
}

bool paths_user_clients_dir(char *out, size_t size)
{
    return paths_data_dir("clients", out, size);
}

bool paths_client_file(const char *scripts_dir, const char *id, char *out, size_t size)
{
    snprintf(out, size, "%s/clients/%s.lua", scripts_dir, id);
    if (is_file(out)) return true;
    char dir[PATH_MAX], mine[PATH_MAX + 256];
    if (!paths_user_clients_dir(dir, sizeof dir)) return false;
    snprintf(mine, sizeof mine, "%s/%s.lua", dir, id);
    if (!is_file(mine) || strlen(mine) >= size) return false;
    snprintf(out, size, "%s", mine);
    return true;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

char **paths_list_lua(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) return NULL;
    int n = 0, cap = 16;
    char **list = malloc(sizeof(char *) * (size_t)cap);
    struct dirent *e;
    while (list && (e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (len < 5 || strcmp(e->d_name + len - 4, ".lua") != 0 || e->d_name[0] == '.') continue;
        if (n + 2 > cap) {
            char **l = realloc(list, sizeof(char *) * (size_t)(cap *= 2));
            if (!l) break;
            list = l;
        }
        size_t sz = strlen(dir) + len + 2;
        list[n] = malloc(sz);
        if (list[n]) snprintf(list[n++], sz, "%s/%s", dir, e->d_name);
    }
    closedir(d);
    if (!list) return NULL;
    list[n] = NULL;
    qsort(list, (size_t)n, sizeof *list, cmp_str);
    return list;
}

char **paths_user_clients(const char *scripts_dir)
{
    char dir[PATH_MAX], bundled[PATH_MAX + 16], a[PATH_MAX], b[PATH_MAX];
    char **list = NULL;
    snprintf(bundled, sizeof bundled, "%s/clients", scripts_dir);
    /* Installed with --prefix ~/.local, the bundled clients are in that very folder. */
    if (paths_user_clients_dir(dir, sizeof dir) &&
        !(realpath(dir, a) && realpath(bundled, b) && !strcmp(a, b)))
        list = paths_list_lua(dir);
    return list ? list : calloc(1, sizeof(char *));
}

bool paths_shadowed(const char *scripts_dir, const char *user_file)
{
    const char *base = strrchr(user_file, '/');
    char path[PATH_MAX + 256];
    snprintf(path, sizeof path, "%s/clients/%s", scripts_dir, base ? base + 1 : user_file);
    return is_file(path);
}

char **paths_all_clients(const char *scripts_dir)
{
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s/clients", scripts_dir);
    char **bundled = paths_list_lua(dir), **mine = paths_user_clients(scripts_dir);
    size_t nb = 0, nm = 0;
    while (bundled && bundled[nb])
        nb++;
    while (mine && mine[nm])
        nm++;
    char **all = bundled && mine ? realloc(bundled, sizeof(char *) * (nb + nm + 1)) : NULL;
    if (!all) {
        for (size_t i = 0; bundled && i < nb; i++)
            free(bundled[i]);
        for (size_t i = 0; mine && i < nm; i++)
            free(mine[i]);
        free(bundled);
        free(mine);
        return NULL;
    }
    memcpy(all + nb, mine, sizeof(char *) * (nm + 1));
    free(mine);
    return all;
}

const char *paths_scripts(void)
{
    return paths_scripts_dir(RAPPORT_SCRIPTS_DIR); /* env, install, build tree */
}

static bool looks_like_path(const char *name)
{
    size_t n = strlen(name);
    return strchr(name, '/') || (n > 4 && strcmp(name + n - 4, ".lua") == 0);
}

Host *paths_load(const char *name)
{
    char path[4096];
    if (looks_like_path(name))
        snprintf(path, sizeof path, "%s", name);
    else
        paths_client_file(paths_scripts(), name, path, sizeof path); /* bundled, then yours */
    if (!looks_like_path(name)) {
        FILE *f = fopen(path, "r");
        if (!f) {
            fprintf(stderr,
                    "rapport: no client '%s': give a .lua file or one of the bundled clients "
                    "(rapport list)\n",
                    name);
            return NULL;
        }
        fclose(f);
    }
    Host *h = host_open(paths_scripts());
    if (!h) {
        fprintf(stderr, "rapport: out of memory\n");
        return NULL;
    }
    if (host_load(h, path) != 0) {
        fprintf(stderr, "%s\n", h->err);
        if (getenv("RAPPORT_TRACE")) fprintf(stderr, "%s\n", h->trace);
        host_close(h);
        return NULL;
    }
    return h;
}

void paths_free_list(char **list)
{
    if (!list) return;
    for (char **p = list; *p; p++)
        free(*p);
    free(list);
}
