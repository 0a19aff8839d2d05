/* progress: saving and resuming unfinished sessions. */
#include "progress.h"

#include "../core/course.h"

#include "paths.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int progress_path(const char *scenario_id, char *out, size_t size, char *err, size_t errsize)
{
    char dir[4096];
    if (!paths_data_dir("progress", dir, sizeof dir)) {
        snprintf(err, errsize,
                 "rapport: cannot save progress: neither XDG_DATA_HOME nor HOME is an absolute "
                 "path");
        return -1;
    }
    if (paths_make_dirs(dir) != 0) {
        snprintf(err, errsize, "rapport: cannot save progress in %s: %s", dir, strerror(errno));
        return -1;
    }
    snprintf(out, size, "%s/%s.json", dir, scenario_id);
    return 0;
}

int progress_save(Host *h, const Session *s, const char *trainee, time_t started)
{
    char path[4200], err[4400];
    if (progress_path(s->sc->id, path, sizeof path, err, sizeof err) != 0) {
        fprintf(stderr, "%s\n", err);
        return -1;
    }
    /* Nothing left to resume, unless another session of a course follows. */
    if (s->over && !course_goes_on(s->sc, s->state, s->node))
        return unlink(path) == 0 || errno == ENOENT ? 0 : -1;
    return record_write(path, h, s, trainee, started, time(NULL));
}

/* Renames the save to PATH.KIND-TIME so it is kept for inspection; says where in msg. */
static void move_aside(const char *path, const char *kind, char *msg, size_t size, const char *why)
{
    char aside[4300];
    snprintf(aside, sizeof aside, "%s.%s-%ld", path, kind, (long)time(NULL));
    if (rename(path, aside) == 0)
        snprintf(msg, size, "%s; it is kept as %s", why, aside);
    else
        snprintf(msg, size, "%s; it could not be moved aside (%s), so it is left as it is", why,
                 strerror(errno));
}

int progress_find(const char *scenario_id, Record *r, char *msg, size_t size)
{
    char path[4200], err[4400];
    if (progress_path(scenario_id, path, sizeof path, err, sizeof err) != 0) {
        snprintf(msg, size, "%s", err);
        return -1;
    }
    if (access(path, F_OK) != 0) return 0;
    char why[1300];
    if (record_read(path, r, why, sizeof why) != 0) {
        char full[1400];
        snprintf(full, sizeof full, "the saved session cannot be read (%s)", why);
        move_aside(path, "corrupt", msg, size, full);
        return -1;
    }
    if (strcmp(r->scenario_id, scenario_id) != 0) {
        record_free(r);
        move_aside(path, "corrupt", msg, size, "the saved session belongs to another client");
        return -1;
    }
    return 1;
}

int progress_resume(const Record *r, Session *s, char *msg, size_t size)
{
    char why[1300];
    if (session_start(s, r->seed) != 0) {
        snprintf(msg, size, "%s", s->err);
        return -1;
    }
    if (record_replay(r, s, why, sizeof why) == 0) return 0;
    char path[4200], err[4400], full[1400];
    snprintf(full, sizeof full,
             "the saved session cannot resume: the client file has changed since (%s)", why);
    if (progress_path(s->sc->id, path, sizeof path, err, sizeof err) == 0)
        move_aside(path, "stale", msg, size, full);
    else
        snprintf(msg, size, "%s", full);
    session_start(s, 1);
    return -1;
}
