/* app: the window's whole state and behaviour, independent of where frames go. The window
 * loop (window.c) feeds it events and a clock; the headless renderer (render.c) feeds it
 * choices and a chosen time, so both draw exactly the same frame. */
#ifndef RAPPORT_APP_H
#define RAPPORT_APP_H
#include <SDL.h>
#include <stdbool.h>
#include <time.h>

#include "../core/avatar.h"
#include "../lua/host.h"
#include "../store/settings.h"
#include "../text/reply.h"
#include "text.h"

typedef enum Screen { SCREEN_PICKER, SCREEN_PLAY, SCREEN_DEBRIEF } Screen;

typedef enum HistKind { HIST_CLIENT, HIST_YOU, HIST_CAPTION, HIST_COACH, HIST_NOTE } HistKind;

typedef struct HistItem {
    HistKind kind;
    char *text;
    int turn;
} HistItem;

/* One piece of client talk in the debrief: what the trainee answered, and what an
 * MI-consistent answer does (the summary's "talk" list). */
typedef struct DebriefTalk {
    int turn;
    bool good;
    char talk[16], kind[24], answer[64], advice[400];
} DebriefTalk;

typedef struct Theme {
    SDL_Color bg, panel, panel_hi, text, dim, accent, select, border, good, fair, bad, wall, wall2;
} Theme;

/* Hit ids: choices 100+k, picker 200+i, debrief turns 300+t, menu rows 400+i, buttons 500+. */
enum {
    HIT_CHOICE = 100,
    HIT_PICK = 200,
    HIT_TURN = 10000,
    HIT_MENU = 400,
    HIT_DEBRIEF_BTN = 500,
    HIT_MENU_BTN = 501,
    HIT_RESTART_BTN = 502,
    HIT_BACK_BTN = 503,
    HIT_HISTORY = 504,
    HIT_NEXT_BTN = 505,
    HIT_SAY_AGAIN = 506, /* typed replies: "say it another way" under "Which did you mean?" */
    HIT_INPUT = 507      /* the text box */
};

enum {
    MENU_TEXT,
    MENU_CONTRAST,
    MENU_MOTION,
    MENU_REVEAL,
    MENU_FULLSCREEN,
    MENU_MODE,
    MENU_REPLIES,
    MENU_FONT,
    MENU_CLIENTS,
    MENU_QUIT,
    MENU_COUNT
};

typedef struct Hit {
    SDL_Rect r;
    int id;
} Hit;

#define APP_MAX_HITS 64
#define APP_LIVELY_MS 6000.0  /* idle life runs this long after the last change or input */
#define APP_BLINKS_MS 60000.0 /* and blinking this long */

typedef struct App {
    SDL_Renderer *r;
    Text *text;
    Settings set;
    bool save_settings; /* the window saves changes; headless renders never touch the file */
    /* The window keeps a session record and a progress save after every change (headless
     * frames write neither): see engine/store/record.h and progress.h. */
    char record_path[4200], trainee[128];
    time_t started;
    bool resume_offer; /* a saved, unfinished session of this client waits: Enter resumes it */
    bool mode_forced;  /* --mode was given: it wins over the client's own mode */
    int resume_turns;
    int w, h;
    int text_px; /* the body text as drawn: the setting, grown with a window over 1280x720 */
    Screen screen;
    Theme th;
    char *scripts_dir;

    /* the picker */
    char **paths, **titles, **blurbs;
    Host **pick_hosts; /* each client loaded (NULL when it failed): the picker draws its face */
    int npaths, pick_sel;

    /* the session */
    Host *host;
    Session sess;
    bool has_sess;
    uint64_t seed;
    uint64_t seed_opt; /* --seed: every session starts from it; 0: a fresh seed each time */
    AvatarLook look;
    Avatar avatar;
    AvatarExpr *targets; /* expression per turn: 0..nturns */
    int ntargets;
    AvatarMesh mesh;
    HistItem *hist;
    int nhist, caphist;
    double t_line; /* when the current line began to appear */
    bool revealed;
    int sel, hover;  /* keyboard selection and mouse hover among the choices, -1 none */
    int hist_scroll; /* pixels scrolled up from the bottom */
    int mid_scroll;  /* pixels the line and replies are scrolled down */
    bool mid_follow; /* scroll the selected reply into view at the next draw */
    int deb_sel, deb_scroll;
    char summary[16][1200];
    int nsummary;
    DebriefTalk *talk; /* the debrief's "What you did with the client's change and sustain talk" */
    int ntalk;
    bool deb_follow;  /* scroll the selected turn into view at the next draw */
    char recap[1600]; /* at an ending: what raised discord most, in words (recap.h) */
    /* The turns the trainee rewound to in this session, oldest first: each leaves a line in
     * the history ("— rewound to turn 3 —") for as long as that turn stands. */
    int rewinds[64];
    int nrewinds;

    /* What the last frame showed, for tests (dump:FILE): the rows of the client's line wholly
     * in view and in all, whether the settings dialog fit the window, the header's and the
     * footer's rows. */
    int line_rows_shown, line_rows;
    bool menu_fits;

    /* Typed replies (issue 15): the text box, the matcher over the client's choices, and
     * what the last typed reply came to: played in app.c, typed in app_input.c. */
    int typed_opt; /* -1: the setting (replies = typed) decides; 0: --menu; 1: --free */
    Replies rep;
    bool rep_open;
    char input[SESSION_TYPED_MAX + 1]; /* what is in the box, UTF-8 */
    size_t ninput;
    bool asking;                           /* "Which did you mean?" is up */
    FtMatch ask;                           /* the closest choices it shows */
    char ask_words[SESSION_TYPED_MAX + 1]; /* the reply they were closest to */
    int ask_sel;     /* 0..nbest: the option ↑↓ selected (nbest: rephrase) */
    char said[1600]; /* "Taken as: ...", "That fit none ...", or the client puzzled */
    bool said_puzzled;
    SDL_Rect input_rect; /* where the box was drawn, for the input method's window */

    /* overlays */
    bool menu_on;
    int menu_sel;
    char overlay[1400]; /* an error to show, "" when none */
    char toast[1400];
    double toast_until;

    double now, last_activity, lively_start;
    bool dirty, quit, fullscreen_changed;
    Hit hits[APP_MAX_HITS];
    int nhits;
} App;

/* Sets the app up to draw with r; takes the settings as given. 0, or -1 with err. */
int app_init(App *a, SDL_Renderer *r, const Settings *set, const char *scripts_dir, char *err,
             size_t errsz);
void app_free(App *a);
/* The bundled clients for the picker (paths; the app copies them). */
void app_set_picker(App *a, char **paths);
/* Starts a session of the loaded host (the app takes it) at time now. */
/* Practice or assessment for this session: --mode, else the client's mode, else the setting. */
int app_mode(const App *a);
int app_start(App *a, Host *h, uint64_t seed, double now);
/* Loads a client file and starts it; on error shows the overlay and returns -1. */
int app_open_path(App *a, const char *path, double now);
/* Plays the k-th offered choice (0-based). */
int app_choose(App *a, int k, double now);
/* Rewinds to just before turn t (1-based): the trainee picks again at that point. */
int app_rewind(App *a, int t, double now);
/* F5: reloads the file and replays the same choices; keeps the old session on error. */
int app_reload(App *a, double now);
void app_show_debrief(App *a);
/* At an ending another session of the course follows. */
bool app_course_goes_on(const App *a);
/* Goes on to the next session of the course (the client may miss it): 0, or -1. */
int app_next_session(App *a, double now);
void app_set_size(App *a, int w, int h);
/* Handles one event at time now. */
void app_event(App *a, const SDL_Event *ev, double now);
/* Draws the whole frame at time now. */
void app_draw(App *a, double now);
/* True while something moves on screen at now (animation, reveal, toast). */
bool app_animating(const App *a, double now);
/* Milliseconds between frames while animating: 16 while anything moves, more for a blink. */
double app_frame_interval(const App *a, double now);
/* Milliseconds until the next scheduled change when nothing animates (a blink, a toast
 * ending), or -1 for none. */
double app_next_change(const App *a, double now);
void app_apply_settings(App *a);
/* Sets the fonts for the text size and window size (app.c): the setting is the body size up
 * to 1280x720, and the text grows with a larger window (1.5 times at 1920x1080, at most
 * twice), so a large screen is not left empty. */
void app_fit_text(App *a);
/* The window's title: "Rapport: " and the client's title, or just "Rapport". */
void app_title(const App *a, char *buf, size_t size);
/* The idle life to draw at now: -1 none (reduced motion, or a minute without input), else
 * blinks and breathing at this amplitude, faded in after input and out once it goes quiet. */
double app_idle_motion(const App *a, double now);
/* Reveals the current line fully. */
void app_reveal_all(App *a);
/* The offer to resume a saved session is up: a modal dialog that takes every key. */
bool app_resume_modal(const App *a);
/* Replies are typed in this session: --free / --menu, else the setting. */
bool app_typed(const App *a);
/* The text box is up and takes text now (play screen, session going, nothing over it). */
bool app_typing(const App *a);
/* Switches typed replies on or off (the settings row); the option given at start lapses. */
void app_set_typed(App *a, bool on);
/* Submits the box as a typed reply (or, while asking, the number of one of the closest):
 * plays it, asks which was meant, or lets the client say it did not follow. 0, or -1 with
 * the overlay set. */
int app_submit(App *a, double now);
/* While asking: plays the i-th closest choice (0-based) with the words typed. */
int app_pick_asked(App *a, int i, double now);
/* While asking: "say it another way": the words go back into the box for editing. */
void app_say_again(App *a);

#endif
