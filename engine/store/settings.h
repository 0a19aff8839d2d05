/* settings: the settings file, $XDG_CONFIG_HOME/rapport/settings.conf (or
 * ~/.config/rapport/settings.conf), one key = value a line: what the trainee chose for the
 * window, and the trainee's name for records (`trainee =`). The one reader and writer of that
 * file for every front end: it knows every documented key, and a save keeps the lines and keys
 * it does not own. */
#ifndef RAPPORT_SETTINGS_H
#define RAPPORT_SETTINGS_H
#include <stdbool.h>
#include <stddef.h>

enum { REVEAL_SLOW, REVEAL_NORMAL, REVEAL_FAST, REVEAL_INSTANT, REVEAL_COUNT };
enum { MODE_PRACTICE, MODE_ASSESSMENT };

#define TEXT_SIZE_MIN 12
#define TEXT_SIZE_MAX 40

typedef struct Settings {
    int text_size; /* body text in pixels */
    bool high_contrast;
    bool reduced_motion;
    int reveal; /* REVEAL_* */
    bool fullscreen;
    int mode;          /* MODE_*: practice shows meters and one cue per turn */
    bool typed;        /* replies = typed: the trainee types replies (free text), not a menu */
    char font[1024];   /* a font file that overrides fontconfig's choice, or "" */
    char trainee[128]; /* the name records carry when no --trainee is given, or "" */
} Settings;

void settings_default(Settings *s);
/* The settings file's path; false when neither XDG_CONFIG_HOME nor HOME is set. */
bool settings_path(char *buf, size_t size);
/* Reads the file at path over s. Only a regular file under 64 KB is read: anything else is
 * refused with one line on stderr and -1 (a missing file is -1 quietly). When warn is set,
 * unknown keys and bad values are ignored with a warning on stderr each; otherwise silently. */
int settings_read(const char *path, Settings *s, bool warn);
/* Reads the file over the defaults; unknown keys and bad values are ignored with a warning on
 * stderr, so an old or hand-edited file never stops the window from opening. */
void settings_load(Settings *s);
/* Writes s to path atomically (a mkstemp file beside it, fsync, rename), keeping every line of
 * the file there whose key it does not own (unknown keys, comments, lines it cannot parse).
 * 0, or -1 (with a warning on stderr). */
int settings_write(const char *path, const Settings *s);
/* Writes the file (settings_write), creating its directory. 0, or -1 (with a warning). */
int settings_save(const Settings *s);
/* Characters per second for a reveal speed; 0 means instant. */
double settings_reveal_cps(int reveal);
const char *settings_reveal_name(int reveal);

#endif
