/* app_input: the trainee's input. Keys, clicks, hovering and the wheel on each screen (the
 * client picker, play, the debrief), the settings menu and what each of its rows changes, the
 * offer to resume a saved session, and the text box of typed replies. Sessions themselves are
 * in app.c, drawing in draw.c.
 *
 * Typed replies (issue 15): while the box is up (app_typing), text arrives as SDL_TEXTINPUT
 * (UTF-8, so any layout and input method works) and every key that could be text is left to
 * it: letters, digits, Space, so U, R, N and 1-9 type rather than undo or choose. The keys
 * that cannot be text keep their jobs: Esc/F2 (settings), F5, F11, PgUp/PgDn (history),
 * Home/End (the middle column), Ctrl+Q and Ctrl +/-. Undo is Ctrl+Z. Enter submits,
 * Backspace deletes the last character (a whole UTF-8 sequence); the caret stays at the end
 * (no Left/Right editing: replies are short and Backspace is enough). "Which did you mean?"
 * is answered as in the terminal, by typing the option's number and Enter, or by a click,
 * or by ↑↓ and Enter with the box empty; typing words instead dismisses it. Text typed with
 * Ctrl or Alt held is a shortcut, never text. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app_internal.h"

static int hit_at(const App *a, int x, int y)
{
    for (int i = a->nhits - 1; i >= 0; i--) {
        const SDL_Rect *r = &a->hits[i].r;
        if (x >= r->x && x < r->x + r->w && y >= r->y && y < r->y + r->h) return a->hits[i].id;
    }
    return -1;
}

static void text_size(App *a, int delta)
{
    int sz = a->set.text_size + delta;
    if (sz < TEXT_SIZE_MIN || sz > TEXT_SIZE_MAX) return;
    a->set.text_size = sz;
    app_fit_text(a);
    app_apply_settings(a);
}

static void menu_change(App *a, int item, int dir, double now)
{
    switch (item) {
    case MENU_TEXT:
        text_size(a, dir >= 0 ? 2 : -2);
        return;
    case MENU_CONTRAST:
        a->set.high_contrast = !a->set.high_contrast;
        break;
    case MENU_MOTION:
        a->set.reduced_motion = !a->set.reduced_motion;
        break;
    case MENU_REVEAL:
        a->set.reveal = (a->set.reveal + (dir >= 0 ? 1 : REVEAL_COUNT - 1)) % REVEAL_COUNT;
        break;
    case MENU_FULLSCREEN:
        a->set.fullscreen = !a->set.fullscreen;
        a->fullscreen_changed = true;
        break;
    case MENU_MODE:
        a->set.mode = a->set.mode == MODE_PRACTICE ? MODE_ASSESSMENT : MODE_PRACTICE;
        if (a->has_sess) app_rebuild(a);
        break;
    case MENU_REPLIES:
        app_set_typed(a, !app_typed(a));
        break;
    case MENU_FONT:
        snprintf(a->toast, sizeof a->toast,
                 "Set font = /path/to/font.ttf in the settings file to change the font.");
        a->toast_until = now + 4000;
        return;
    case MENU_CLIENTS:
        if (a->npaths) {
            a->menu_on = false;
            a->screen = SCREEN_PICKER;
        }
        break;
    case MENU_QUIT:
        a->quit = true;
        return;
    }
    app_apply_settings(a);
}

static void pick(App *a, int i, double now)
{
    if (i < 0 || i >= a->npaths) return;
    a->pick_sel = i;
    app_open_path(a, a->paths[i], now);
}

/* j: a position in the order shown (keys 1-9, the arrows, the mouse all count in it). */
static void play_choose(App *a, int j, double now)
{
    if (!a->revealed) {
        app_reveal_all(a);
        return;
    }
    if (j < 0 || j >= a->sess.noffered) return;
    app_choose(a, session_shown(&a->sess, j), now);
}

/* Backspace: the last character goes, all its bytes. */
static void input_backspace(App *a)
{
    size_t n = a->ninput;
    while (n > 0 && ((unsigned char)a->input[n - 1] & 0xC0) == 0x80)
        n--;
    a->ninput = n > 0 ? n - 1 : 0;
    a->input[a->ninput] = '\0';
}

/* The box holds nothing but digits (the number of an option being typed). */
static bool input_digits(const App *a)
{
    return strspn(a->input, "0123456789") == a->ninput;
}

/* Text for the box (SDL_TEXTINPUT): appended whole characters while they fit the cap; control
 * characters become spaces. Words, not a number, dismiss "Which did you mean?". */
static void text_input(App *a, const char *txt, double now)
{
    if (!app_typing(a) || (SDL_GetModState() & (KMOD_CTRL | KMOD_LALT))) return;
    app_touch(a, now);
    if (!a->revealed) app_reveal_all(a); /* typing starts: the line is shown whole */
    for (const unsigned char *p = (const unsigned char *)txt; *p;) {
        size_t len = *p < 0x80 ? 1 : *p >= 0xF0 ? 4 : *p >= 0xE0 ? 3 : 2;
        if (strnlen((const char *)p, len) < len) break; /* a cut sequence: never stored */
        if (a->ninput + len > SESSION_TYPED_MAX) break; /* the cap: the rest is dropped */
        memcpy(a->input + a->ninput, p, len);
        if (len == 1 && (*p < 0x20 || *p == 0x7F)) a->input[a->ninput] = ' ';
        a->ninput += len;
        p += len;
    }
    a->input[a->ninput] = '\0';
    if (a->asking && !input_digits(a)) a->asking = false;
    a->mid_follow = true;
    a->dirty = true;
}

/* Keys while the box is up: only those that cannot be text (see the banner). */
/* Home and End: the line and replies back to the top, or to the end (the draw clamps it);
 * PgUp and PgDn: the history. The same in list and typed modes. */
static void key_scroll(App *a, SDL_Keycode k)
{
    if (k == SDLK_HOME)
        a->mid_scroll = 0;
    else if (k == SDLK_END)
        a->mid_scroll = 1 << 20;
    else if (k == SDLK_PAGEUP)
        a->hist_scroll += a->h / 3;
    else if (k == SDLK_PAGEDOWN)
        a->hist_scroll = a->hist_scroll > a->h / 3 ? a->hist_scroll - a->h / 3 : 0;
}

static void key_typing(App *a, SDL_Keycode k, double now)
{
    if (!a->revealed && k != SDLK_RETURN && k != SDLK_KP_ENTER) app_reveal_all(a);
    switch (k) {
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
        app_submit(a, now);
        break;
    case SDLK_BACKSPACE:
        input_backspace(a);
        break;
    case SDLK_UP:
    case SDLK_DOWN: /* the options under "Which did you mean?", the last being "rephrase" */
        if (a->asking) {
            int n = a->ask.nbest + 1;
            a->ask_sel = (a->ask_sel + (k == SDLK_UP ? n - 1 : 1)) % n;
        }
        break;
    default: /* scrolling keys; text comes as SDL_TEXTINPUT */
        key_scroll(a, k);
        break;
    }
}

static void key_play(App *a, SDL_Keycode k, double now)
{
    if (app_typing(a)) {
        key_typing(a, k, now);
        return;
    }
    Session *s = &a->sess;
    if (k == SDLK_u) { /* undo acts at once, mid-reveal too: one press, one turn */
        if (s->nturns > 0) app_rewind(a, s->nturns, now);
        return;
    }
    if (!a->revealed) {
        app_reveal_all(a);
        return;
    }
    if (k >= SDLK_1 && k <= SDLK_9) {
        if (!s->over) play_choose(a, (int)(k - SDLK_1), now);
        return;
    }
    if (k >= SDLK_KP_1 && k <= SDLK_KP_9) {
        if (!s->over) play_choose(a, (int)(k - SDLK_KP_1), now);
        return;
    }
    switch (k) {
    case SDLK_UP:
        if (!s->over) a->sel = a->sel <= 0 ? s->noffered - 1 : a->sel - 1;
        a->mid_follow = true;
        break;
    case SDLK_DOWN:
        if (!s->over) a->sel = a->sel < 0 || a->sel >= s->noffered - 1 ? 0 : a->sel + 1;
        a->mid_follow = true;
        break;
    case SDLK_n:
        app_next_session(a, now);
        break;
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
    case SDLK_SPACE:
        if (s->over)
            app_show_debrief(a);
        else if (a->sel >= 0)
            play_choose(a, a->sel, now);
        break;
    default:
        key_scroll(a, k);
        break;
    }
}

static void key_debrief(App *a, SDL_Keycode k, double now)
{
    int n = a->sess.nturns;
    switch (k) {
    case SDLK_UP:
        a->deb_sel = a->deb_sel > 0 ? a->deb_sel - 1 : 0;
        a->deb_follow = true;
        break;
    case SDLK_DOWN:
        a->deb_sel = a->deb_sel < n - 1 ? a->deb_sel + 1 : n - 1;
        a->deb_follow = true;
        break;
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
        if (n > 0) app_rewind(a, a->deb_sel + 1, now);
        break;
    case SDLK_r:
        app_rewind(a, 1, now);
        break;
    case SDLK_n:
        app_next_session(a, now);
        break;
    case SDLK_BACKSPACE:
    case SDLK_b:
        a->screen = SCREEN_PLAY;
        break;
    case SDLK_PAGEUP:
        a->deb_scroll = a->deb_scroll > 200 ? a->deb_scroll - 200 : 0;
        break;
    case SDLK_PAGEDOWN:
        a->deb_scroll += 200;
        break;
    default:
        break;
    }
}

static void key_picker(App *a, SDL_Keycode k, double now)
{
    if (k >= SDLK_1 && k <= SDLK_9) {
        pick(a, (int)(k - SDLK_1), now);
        return;
    }
    switch (k) {
    case SDLK_UP:
        a->pick_sel = a->pick_sel > 0 ? a->pick_sel - 1 : a->npaths - 1;
        break;
    case SDLK_DOWN:
        a->pick_sel = a->pick_sel < a->npaths - 1 ? a->pick_sel + 1 : 0;
        break;
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
        pick(a, a->pick_sel, now);
        break;
    default:
        break;
    }
}

static void key_menu(App *a, SDL_Keycode k, double now)
{
    switch (k) {
    case SDLK_ESCAPE:
        a->menu_on = false;
        break;
    case SDLK_UP:
        a->menu_sel = (a->menu_sel + MENU_COUNT - 1) % MENU_COUNT;
        break;
    case SDLK_DOWN:
        a->menu_sel = (a->menu_sel + 1) % MENU_COUNT;
        break;
    case SDLK_LEFT:
        menu_change(a, a->menu_sel, -1, now);
        break;
    case SDLK_RIGHT:
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
    case SDLK_SPACE:
        menu_change(a, a->menu_sel, 1, now);
        break;
    default:
        break;
    }
}

static void click(App *a, int id, double now)
{
    if (app_resume_modal(a)) return; /* the offer takes keys only: Enter or N */
    if (a->menu_on) {
        if (id >= HIT_MENU && id < HIT_MENU + MENU_COUNT) {
            a->menu_sel = id - HIT_MENU;
            menu_change(a, a->menu_sel, 1, now);
        } else { /* a click elsewhere, the menu button too, closes the menu */
            a->menu_on = false;
        }
        return;
    }
    if (id == HIT_MENU_BTN) {
        a->menu_on = true;
        return;
    }
    switch (a->screen) {
    case SCREEN_PICKER:
        if (id >= HIT_PICK && id < HIT_PICK + a->npaths) pick(a, id - HIT_PICK, now);
        break;
    case SCREEN_PLAY:
        if (!a->revealed) {
            app_reveal_all(a);
        } else if (app_typed(a) && id >= HIT_CHOICE && id < HIT_CHOICE + FREETEXT_SHOW) {
            app_pick_asked(a, id - HIT_CHOICE, now); /* "Which did you mean?" */
        } else if (id == HIT_SAY_AGAIN) {
            app_say_again(a);
        } else if (id >= HIT_CHOICE && id < HIT_CHOICE + SESSION_MAX_CHOICES) {
            play_choose(a, id - HIT_CHOICE, now);
        } else if (id == HIT_DEBRIEF_BTN) {
            app_show_debrief(a);
        } else if (id == HIT_NEXT_BTN) {
            app_next_session(a, now);
        }
        break;
    case SCREEN_DEBRIEF:
        if (id >= HIT_TURN && id < HIT_TURN + SESSION_MAX_TURNS)
            app_rewind(a, id - HIT_TURN + 1, now);
        else if (id == HIT_RESTART_BTN)
            app_rewind(a, 1, now);
        else if (id == HIT_BACK_BTN)
            a->screen = SCREEN_PLAY;
        break;
    }
}

/* Hovering: the picker row, the debrief turn, the menu row and the reply under the mouse
 * become the selection. */
static void mouse_motion(App *a, int x, int y)
{
    int id = hit_at(a, x, y);
    int hv = a->screen == SCREEN_PLAY && id >= HIT_CHOICE && id < HIT_CHOICE + SESSION_MAX_CHOICES
                 ? id - HIT_CHOICE
                 : -1;
    if (a->screen == SCREEN_PICKER && id >= HIT_PICK && id < HIT_PICK + a->npaths &&
        a->pick_sel != id - HIT_PICK) {
        a->pick_sel = id - HIT_PICK;
        a->dirty = true;
    }
    if (a->screen == SCREEN_DEBRIEF && id >= HIT_TURN && id < HIT_TURN + SESSION_MAX_TURNS &&
        a->deb_sel != id - HIT_TURN) {
        a->deb_sel = id - HIT_TURN;
        a->dirty = true;
    }
    if (a->menu_on && id >= HIT_MENU && id < HIT_MENU + MENU_COUNT &&
        a->menu_sel != id - HIT_MENU) {
        a->menu_sel = id - HIT_MENU;
        a->dirty = true;
    }
    if (hv != a->hover) {
        a->hover = hv;
        if (hv >= 0) a->sel = hv;
        a->dirty = true;
    }
}

static void mouse_down(App *a, const SDL_MouseButtonEvent *b, double now)
{
    if (b->button != SDL_BUTTON_LEFT) return;
    app_touch(a, now);
    a->dirty = true;
    if (a->overlay[0]) { /* a click only dismisses the error */
        a->overlay[0] = '\0';
        return;
    }
    click(a, hit_at(a, b->x, b->y), now);
}

static void mouse_wheel(App *a, const SDL_MouseWheelEvent *w)
{
    if (a->screen == SCREEN_DEBRIEF) {
        a->deb_scroll -= w->y * 40;
        if (a->deb_scroll < 0) a->deb_scroll = 0;
    } else if (a->screen == SCREEN_PLAY && hit_at(a, w->mouseX, w->mouseY) != HIT_HISTORY) {
        /* Over the line and the replies: scroll them (the draw clamps the range). */
        a->mid_scroll -= w->y * 40;
        if (a->mid_scroll < 0) a->mid_scroll = 0;
    } else {
        a->hist_scroll += w->y * 40;
        if (a->hist_scroll < 0) a->hist_scroll = 0;
    }
    a->dirty = true;
}

/* Ctrl with a key: text size and quit, on every screen; Ctrl+Z undoes a turn in play (the
 * one undo key when U is text in the box). */
static void key_ctrl(App *a, SDL_Keycode k, double now)
{
    if (k == SDLK_z && a->screen == SCREEN_PLAY && a->has_sess && !a->menu_on &&
        !app_resume_modal(a) && a->sess.nturns > 0) {
        app_rewind(a, a->sess.nturns, now);
        return;
    }
    if (k == SDLK_PLUS || k == SDLK_EQUALS || k == SDLK_KP_PLUS)
        text_size(a, 2);
    else if (k == SDLK_MINUS || k == SDLK_KP_MINUS)
        text_size(a, -2);
    else if (k == SDLK_q)
        a->quit = true;
}

/* The offer of a saved session is modal: while it is shown, Enter or Y resumes, N starts
 * afresh, and every other key is ignored (Esc too: the settings cannot open over it). True
 * when the offer took the key. */
static bool key_resume_offer(App *a, SDL_Keycode k, double now)
{
    if (!app_resume_modal(a)) return false;
    if (k == SDLK_RETURN || k == SDLK_KP_ENTER || k == SDLK_y) {
        app_resume_saved(a, now);
        return true;
    }
    if (k == SDLK_n) {
        a->resume_offer = false;
        snprintf(a->toast, sizeof a->toast,
                 "Starting afresh: your first choice replaces the saved session.");
        a->toast_until = now + 3000;
        return true;
    }
    return true;
}

/* A key for the screen shown, once the keys that work everywhere had their turn. */
static void key_screen(App *a, SDL_Keycode k, double now)
{
    switch (a->screen) {
    case SCREEN_PICKER:
        key_picker(a, k, now);
        break;
    case SCREEN_PLAY:
        if (a->has_sess) key_play(a, k, now);
        break;
    case SCREEN_DEBRIEF:
        key_debrief(a, k, now);
        break;
    }
}

static void key_down(App *a, const SDL_Keysym *ks, double now)
{
    SDL_Keycode k = ks->sym;
    app_touch(a, now);
    a->dirty = true;
    if (k == SDLK_LCTRL || k == SDLK_RCTRL || k == SDLK_LSHIFT || k == SDLK_RSHIFT ||
        k == SDLK_LALT || k == SDLK_RALT)
        return;
    if (ks->mod & KMOD_CTRL) {
        key_ctrl(a, k, now);
        return;
    }
    if (a->overlay[0]) { /* any key closes the error; F5 also reloads the fixed file */
        a->overlay[0] = '\0';
        if (k != SDLK_F5) return;
    }
    if (key_resume_offer(a, k, now)) return;
    if (k == SDLK_F11) {
        menu_change(a, MENU_FULLSCREEN, 1, now);
        return;
    }
    if (k == SDLK_F5) {
        app_reload(a, now);
        return;
    }
    if (a->menu_on) {
        key_menu(a, k, now);
        return;
    }
    if (k == SDLK_ESCAPE || k == SDLK_F2) {
        a->menu_on = true;
        return;
    }
    key_screen(a, k, now);
}

void app_event(App *a, const SDL_Event *ev, double now)
{
    a->now = now;
    switch (ev->type) {
    case SDL_QUIT:
        a->quit = true;
        break;
    case SDL_WINDOWEVENT:
        if (ev->window.event == SDL_WINDOWEVENT_SIZE_CHANGED)
            app_set_size(a, ev->window.data1, ev->window.data2);
        a->dirty = true;
        break;
    case SDL_MOUSEMOTION:
        mouse_motion(a, ev->motion.x, ev->motion.y);
        break;
    case SDL_MOUSEBUTTONDOWN:
        mouse_down(a, &ev->button, now);
        break;
    case SDL_MOUSEWHEEL:
        mouse_wheel(a, &ev->wheel);
        break;
    case SDL_KEYDOWN:
        key_down(a, &ev->key.keysym, now);
        break;
    case SDL_TEXTINPUT:
        text_input(a, ev->text.text, now);
        break;
    default:
        break;
    }
}
