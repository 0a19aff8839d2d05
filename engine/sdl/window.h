/* window: the SDL2 front end: the interactive window loop, scripted input for tests and
 * benchmarks, and headless frames drawn with the software renderer. */
#ifndef RAPPORT_WINDOW_H
#define RAPPORT_WINDOW_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../lua/host.h"

typedef struct WindowOptions {
    Host *host;    /* the client to play (taken), or NULL for the picker */
    char **picker; /* bundled client paths, NULL-terminated */
    const char *scripts_dir;
    uint64_t seed;         /* 0: a fresh seed for every session (a new shuffle, new lines) */
    int mode;              /* -1: the setting decides; else MODE_* */
    int typed;             /* -1: the setting decides; 0: --menu; 1: --free (typed replies) */
    int w, h;              /* initial size, 0 for the default */
    const char *script;    /* scripted input ("key:1 wait:500 shot:a.bmp quit"), or NULL */
    const char *frame_log; /* where to write timing figures at exit, or NULL */
    double t_start_ms;     /* when the command started (monotonic ms), for time to first frame */
} WindowOptions;

/* Runs the window until the trainee quits. Returns an exit code; on failure prints one line. */
int window_run(const WindowOptions *o);
/* Checks a script without running it: NULL if fine, else a static message. */
const char *window_check_script(const char *script, char *buf, size_t size);

typedef struct RenderOptions {
    Host *host; /* taken */
    const char *scripts_dir;
    char **choices; /* ids or 1-based numbers, in order */
    int nchoices;
    double at_ms; /* after the last choice; < 0: when everything has settled */
    int w, h;
    uint64_t seed;
    int mode;
    bool debrief;
    bool face; /* the face alone, head and body held still (tests of the expression) */
    bool high_contrast;
    int text_size;      /* 0 for the default */
    bool typed;         /* --free: typed replies */
    const char *say;    /* --say: replies typed after the choices, separated by '|' */
    const char *typing; /* --typing: text left in the box */
    int repeat;         /* > 0: also draw the frame this many more times and print the mean time */
    const char *out;
} RenderOptions;

/* Draws one frame with the software renderer into a BMP file. Returns an exit code; on
 * failure prints one line. */
int render_frame(const RenderOptions *o);
double monotonic_ms(void);

#endif
