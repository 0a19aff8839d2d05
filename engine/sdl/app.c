/* app: the window's state and its sessions: setting up and freeing the app, the picker's
 * clients, starting, choosing, rewinding, reloading and resuming, the record and progress
 * saves, the history with its captions, the avatar's targets and cues, and the frame timing.
 * Also typed replies (issue 15): the matcher over the client's choices (engine/text/reply.h)
 * and what a typed reply comes to, as `play --text --free` does it (cmd_play.c's play_typed):
 * confident, it is played and "Taken as: ..." said; close to some, "Which did you mean?";
 * fitting none, a free turn that counts as its move; with no code at all, the client says it
 * did not follow and the words stay in the box. Input and the settings menu are in
 * app_input.c, the debrief's summary in app_summary.c, drawing in draw.c. */
#include "app_internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../store/progress.h"
#include "../store/record.h"
#include "../core/transcript.h"
#include "../lua/avatar.h"
#include "../core/recap.h"
#include "../core/course.h"

static const Theme theme_normal = {
    .bg = {28, 32, 42, 255},
    .panel = {40, 46, 60, 255},
    .panel_hi = {56, 66, 88, 255},
    .text = {236, 238, 243, 255},
    .dim = {160, 168, 186, 255},
    .accent = {120, 184, 255, 255},
    .select = {66, 92, 140, 255},
    .border = {78, 88, 110, 255},
    .good = {110, 200, 130, 255},
    .fair = {236, 190, 90, 255},
    .bad = {236, 104, 96, 255},
    .wall = {214, 206, 192, 255},
    .wall2 = {188, 178, 162, 255},
};

static const Theme theme_contrast = {
    .bg = {0, 0, 0, 255},
    .panel = {0, 0, 0, 255},
    .panel_hi = {40, 40, 0, 255},
    .text = {255, 255, 255, 255},
    .dim = {230, 230, 230, 255},
    .accent = {255, 230, 0, 255},
    .select = {0, 60, 140, 255},
    .border = {255, 255, 255, 255},
    .good = {80, 255, 120, 255},
    .fair = {255, 220, 0, 255},
    .bad = {255, 110, 110, 255},
    .wall = {235, 235, 235, 255},
    .wall2 = {200, 200, 200, 255},
};

static char *dupstr(const char *s)
{
    return s ? strdup(s) : NULL;
}

int app_init(App *a, SDL_Renderer *r, const Settings *set, const char *scripts_dir, char *err,
             size_t errsz)
{
    memset(a, 0, sizeof *a);
    a->r = r;
    a->set = *set;
    a->scripts_dir = dupstr(scripts_dir);
    a->sel = a->hover = -1;
    a->last_activity = -1e9; /* long idle: the first touch starts a lively stretch */
    a->w = 1280;
    a->h = 720;
    a->typed_opt = -1;
    avatar_mesh_init(&a->mesh);
    a->text = text_open(set->font, err, errsz);
    if (!a->text) return -1;
    if (text_set_size(a->text, set->text_size, err, errsz) != 0) return -1;
    a->text_px = set->text_size;
    app_apply_settings(a);
    a->dirty = true;
    return 0;
}

static void hist_clear(App *a)
{
    for (int i = 0; i < a->nhist; i++)
        free(a->hist[i].text);
    a->nhist = 0;
}

/* The matcher belongs to the loaded client: it goes with it. */
static void replies_drop(App *a)
{
    if (a->rep_open) replies_close(&a->rep);
    a->rep_open = false;
}

/* The matcher for the loaded client, opened on first use (the speller's dictionary takes a
 * moment to load). NULL, with the error shown, when it cannot be opened. */
static Replies *replies_ready(App *a)
{
    char err[400];
    if (a->rep_open) return &a->rep;
    if (!a->host) return NULL;
    if (replies_open(&a->rep, &a->host->sc, err, sizeof err) != 0) {
        snprintf(a->overlay, sizeof a->overlay, "Typed replies are not available: %s", err);
        return NULL;
    }
    a->rep_open = true;
    return &a->rep;
}

/* What the box and the last typed reply showed: gone with the session or turn they were for. */
static void typed_reset(App *a)
{
    a->asking = false;
    a->said[0] = '\0';
    a->said_puzzled = false;
}

static void end_session(App *a)
{
    replies_drop(a);
    typed_reset(a);
    a->input[0] = '\0';
    a->ninput = 0;
    if (a->has_sess) session_free(&a->sess);
    a->has_sess = false;
    host_close(a->host);
    a->host = NULL;
    free(a->targets);
    a->targets = NULL;
    a->ntargets = 0;
    hist_clear(a);
}

void app_free(App *a)
{
    end_session(a);
    free(a->hist);
    free(a->talk);
    for (int i = 0; i < a->npaths; i++) {
        free(a->paths[i]);
        free(a->titles[i]);
        free(a->blurbs[i]);
        if (a->pick_hosts) host_close(a->pick_hosts[i]);
    }
    free(a->pick_hosts);
    free(a->paths);
    free(a->titles);
    free(a->blurbs);
    avatar_mesh_free(&a->mesh);
    text_close(a->text);
    free(a->scripts_dir);
    memset(a, 0, sizeof *a);
}

void app_apply_settings(App *a)
{
    a->th = a->set.high_contrast ? theme_contrast : theme_normal;
    a->avatar.reduced_motion = a->set.reduced_motion;
    if (a->save_settings) settings_save(&a->set);
    a->dirty = true;
}

void app_fit_text(App *a)
{
    double s = fmin(a->w / 1280.0, a->h / 720.0);
    s = s < 1 ? 1 : s > 2 ? 2 : s;
    int px = (int)lround(a->set.text_size * s);
    char err[512];
    if (px != a->text_px && a->text && text_set_size(a->text, px, err, sizeof err) == 0)
        a->text_px = px;
    a->dirty = true;
}

void app_set_size(App *a, int w, int h)
{
    a->w = w > 0 ? w : 1;
    a->h = h > 0 ? h : 1;
    app_fit_text(a);
}

void app_set_picker(App *a, char **paths)
{
    int n = 0;
    while (paths && paths[n])
        n++;
    a->paths = calloc((size_t)n + 1, sizeof(char *));
    a->titles = calloc((size_t)n + 1, sizeof(char *));
    a->blurbs = calloc((size_t)n + 1, sizeof(char *));
    a->pick_hosts = calloc((size_t)n + 1, sizeof(Host *));
    if (!a->paths || !a->titles || !a->blurbs || !a->pick_hosts) return;
    /* Load each once for its title and setting; a broken file still shows, with its error. */
    for (int i = 0; i < n; i++) {
        a->paths[a->npaths] = dupstr(paths[i]);
        Host *h = host_open(a->scripts_dir);
        if (h && host_load(h, paths[i]) == 0) {
            a->titles[a->npaths] = dupstr(h->sc.title);
            a->blurbs[a->npaths] = dupstr(h->sc.setting);
        } else {
            a->titles[a->npaths] = dupstr(paths[i]);
            a->blurbs[a->npaths] = dupstr(h ? h->err : "out of memory");
            host_close(h);
            h = NULL;
        }
        a->pick_hosts[a->npaths] = h; /* kept: the face's look points into its scenario */
        a->npaths++;
    }
    a->screen = SCREEN_PICKER;
    a->dirty = true;
}

/* ---------------------------------------------------------------- history and targets */

static void hist_add(App *a, HistKind kind, int turn, const char *text)
{
    if (!text || !*text) return;
    if (a->nhist == a->caphist) {
        int cap = a->caphist ? a->caphist * 2 : 64;
        HistItem *h = realloc(a->hist, sizeof *h * (size_t)cap);
        if (!h) return;
        a->hist = h;
        a->caphist = cap;
    }
    a->hist[a->nhist++] = (HistItem){kind, strdup(text), turn};
}

static void expr_for(App *a, const double *state, AvatarExpr *e)
{
    AvatarInputs in;
    avatar_inputs(&a->host->sc, state, &in);
    avatar_target(&in, e);
    char err[1024];
    if (avatar_lua_override(a->host, &a->sess, state, e, err, sizeof err) != 0 && !a->overlay[0])
        snprintf(a->overlay, sizeof a->overlay, "%s", err);
}

/* Captions: only a real change, never the same sentence twice in a row. last is the previous
 * caption added (kept by the caller across the history). */
static void caption_add(App *a, int turn, const char *text, char *last, size_t lastsz)
{
    if (!text[0] || !strcmp(text, last)) return;
    hist_add(a, HIST_CAPTION, turn, text);
    snprintf(last, lastsz, "%s", text);
}

/* A cue in words, unless it would repeat what the face or the posture in words shows: the
 * expression and state before the cue are those after turn `from`. */
static void cue_caption(App *a, const char *cue, int turn, int from, char *last, size_t lastsz)
{
    const Scenario *sc = &a->host->sc;
    AvatarCue cc = avatar_cue_parse(cue);
    if (cc == CUE_NONE ||
        recap_cue_redundant(sc, session_state_at(&a->sess, from), &a->targets[from], cc))
        return;
    char words[600];
    avatar_cue_words(cc, sc->client_name, sc->pronoun, words, sizeof words);
    caption_add(a, turn, words, last, lastsz);
}

/* The rewind marks that still stand: those to turns at most upto. */
static void rewind_note(App *a, int turn)
{
    for (int i = 0; i < a->nrewinds; i++)
        if (a->rewinds[i] == turn) {
            char buf[80];
            snprintf(buf, sizeof buf, "— rewound to turn %d —", turn);
            hist_add(a, HIST_NOTE, turn, buf);
            return;
        }
}

/* One played turn t of the history: the client's line, the reply, the coach's note in
 * practice, and what the client's face and posture did, in words. */
static void hist_turn(App *a, int t, char *last, size_t lastsz)
{
    const Session *s = &a->sess;
    const Scenario *sc = &a->host->sc;
    const Turn *tu = &s->turns[t - 1];
    const Node *n = &sc->nodes[tu->node];
    const Choice *c = session_turn_choice(s, tu);
    char buf[SESSION_TYPED_MAX + 1200], words[600]; /* typed words are up to 4000 bytes */
    rewind_note(a, t);
    snprintf(buf, sizeof buf, "%s: %s", sc->client_name, tu->line ? tu->line : "");
    hist_add(a, HIST_CLIENT, t, buf);
    const double *before = session_state_at(s, t - 1);
    cue_caption(a, session_text_in(s, &n->cue_by, n->cue, before), t, t - 1, last, lastsz);
    const char *chosen = session_choice_text(s, c, before);
    snprintf(buf, sizeof buf, "You: %s", tu->typed ? tu->typed->words : chosen);
    hist_add(a, HIST_YOU, t, buf);
    if (tu->typed) { /* what the words were taken as, as the debrief says it */
        recap_words(sc->moves[c->move].name, words, sizeof words);
        if (tu->choice < 0)
            snprintf(buf, sizeof buf, "Fit no reply; counted as %s (%s)", words,
                     miti_name((Miti)tu->typed->code));
        else
            snprintf(buf, sizeof buf, "Taken as: %s", chosen);
        hist_add(a, HIST_COACH, t, buf);
    }
    if (app_mode(a) == MODE_PRACTICE) {
        recap_words(sc->moves[c->move].name, words, sizeof words);
        Miti m = sc->moves[c->move].miti;
        snprintf(buf, sizeof buf, "Your move: %s%s%s%s", words, m == MITI_NONE ? "" : " (",
                 m == MITI_NONE ? "" : miti_name(m), m == MITI_NONE ? "" : ")");
        hist_add(a, HIST_COACH, t, buf);
    }
    cue_caption(a, session_text_in(s, &c->cue_by, c->cue, session_state_at(s, t)), t, t - 1, last,
                lastsz);
    avatar_describe_change(&a->targets[t - 1], &a->targets[t], sc->pronoun, words, sizeof words);
    if (words[0]) {
        snprintf(buf, sizeof buf, "%s %s.", sc->client_name, words);
        caption_add(a, t, buf, last, lastsz);
        last[0] = '\0'; /* a change described: a posture cue may be new again */
    }
}

/* Rebuilds the expression per turn and the history from the session: after a choice, a
 * rewind and a reload alike, so the history always matches what was played. */
void app_rebuild(App *a)
{
    Session *s = &a->sess;
    free(a->targets);
    a->ntargets = s->nturns + 1;
    a->targets = calloc((size_t)a->ntargets, sizeof *a->targets);
    if (!a->targets) {
        a->ntargets = 0;
        return;
    }
    for (int t = 0; t <= s->nturns; t++)
        expr_for(a, session_state_at(s, t), &a->targets[t]);
    hist_clear(a);
    char words[600], last[600] = "";
    describe_client(s, session_state_at(s, 0), words, sizeof words);
    caption_add(a, 0, words, last, sizeof last);
    for (int t = 1; t <= s->nturns; t++)
        hist_turn(a, t, last, sizeof last);
    rewind_note(a, s->nturns + 1);
    const Node *n = session_node(s);
    cue_caption(a, session_text_in(s, &n->cue_by, n->cue, s->state), s->nturns + 1, s->nturns, last,
                sizeof last);
    a->hist_scroll = 0;
}

/* The trainee did something (or the client changed): idle life wakes. A lively stretch
 * starts only when the previous one had ended, so typing does not restart the fade-in. */
void app_touch(App *a, double now)
{
    if (now - a->last_activity >= APP_LIVELY_MS) a->lively_start = now;
    a->last_activity = now;
}

double app_idle_motion(const App *a, double now)
{
    if (a->set.reduced_motion || now - a->last_activity >= APP_BLINKS_MS) return -1;
    double in = (now - a->lively_start) / 500.0,
           out = (a->last_activity + APP_LIVELY_MS - now) / 500.0;
    double u = in < out ? in : out;
    u = u < 0 ? 0 : u > 1 ? 1 : u;
    return u * u * (3 - 2 * u);
}

static void new_line(App *a, double now)
{
    a->t_line = now;
    a->revealed = settings_reveal_cps(a->set.reveal) <= 0;
    a->sel = a->sess.over ? -1 : 0;
    a->hover = -1;
    a->mid_scroll = 0;
    a->mid_follow = a->sess.over; /* the debrief button, below the last line */
    app_touch(a, now);
    a->dirty = true;
}

int app_mode(const App *a)
{
    if (!a->mode_forced && a->host && a->host->sc.mode)
        return a->host->sc.mode == 2 ? MODE_ASSESSMENT : MODE_PRACTICE;
    return a->set.mode;
}

static void keep_start(App *a, double now);
static void after_change(App *a, const Choice *c, double now);

int app_start(App *a, Host *h, uint64_t seed, double now)
{
    end_session(a);
    a->overlay[0] = '\0';
    a->host = h;
    a->seed = seed;
    if (session_init(&a->sess, &h->sc) != 0) {
        snprintf(a->overlay, sizeof a->overlay, "rapport: out of memory");
        host_close(h);
        a->host = NULL;
        return -1;
    }
    a->has_sess = true;
    a->nrewinds = 0;
    if (session_start(&a->sess, seed) != 0) {
        snprintf(a->overlay, sizeof a->overlay, "%s", a->sess.err);
        end_session(a);
        a->screen = a->npaths ? SCREEN_PICKER : SCREEN_PLAY;
        return -1;
    }
    avatar_look(&h->sc, &a->look);
    if (app_typed(a)) replies_ready(a); /* now, not at the first Enter */
    app_rebuild(a);
    avatar_init(&a->avatar, &a->targets[0], a->set.reduced_motion);
    const Node *n = session_node(&a->sess);
    avatar_hold_cue(&a->avatar,
                    avatar_cue_parse(session_text_in(&a->sess, &n->cue_by, n->cue, a->sess.state)),
                    now + 300);
    a->screen = SCREEN_PLAY;
    new_line(a, now);
    keep_start(a, now);
    return 0;
}

/* The window's session keeps a record (the same as a headless session of the same choices,
 * times aside) and a progress save; a save left by an earlier run is offered for resuming. */
static void keep_start(App *a, double now)
{
    a->record_path[0] = '\0';
    a->resume_offer = false;
    if (!a->save_settings) return;
    char err[4400];
    a->started = time(NULL);
    record_default_trainee(a->trainee, sizeof a->trainee);
    if (record_new_path(NULL, a->host->sc.id, a->trainee, a->seed, a->started, a->record_path,
                        sizeof a->record_path, err, sizeof err) != 0) {
        a->record_path[0] = '\0';
        snprintf(a->toast, sizeof a->toast, "%.1300s", err);
        a->toast_until = now + 6000;
    }
    Record r;
    int found = progress_find(a->host->sc.id, &r, err, sizeof err);
    if (found < 0) {
        snprintf(a->toast, sizeof a->toast, "%.1300s", err);
        a->toast_until = now + 8000;
    } else if (found > 0) {
        a->resume_offer = true;
        a->resume_turns = r.nsteps;
        a->menu_on = false; /* the offer is modal: nothing else is open while it is up */
        record_free(&r);
    }
}

bool app_resume_modal(const App *a)
{
    return a->resume_offer && a->has_sess && a->screen == SCREEN_PLAY;
}

static void keep_change(App *a)
{
    if (!a->save_settings || !a->has_sess) return;
    if (a->record_path[0] && a->sess.nturns > 0)
        record_write(a->record_path, a->host, &a->sess, a->trainee, a->started, time(NULL));
    progress_save(a->host, &a->sess, a->trainee, a->started);
}

/* Resumes the saved session: the same turn, state and avatar as when it stopped. */
void app_resume_saved(App *a, double now)
{
    Record r;
    char msg[4600];
    a->resume_offer = false;
    if (progress_find(a->host->sc.id, &r, msg, sizeof msg) <= 0) {
        snprintf(a->toast, sizeof a->toast, "%.1300s", msg);
        a->toast_until = now + 6000;
        return;
    }
    if (progress_resume(&r, &a->sess, msg, sizeof msg) == 0) {
        a->seed = r.seed;
        a->nrewinds = 0;
        snprintf(a->toast, sizeof a->toast, "Resumed at turn %d of your saved session.",
                 a->sess.nturns);
    } else {
        snprintf(a->toast, sizeof a->toast, "%.1300s", msg);
    }
    record_free(&r);
    a->toast_until = now + 4000;
    app_rebuild(a);
    avatar_init(&a->avatar, &a->targets[a->sess.nturns], a->set.reduced_motion);
    a->screen = SCREEN_PLAY;
    /* As after the last choice: its cue and the node's held posture, then the line. */
    const Session *s = &a->sess;
    const Choice *last = s->nturns ? session_turn_choice(s, &s->turns[s->nturns - 1]) : NULL;
    after_change(a, last, now);
}

int app_open_path(App *a, const char *path, double now)
{
    Host *h = host_open(a->scripts_dir);
    if (!h) {
        snprintf(a->overlay, sizeof a->overlay, "rapport: out of memory");
        return -1;
    }
    if (host_load(h, path) != 0) {
        snprintf(a->overlay, sizeof a->overlay, "%s", h->err);
        host_close(h);
        a->dirty = true;
        return -1;
    }
    return app_start(a, h, a->seed_opt ? a->seed_opt : rng_fresh_seed(), now);
}

/* After the session changed: ease to the new expression, play the choice's cue and then the
 * node's, start revealing the new line. */
static void after_change(App *a, const Choice *c, double now)
{
    app_rebuild(a);
    Session *s = &a->sess;
    avatar_retarget(&a->avatar, &a->targets[s->nturns], now);
    AvatarCue cc = avatar_cue_parse(c ? session_text_in(s, &c->cue_by, c->cue, s->state) : NULL);
    double at = now;
    if (cc != CUE_NONE) {
        avatar_play_cue(&a->avatar, cc, at);
        at += avatar_cue_duration(cc) * 0.8;
    }
    const Node *n = session_node(s);
    avatar_hold_cue(&a->avatar, avatar_cue_parse(session_text_in(s, &n->cue_by, n->cue, s->state)),
                    at + 200);
    typed_reset(a);
    a->deb_sel = s->nturns > 0 ? s->nturns - 1 : 0;
    a->deb_scroll = 0;
    a->deb_follow = true;
    a->recap[0] = '\0';
    if (s->over) {
        app_summary_build(a);
        recap_paragraph(s, a->recap, sizeof a->recap);
    }
    new_line(a, now);
    if (a->resume_offer &&
        s->nturns > 0) { /* a choice made: the offer lapses, this session is saved */
        a->resume_offer = false;
        a->toast_until = now;
    }
    keep_change(a);
}

int app_choose(App *a, int k, double now)
{
    if (!a->has_sess || a->sess.over || k < 0 || k >= a->sess.noffered) return -1;
    const Choice *c = session_offered(&a->sess, k);
    int before = a->sess.nturns;
    if (session_choose(&a->sess, k) != 0) {
        snprintf(a->overlay, sizeof a->overlay, "%s", a->sess.err);
        /* The session may have stopped mid-turn; put it back where it was. */
        session_rewind(&a->sess, before);
        app_rebuild(a);
        a->dirty = true;
        return -1;
    }
    after_change(a, c, now);
    return 0;
}

int app_rewind(App *a, int t, double now)
{
    if (!a->has_sess || t < 1 || t > a->sess.nturns + 1) return -1;
    if (session_rewind(&a->sess, t - 1) != 0) {
        snprintf(a->overlay, sizeof a->overlay, "%s", a->sess.err);
        return -1;
    }
    a->screen = SCREEN_PLAY;
    int k = 0; /* marks of turns after t were undone with them */
    for (int i = 0; i < a->nrewinds; i++)
        if (a->rewinds[i] < t) a->rewinds[k++] = a->rewinds[i];
    a->nrewinds = k;
    if (a->nrewinds < (int)(sizeof a->rewinds / sizeof a->rewinds[0]))
        a->rewinds[a->nrewinds++] = t;
    after_change(a, NULL, now);
    snprintf(a->toast, sizeof a->toast, "Rewound to turn %d: choose again.", t);
    a->toast_until = now + 2500;
    return 0;
}

int app_reload(App *a, double now)
{
    if (!a->has_sess) return -1;
    /* A copy: the old host, which owns its path, goes away below. */
    char path[4096];
    snprintf(path, sizeof path, "%s", a->host->sc.path);
    Host *h = host_open(a->scripts_dir);
    if (!h) return -1;
    if (host_load(h, path) != 0) {
        snprintf(a->overlay, sizeof a->overlay,
                 "Reload failed; still playing the previous version.\n%s", h->err);
        host_close(h);
        a->dirty = true;
        return -1;
    }
    Session ns;
    if (session_init(&ns, &h->sc) != 0 || session_start(&ns, a->seed) != 0) {
        snprintf(a->overlay, sizeof a->overlay,
                 "Reload failed; still playing the previous version.\n%s", ns.err);
        session_free(&ns);
        host_close(h);
        return -1;
    }
    /* Replay by choice id, so an edit that adds or reorders choices still finds the path. */
    int replayed = 0;
    char why[1100] = "";
    for (int t = 0; t < a->sess.nturns; t++) {
        const Turn *tu = &a->sess.turns[t];
        const char *id = session_turn_choice(&a->sess, tu)->id;
        if (ns.over || session_choose_ref(&ns, id) != 0) {
            snprintf(why, sizeof why, " (the new file diverges at turn %d: %s)", t + 1,
                     ns.over ? "the session already ended" : ns.err);
            if (!ns.over) session_rewind(&ns, replayed);
            break;
        }
        const Typed *ty = tu->typed; /* the words typed stay with their turn */
        if (ty) session_set_typed(&ns, ty->words, ty->code, ty->confidence, ty->alts, ty->nalts);
        replayed++;
    }
    replies_drop(a); /* it indexed the old file's choices */
    session_free(&a->sess);
    host_close(a->host);
    a->host = h;
    a->sess = ns;
    if (app_typed(a)) replies_ready(a);
    avatar_look(&h->sc, &a->look);
    a->overlay[0] = '\0';
    a->screen = SCREEN_PLAY;
    after_change(a, NULL, now);
    snprintf(a->toast, sizeof a->toast, "Reloaded %.300s: replayed %d turn%s%.900s", path, replayed,
             replayed == 1 ? "" : "s", why);
    a->toast_until = now + (why[0] ? 6000 : 2500);
    return 0;
}

bool app_course_goes_on(const App *a)
{
    const Session *s = &a->sess;
    return a->has_sess && s->over && course_goes_on(s->sc, s->state, s->node);
}

/* A new record for a new session of the course; no offer to resume (this is the course). */
static void keep_sitting(App *a, double now)
{
    char err[4400];
    a->record_path[0] = '\0';
    if (!a->save_settings) return;
    a->started = time(NULL);
    if (record_new_path(NULL, a->host->sc.id, a->trainee, a->seed, a->started, a->record_path,
                        sizeof a->record_path, err, sizeof err) != 0) {
        a->record_path[0] = '\0';
        snprintf(a->toast, sizeof a->toast, "%.1300s", err);
        a->toast_until = now + 6000;
    }
}

int app_next_session(App *a, double now)
{
    if (!app_course_goes_on(a)) return -1;
    Session *s = &a->sess;
    const Scenario *sc = s->sc;
    char note[1300] = "";
    size_t len = 0;
    double p = 0;
    int rc;
    /* The seed decides, by the model's chance: missed sessions are said, then skipped. */
    while ((rc = session_next_sitting(s, COURSE_DRAW, &p)) == 0) {
        int k = course_sitting(sc, s->state);
        int w = snprintf(note + len, sizeof note - len,
                         "%s missed the appointment for %s (a %.0f%% chance). ", sc->client_name,
                         sc->sittings[k].title, p * 100);
        if (w > 0 && (size_t)w < sizeof note - len) len += (size_t)w;
        if (!course_goes_on(sc, s->state, s->node)) {
            snprintf(a->toast, sizeof a->toast, "%sThe course ends here.", note);
            a->toast_until = now + 8000;
            a->dirty = true;
            return 0;
        }
    }
    if (rc < 0) {
        snprintf(a->overlay, sizeof a->overlay, "%s", s->err);
        return -1;
    }
    int k = course_sitting(sc, s->state);
    snprintf(a->toast, sizeof a->toast, "%s%s: %s came back (a %.0f%% chance of missing it).", note,
             sc->sittings[k].title, sc->client_name, p * 100);
    a->toast_until = now + 6000;
    a->nrewinds = 0;
    keep_sitting(a, now);
    app_rebuild(a);
    avatar_init(&a->avatar, &a->targets[0], a->set.reduced_motion);
    a->screen = SCREEN_PLAY;
    after_change(a, NULL, now);
    return 0;
}

void app_show_debrief(App *a)
{
    if (!a->has_sess || !a->sess.over) return;
    app_summary_build(a);
    a->screen = SCREEN_DEBRIEF;
    /* The list opens at its top: what raised discord most, then the turns. */
    a->deb_scroll = 0;
    a->deb_follow = false;
    a->dirty = true;
}

void app_title(const App *a, char *buf, size_t size)
{
    const Scenario *sc = a->has_sess ? &a->host->sc : NULL;
    if (sc && a->screen != SCREEN_PICKER && sc->nsittings > 1)
        snprintf(buf, size, "Rapport: %s (%s)", sc->title,
                 sc->sittings[course_sitting(sc, a->sess.state)].title);
    else if (sc && a->screen != SCREEN_PICKER)
        snprintf(buf, size, "Rapport: %s", a->host->sc.title);
    else
        snprintf(buf, size, "Rapport");
}

void app_reveal_all(App *a)
{
    a->revealed = true;
    a->mid_follow = true; /* the replies come into view once the line is read */
    a->dirty = true;
}

/* ---------------------------------------------------------------- timing */

/* Blinks go on for a minute after the last input, then the client sits still: an idle
 * window then draws nothing at all. */
static bool blinks_on(const App *a, double now)
{
    return a->screen == SCREEN_PLAY && a->has_sess && !a->set.reduced_motion &&
           now - a->last_activity < APP_BLINKS_MS;
}

double app_frame_interval(const App *a, double now)
{
    bool lively = a->screen == SCREEN_PLAY && a->has_sess &&
                  (!a->revealed || avatar_moving(&a->avatar, now) ||
                   (!a->set.reduced_motion && now - a->last_activity < APP_LIVELY_MS));
    /* A blink alone reads well at a few frames: closing, closed, opening. */
    return lively ? 16 : 45;
}

bool app_animating(const App *a, double now)
{
    if (a->screen != SCREEN_PLAY || !a->has_sess) return false;
    if (!a->revealed) return true;
    if (avatar_moving(&a->avatar, now)) return true;
    if (blinks_on(a, now) && avatar_blinking(now)) return true;
    /* Breathing and small head motion only while the trainee is engaged; after that only
     * blinks redraw, so an idle window costs next to nothing. */
    return !a->set.reduced_motion && now - a->last_activity < APP_LIVELY_MS;
}

double app_next_change(const App *a, double now)
{
    double next = -1;
    if (a->toast[0] && a->toast_until > now) next = a->toast_until - now;
    if (blinks_on(a, now)) {
        double b = avatar_next_blink(now) - now;
        if (next < 0 || b < next) next = b;
    }
    return next;
}

/* ---------------------------------------------------------------- typed replies */

bool app_typed(const App *a)
{
    return a->typed_opt >= 0 ? a->typed_opt == 1 : a->set.typed;
}

bool app_typing(const App *a)
{
    return app_typed(a) && a->has_sess && a->screen == SCREEN_PLAY && !a->sess.over &&
           !a->menu_on && !a->overlay[0] && !app_resume_modal(a);
}

void app_set_typed(App *a, bool on)
{
    a->set.typed = on;
    a->typed_opt = -1; /* chosen in the window: the setting rules from now on */
    typed_reset(a);
    if (on && a->has_sess) replies_ready(a);
    a->dirty = true;
}

/* "Taken as: ..." or "That fit none ...": the turn just played, as the terminal says it. */
static void taken_line(App *a, const FtMatch *m, bool matched)
{
    const Session *s = &a->sess;
    const Choice *c = session_turn_choice(s, &s->turns[s->nturns - 1]);
    char words[96];
    recap_words(s->sc->moves[c->move].name, words, sizeof words);
    if (matched)
        snprintf(a->said, sizeof a->said, "Taken as: %s",
                 session_choice_text(s, c, session_state_at(s, s->nturns - 1)));
    else
        snprintf(a->said, sizeof a->said,
                 "That fit none of the replies here; it counts as %s (%s).", words,
                 miti_name(m->code.principal));
    a->said_puzzled = false;
}

/* Plays words as offered position k (< 0: as a turn of its own) and shows what it came to. */
static int take(App *a, const char *words, const FtMatch *m, int k, bool asked, double now)
{
    Session *s = &a->sess;
    Replies *r = replies_ready(a);
    if (!r) return -1;
    int before = s->nturns;
    int rc = replies_take(r, s, words, m, k, asked);
    if (rc < 0) {
        snprintf(a->overlay, sizeof a->overlay, "%s", s->err);
        session_rewind(s, before); /* as app_choose: back where it was */
        app_rebuild(a);
        a->dirty = true;
        return -1;
    }
    if (rc == 1) { /* nothing to code: the client did not follow; the words stay to edit */
        if (words != a->input) snprintf(a->input, sizeof a->input, "%s", words);
        a->ninput = strlen(a->input);
        a->asking = false;
        snprintf(a->said, sizeof a->said, "%s: \u201c%s\u201d", s->sc->client_name,
                 session_unmatched_line(s));
        a->said_puzzled = true;
        app_touch(a, now);
        a->dirty = true;
        return 0;
    }
    a->input[0] = '\0';
    a->ninput = 0;
    after_change(a, session_turn_choice(s, &s->turns[s->nturns - 1]), now);
    taken_line(a, m, k >= 0);
    return 0;
}

/* The box holds a number from 1 to n alone: the trainee picks one of the closest by it. */
static int typed_pick(const char *in, int n)
{
    char *end;
    long v = strtol(in, &end, 10);
    return *in >= '0' && *in <= '9' && !*end && v >= 1 && v <= n ? (int)v : 0;
}

/* True when the box holds nothing but spaces. */
static bool input_blank(const App *a)
{
    return strspn(a->input, " ") == a->ninput;
}

int app_submit(App *a, double now)
{
    Session *s = &a->sess;
    if (!a->has_sess || s->over) return -1;
    if (!a->revealed) app_reveal_all(a);
    int pick = a->asking ? typed_pick(a->input, a->ask.nbest) : 0;
    if (pick) return app_pick_asked(a, pick - 1, now);
    if (input_blank(a)) { /* Enter alone: the option ↑↓ selected while asking, else nothing */
        if (a->asking && a->ask_sel < a->ask.nbest) return app_pick_asked(a, a->ask_sel, now);
        if (a->asking) app_say_again(a);
        return 0;
    }
    Replies *r = replies_ready(a);
    if (!r) return -1;
    FtMatch m;
    replies_match(r, s, a->input, NULL, &m);
    if (m.verdict == FT_ASK) { /* the closest, with the words, until picked or rephrased */
        a->ask = m;
        snprintf(a->ask_words, sizeof a->ask_words, "%s", a->input);
        a->asking = true;
        a->ask_sel = 0;
        a->input[0] = '\0';
        a->ninput = 0;
        a->said[0] = '\0';
        a->mid_follow = true;
        a->dirty = true;
        return 0;
    }
    return take(a, a->input, &m, m.verdict == FT_CONFIDENT ? m.best[0] : -1, false, now);
}

int app_pick_asked(App *a, int i, double now)
{
    if (!a->asking || i < 0 || i >= a->ask.nbest || a->sess.over) return -1;
    FtMatch m = a->ask; /* take() ends the asking, and these with it */
    char words[sizeof a->ask_words];
    snprintf(words, sizeof words, "%s", a->ask_words);
    return take(a, words, &m, m.best[i], true, now);
}

void app_say_again(App *a)
{
    if (!a->asking) return;
    a->asking = false;
    snprintf(a->input, sizeof a->input, "%s", a->ask_words);
    a->ninput = strlen(a->input);
    a->dirty = true;
}
