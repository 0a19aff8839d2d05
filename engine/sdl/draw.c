/* draw: every screen of the window (picker, play, debrief) and the overlays (menu, error,
 * toast), laid out from the window size and the text size on each frame, so resizing and
 * Ctrl +/- need no state of their own. Also records where the clickable things are. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/transcript.h"
#include "app.h"

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

typedef struct Ctx {
    App *a;
    SDL_Renderer *r;
    const Theme *th;
    int pad, lh, lh_small, lh_title;
} Ctx;

static void fill(Ctx *c, SDL_Rect r, SDL_Color col)
{
    SDL_SetRenderDrawBlendMode(c->r, col.a < 255 ? SDL_BLENDMODE_BLEND : SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(c->r, col.r, col.g, col.b, col.a);
    SDL_RenderFillRect(c->r, &r);
}

static void outline(Ctx *c, SDL_Rect r, SDL_Color col, int t)
{
    fill(c, (SDL_Rect){r.x, r.y, r.w, t}, col);
    fill(c, (SDL_Rect){r.x, r.y + r.h - t, r.w, t}, col);
    fill(c, (SDL_Rect){r.x, r.y, t, r.h}, col);
    fill(c, (SDL_Rect){r.x + r.w - t, r.y, t, r.h}, col);
}

static void hit(Ctx *c, SDL_Rect r, int id)
{
    App *a = c->a;
    if (a->nhits < APP_MAX_HITS) a->hits[a->nhits++] = (Hit){r, id};
}

static int text(Ctx *c, int font, const char *s, int x, int y, SDL_Color col)
{
    return text_draw(c->a->text, c->r, font, s, strlen(s), x, y, col);
}

/* Draws s wrapped to width w; at most max_cp code points (a reveal in progress). Lines
 * outside [clip_top, clip_bottom) are skipped. Returns the height of the whole text. */
static int wrapped(Ctx *c, int font, const char *s, int x, int y, int w, SDL_Color col,
                   size_t max_cp, int clip_top, int clip_bottom)
{
    const Wrapped *wr = text_wrap(c->a->text, font, s, w);
    int lh = text_height(c->a->text, font);
    size_t shown = 0;
    for (int i = 0; i < wr->n; i++) {
        int ly = y + i * lh;
        size_t len = (size_t)wr->len[i];
        size_t cps = utf8_count(s + wr->start[i], len);
        if (shown >= max_cp) break;
        if (shown + cps > max_cp) len = utf8_prefix(s + wr->start[i], len, max_cp - shown);
        shown += cps;
        if (ly + lh < clip_top || ly >= clip_bottom) continue;
        text_draw(c->a->text, c->r, font, s + wr->start[i], len, x, ly, col);
    }
    return wr->n * lh;
}

/* One line of s, cut at a word to fit width w (titles in narrow panels). */
static void text_line(Ctx *c, int font, const char *s, int x, int y, int w, SDL_Color col)
{
    const Wrapped *wr = text_wrap(c->a->text, font, s, w);
    if (wr->n) text_draw(c->a->text, c->r, font, s, (size_t)wr->len[0], x, y, col);
}

static int wrapped_height(Ctx *c, int font, const char *s, int w)
{
    return text_wrap(c->a->text, font, s, w)->n * text_height(c->a->text, font);
}

static SDL_Color with_alpha(SDL_Color c, int a)
{
    c.a = (Uint8)a;
    return c;
}

static void button(Ctx *c, SDL_Rect r, const char *label, int id, bool hot)
{
    fill(c, r, hot ? c->th->select : c->th->panel_hi);
    outline(c, r, c->th->border, 1);
    int tw = text_width(c->a->text, FONT_BODY, label, strlen(label));
    text(c, FONT_BODY, label, r.x + (r.w - tw) / 2, r.y + (r.h - c->lh) / 2, c->th->text);
    hit(c, r, id);
}

/* ---------------------------------------------------------------- geometry helpers */

static SDL_Vertex *verts;
static int nverts_cap;

static SDL_Vertex *vbuf(int n)
{
    if (n > nverts_cap) {
        SDL_Vertex *v = realloc(verts, sizeof *v * (size_t)n);
        if (!v) return NULL;
        verts = v;
        nverts_cap = n;
    }
    return verts;
}

static void thick_line(Ctx *c, float x0, float y0, float x1, float y1, float w, SDL_Color col)
{
    float dx = x1 - x0, dy = y1 - y0, l = sqrtf(dx * dx + dy * dy);
    if (l <= 0) return;
    float nx = -dy / l * w / 2, ny = dx / l * w / 2;
    SDL_Vertex v[6];
    SDL_SetRenderDrawBlendMode(c->r, SDL_BLENDMODE_BLEND);
    SDL_FPoint p[6] = {{x0 + nx, y0 + ny}, {x1 + nx, y1 + ny}, {x1 - nx, y1 - ny},
                       {x0 + nx, y0 + ny}, {x1 - nx, y1 - ny}, {x0 - nx, y0 - ny}};
    for (int i = 0; i < 6; i++)
        v[i] = (SDL_Vertex){p[i], col, {0, 0}};
    SDL_RenderGeometry(c->r, NULL, v, 6, NULL, 0);
}

static void dot(Ctx *c, float x, float y, float rad, SDL_Color col)
{
    SDL_Vertex v[3 * 16];
    SDL_SetRenderDrawBlendMode(c->r, SDL_BLENDMODE_BLEND);
    for (int i = 0; i < 16; i++) {
        float a0 = (float)(2 * M_PI * i / 16), a1 = (float)(2 * M_PI * (i + 1) / 16);
        v[3 * i] = (SDL_Vertex){{x, y}, col, {0, 0}};
        v[3 * i + 1] = (SDL_Vertex){{x + rad * cosf(a0), y + rad * sinf(a0)}, col, {0, 0}};
        v[3 * i + 2] = (SDL_Vertex){{x + rad * cosf(a1), y + rad * sinf(a1)}, col, {0, 0}};
    }
    SDL_RenderGeometry(c->r, NULL, v, 48, NULL, 0);
}

/* ---------------------------------------------------------------- header and footer */

static int header(Ctx *c, const char *title)
{
    App *a = c->a;
    int h = c->lh_title + c->pad;
    fill(c, (SDL_Rect){0, 0, a->w, h}, c->th->panel);
    fill(c, (SDL_Rect){0, h - 1, a->w, 1}, c->th->border);
    const char *menu = "Menu (Esc)";
    int bw = text_width(a->text, FONT_BODY, menu, strlen(menu)) + 2 * c->pad;
    /* The title is cut, not wrapped, when the window is narrow. */
    const Wrapped *wr = text_wrap(a->text, FONT_TITLE, title, a->w - bw - 3 * c->pad);
    text_draw(a->text, c->r, FONT_TITLE, title, wr->n ? (size_t)wr->len[0] : 0, c->pad, c->pad / 2,
              c->th->text);
    button(c, (SDL_Rect){a->w - bw - c->pad / 2, c->pad / 4, bw, h - c->pad / 2}, menu,
           HIT_MENU_BTN, false);
    return h;
}

static int footer(Ctx *c, const char *hints)
{
    App *a = c->a;
    int h = c->lh_small + c->pad / 2;
    fill(c, (SDL_Rect){0, a->h - h, a->w, h}, c->th->panel);
    const Wrapped *wr = text_wrap(a->text, FONT_SMALL, hints, a->w - 2 * c->pad);
    text_draw(a->text, c->r, FONT_SMALL, hints, wr->n ? (size_t)wr->len[0] : 0, c->pad,
              a->h - h + c->pad / 4, c->th->dim);
    return h;
}

/* ---------------------------------------------------------------- picker */

static void draw_picker(Ctx *c)
{
    App *a = c->a;
    int top = header(c, "Rapport: choose a client");
    int bottom =
        a->h -
        footer(c, "1–9 or ↑↓ and Enter, or click: start  ·  Esc: settings  ·  Ctrl +/−: text size");
    int w = a->w - 2 * c->pad > 1000 ? 1000 : a->w - 2 * c->pad;
    int x = (a->w - w) / 2, y = top + c->pad;
    y += wrapped(c, FONT_BODY,
                 "Each client resists in their own way. Read their face and posture, pick your "
                 "reply, and see in the debrief how it landed.",
                 x, y, w, c->th->dim, SIZE_MAX, top, bottom) +
         c->pad;
    for (int i = 0; i < a->npaths && y < bottom; i++) {
        char num[16];
        snprintf(num, sizeof num, "%d", i + 1);
        int tx = x + c->pad * 3, tw = w - c->pad * 4;
        int hgt = wrapped_height(c, FONT_BOLD, a->titles[i], tw) +
                  wrapped_height(c, FONT_SMALL, a->blurbs[i], tw) + c->pad;
        SDL_Rect r = {x, y, w, hgt};
        fill(c, r, i == a->pick_sel ? c->th->select : c->th->panel);
        outline(c, r, c->th->border, 1);
        text(c, FONT_BOLD, num, x + c->pad, y + c->pad / 2, c->th->accent);
        int ty = y + c->pad / 2;
        ty += wrapped(c, FONT_BOLD, a->titles[i], tx, ty, tw, c->th->text, SIZE_MAX, top, bottom);
        wrapped(c, FONT_SMALL, a->blurbs[i], tx, ty, tw, c->th->dim, SIZE_MAX, top, bottom);
        hit(c, r, HIT_PICK + i);
        y += hgt + c->pad / 2;
    }
}

/* ---------------------------------------------------------------- play */

static double var(const Session *s, const double *st, const char *name, double dflt)
{
    int v = layout_find(&s->sc->layout, name);
    return v >= 0 ? st[v] : dflt;
}

static void meter(Ctx *c, int x, int y, int w, const char *label, double v, SDL_Color col)
{
    text(c, FONT_SMALL, label, x, y, c->th->text);
    int by = y + c->lh_small, bh = c->pad / 2 + 4;
    fill(c, (SDL_Rect){x, by, w, bh}, c->th->panel_hi);
    fill(c, (SDL_Rect){x, by, (int)(w * fmin(fmax(v, 0), 100) / 100), bh}, col);
}

static void draw_avatar(Ctx *c, SDL_Rect box, double now)
{
    App *a = c->a;
    /* The wall behind the client: a soft vertical gradient that keeps any skin readable,
     * drawn as bands one colour step apart (plain fills: cheap for a software renderer). */
    SDL_Color top = c->th->wall, bot = c->th->wall2;
    int bands = 32;
    for (int i = 0; i < bands; i++) {
        int y0 = box.y + box.h * i / bands, y1 = box.y + box.h * (i + 1) / bands;
        SDL_Color col = {(Uint8)(top.r + (bot.r - top.r) * i / (bands - 1)),
                         (Uint8)(top.g + (bot.g - top.g) * i / (bands - 1)),
                         (Uint8)(top.b + (bot.b - top.b) * i / (bands - 1)), 255};
        fill(c, (SDL_Rect){box.x, y0, box.w, y1 - y0}, col);
    }
    AvatarExpr e;
    avatar_pose(&a->avatar, now, app_idle_motion(a, now), &e);
    if (avatar_build(&a->mesh, &e, &a->look, (float)box.x, (float)box.y, (float)box.w,
                     (float)box.h) != 0)
        return;
    SDL_Vertex *v = vbuf(a->mesh.count);
    if (!v) return;
    for (int i = 0; i < a->mesh.count; i++) {
        const AvatarVertex *m = &a->mesh.v[i];
        v[i] = (SDL_Vertex){{m->x, m->y}, {m->c.r, m->c.g, m->c.b, m->c.a}, {0, 0}};
    }
    SDL_RenderSetClipRect(c->r, &box);
    /* Geometry without a texture blends with the draw blend mode. With the software
     * renderer, opaque runs of triangles go without blending, which it fills far faster, and
     * the translucent ones (feathered edges, flush, tears, shadows) blend; a GPU renderer
     * draws the whole mesh in one blended batch, since every change of blend mode costs it a
     * draw call. */
    SDL_RendererInfo info;
    bool software =
        SDL_GetRendererInfo(c->r, &info) == 0 && info.name && !strcmp(info.name, "software");
    if (!software) {
        SDL_SetRenderDrawBlendMode(c->r, SDL_BLENDMODE_BLEND);
        SDL_RenderGeometry(c->r, NULL, v, a->mesh.count, NULL, 0);
        SDL_RenderSetClipRect(c->r, NULL);
        return;
    }
    int start = 0;
    while (start < a->mesh.count) {
        bool opaque =
            v[start].color.a == 255 && v[start + 1].color.a == 255 && v[start + 2].color.a == 255;
        int end = start + 3;
        while (end < a->mesh.count) {
            bool o =
                v[end].color.a == 255 && v[end + 1].color.a == 255 && v[end + 2].color.a == 255;
            if (o != opaque) break;
            end += 3;
        }
        SDL_SetRenderDrawBlendMode(c->r, opaque ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
        SDL_RenderGeometry(c->r, NULL, v + start, end - start, NULL, 0);
        start = end;
    }
    SDL_RenderSetClipRect(c->r, NULL);
}

static SDL_Color hist_color(Ctx *c, HistKind k)
{
    switch (k) {
    case HIST_YOU:
        return c->th->accent;
    case HIST_CAPTION:
        return c->th->dim;
    case HIST_COACH:
        return c->th->fair;
    default:
        return c->th->text;
    }
}

static void draw_history(Ctx *c, SDL_Rect r)
{
    App *a = c->a;
    fill(c, r, c->th->panel);
    text(c, FONT_BOLD, "Conversation", r.x + c->pad, r.y + c->pad / 2, c->th->text);
    int top = r.y + c->lh + c->pad, bottom = r.y + r.h - c->pad / 2, w = r.w - 2 * c->pad;
    int total = 0;
    for (int i = 0; i < a->nhist; i++)
        total += wrapped_height(c, a->hist[i].kind == HIST_CAPTION ? FONT_SMALL : FONT_BODY,
                                a->hist[i].text, w) +
                 c->pad / 3;
    int view = bottom - top;
    int max_scroll = total > view ? total - view : 0;
    if (a->hist_scroll > max_scroll) a->hist_scroll = max_scroll;
    /* Newest at the bottom; scrolling moves up into the past. */
    int y = top + (total > view ? view - total : 0) + a->hist_scroll;
    SDL_Rect clip = {r.x, top, r.w, view};
    SDL_RenderSetClipRect(c->r, &clip);
    for (int i = 0; i < a->nhist; i++) {
        int font = a->hist[i].kind == HIST_CAPTION ? FONT_SMALL : FONT_BODY;
        y += wrapped(c, font, a->hist[i].text, r.x + c->pad, y, w, hist_color(c, a->hist[i].kind),
                     SIZE_MAX, top, bottom) +
             c->pad / 3;
    }
    SDL_RenderSetClipRect(c->r, NULL);
    if (max_scroll > 0) {
        int th = view * view / total,
            ty = top + (view - th) * (max_scroll - a->hist_scroll) / max_scroll;
        fill(c, (SDL_Rect){r.x + r.w - 5, ty, 4, th}, c->th->border);
    }
    hit(c, r, HIT_HISTORY);
}

static void draw_play(Ctx *c, double now)
{
    App *a = c->a;
    Session *s = &a->sess;
    const Scenario *sc = &a->host->sc;
    int top = header(c, sc->title);
    int bottom = a->h - footer(c, s->over ? "Enter: the debrief  ·  U: undo  ·  PgUp/PgDn: history "
                                            " ·  F5: reload  ·  Esc: settings"
                                          : "1–9, or ↑↓ and Enter, or click: reply  ·  U: undo  ·  "
                                            "PgUp/PgDn: history  ·  F5: reload  ·  Esc: settings");
    bool wide = a->w >= 1000;
    int aw = (int)(a->w * (wide ? 0.36 : 0.42));
    int hw = wide ? (int)(a->w * 0.27) : 0;
    int mx = aw + c->pad, mw = a->w - aw - hw - 2 * c->pad;

    /* Left: the client, the name plate and the meters in practice mode. */
    bool meters = app_mode(a) == MODE_PRACTICE && sc->has_model;
    int meters_h = meters ? 3 * (c->lh_small + c->pad / 2 + 4 + c->pad / 2) + c->pad : 0;
    SDL_Rect av = {0, top, aw, bottom - top - meters_h};
    draw_avatar(c, av, now);
    char plate[300];
    snprintf(plate, sizeof plate, "%s · %s", sc->client_name,
             sc->client_role ? sc->client_role : "");
    int pw = text_width(a->text, FONT_SMALL, plate, strlen(plate)) + c->pad;
    fill(c, (SDL_Rect){av.x + c->pad / 2, av.y + c->pad / 2, pw, c->lh_small + 4},
         with_alpha(c->th->bg, 190));
    text(c, FONT_SMALL, plate, av.x + c->pad, av.y + c->pad / 2 + 2, c->th->text);
    if (meters) {
        SDL_Rect mr = {0, bottom - meters_h, aw, meters_h};
        fill(c, mr, c->th->panel);
        double res = sc->var_resistance >= 0 ? s->state[sc->var_resistance] : 0;
        char l[120];
        int y = mr.y + c->pad / 2, w = aw - 2 * c->pad,
            step = c->lh_small + c->pad / 2 + 4 + c->pad / 2;
        int band = session_band(s);
        snprintf(l, sizeof l, "Resistance %.0f (%s)", res, band >= 0 ? band_name(band) : "-");
        meter(c, c->pad, y, w, l, res,
              res >= 50   ? c->th->bad
              : res >= 25 ? c->th->fair
                          : c->th->good);
        snprintf(l, sizeof l, "Rapport %.0f", var(s, s->state, "rapport", 0));
        meter(c, c->pad, y + step, w, l, var(s, s->state, "rapport", 0), c->th->good);
        snprintf(l, sizeof l, "Credibility %.0f", var(s, s->state, "credibility", 0));
        meter(c, c->pad, y + 2 * step, w, l, var(s, s->state, "credibility", 0), c->th->accent);
    }

    /* Middle: what the client says, then your replies; it scrolls when large text makes it
     * taller than the window, and keeps the selected reply in view. */
    SDL_Rect view = {mx - c->pad / 2, top, mw + c->pad, bottom - top};
    SDL_RenderSetClipRect(c->r, &view);
    int y = top + c->pad - a->mid_scroll;
    SDL_Rect sp = {mx, y, mw, 0};
    int tw = mw - 2 * c->pad;
    const char *line = s->line ? s->line : "";
    int lh = wrapped_height(c, FONT_BODY, line, tw);
    sp.h = lh + c->lh + c->pad * 2;
    fill(c, sp, c->th->panel);
    fill(c, (SDL_Rect){sp.x, sp.y, 4, sp.h}, c->th->accent);
    text(c, FONT_BOLD, sc->client_name, sp.x + c->pad, sp.y + c->pad / 2, c->th->accent);
    double cps = settings_reveal_cps(a->set.reveal);
    size_t total = utf8_count(line, strlen(line));
    size_t shown =
        a->revealed || cps <= 0 ? SIZE_MAX : (size_t)fmax(0, (now - a->t_line) * cps / 1000.0);
    if (shown >= total) shown = SIZE_MAX;
    wrapped(c, FONT_BODY, line, sp.x + c->pad, sp.y + c->pad / 2 + c->lh, tw, c->th->text, shown,
            top, bottom);
    y = sp.y + sp.h + c->pad;
    if (shown == SIZE_MAX && !a->revealed) { /* the reveal finished on its own */
        a->revealed = true;
        a->mid_follow = true;
    }

    int sel_top = 0, sel_bottom = 0;
    if (!s->over) {
        text(c, FONT_SMALL,
             a->revealed ? "Your reply:" : "Your reply (any key shows the whole line first):", mx,
             y, c->th->dim);
        y += c->lh_small + c->pad / 3;
        /* In the order shown: k is the position, the number the trainee presses. */
        for (int k = 0; k < s->noffered; k++) {
            const Choice *ch = session_offered(s, session_shown(s, k));
            int cw = mw - 3 * c->pad;
            int h = wrapped_height(c, FONT_BODY, ch->text, cw) + c->pad;
            SDL_Rect r = {mx, y, mw, h};
            bool on = k == a->sel || k == a->hover;
            if (k == a->sel) sel_top = y, sel_bottom = y + h;
            if (y + h > top && y < bottom) {
                fill(c, r, on && a->revealed ? c->th->select : c->th->panel);
                outline(c, r, on ? c->th->accent : c->th->border, on ? 2 : 1);
                char num[8];
                snprintf(num, sizeof num, "%d", (k + 1) % 100);
                SDL_Color tc = a->revealed ? c->th->text : c->th->dim;
                text(c, FONT_BOLD, num, mx + c->pad / 2, y + c->pad / 2, c->th->accent);
                wrapped(c, FONT_BODY, ch->text, mx + 2 * c->pad, y + c->pad / 2, cw, tc, SIZE_MAX,
                        top, bottom);
                /* Only the visible part of a reply takes clicks. */
                SDL_Rect hr = r;
                if (hr.y < top) hr.h -= top - hr.y, hr.y = top;
                if (hr.y + hr.h > bottom) hr.h = bottom - hr.y;
                hit(c, hr, HIT_CHOICE + k);
            }
            y += h + c->pad / 2;
        }
    } else {
        const Node *n = session_node(s);
        char end[300];
        snprintf(end, sizeof end, "The session has ended: %s (%s).", n->ending,
                 outcome_name(n->outcome));
        SDL_Color oc = n->outcome == OUTCOME_SUCCESS   ? c->th->good
                       : n->outcome == OUTCOME_PARTIAL ? c->th->fair
                                                       : c->th->bad;
        y += wrapped(c, FONT_BOLD, end, mx, y, mw, oc, SIZE_MAX, top, bottom) + c->pad;
        const char *lbl = "See the debrief (Enter)";
        int bw = text_width(a->text, FONT_BODY, lbl, strlen(lbl)) + 3 * c->pad;
        sel_top = y;
        sel_bottom = y + c->lh + c->pad;
        if (sel_bottom <= bottom)
            button(c, (SDL_Rect){mx, y, bw, c->lh + c->pad}, lbl, HIT_DEBRIEF_BTN, true);
        y = sel_bottom;
    }
    SDL_RenderSetClipRect(c->r, NULL);
    int content = y + a->mid_scroll - top, max_scroll = content > view.h ? content - view.h : 0;
    if (a->mid_scroll > max_scroll) {
        a->mid_scroll = max_scroll;
        a->dirty = true;
    }
    if (max_scroll > 0) {
        int th = view.h * view.h / (content > 0 ? content : 1);
        int ty = top + (view.h - th) * a->mid_scroll / max_scroll;
        fill(c, (SDL_Rect){view.x + view.w - 4, ty, 3, th}, c->th->border);
    }
    /* After a key moved the selection (or the session ended), scroll it into view. */
    if (a->mid_follow && sel_bottom > sel_top) {
        a->mid_follow = false;
        int want = a->mid_scroll;
        if (sel_bottom > bottom) want += sel_bottom - bottom + c->pad / 2;
        if (sel_top < top) want -= top - sel_top + c->pad / 2;
        if (want < 0) want = 0;
        if (want > max_scroll) want = max_scroll;
        if (want != a->mid_scroll) {
            a->mid_scroll = want;
            a->dirty = true;
        }
    }

    /* Right: the conversation so far (or under the replies when the window is narrow). */
    if (wide)
        draw_history(c, (SDL_Rect){a->w - hw, top, hw, bottom - top});
    else if (bottom - y > 4 * c->lh)
        draw_history(c, (SDL_Rect){mx, y + c->pad, mw, bottom - y - c->pad});
}

/* ---------------------------------------------------------------- debrief */

static SDL_Color miti_color(Ctx *c, Miti m)
{
    switch (m) {
    case MITI_SR:
    case MITI_CR:
    case MITI_AF:
    case MITI_SEEK:
    case MITI_EMPHASIZE:
        return c->th->good;
    case MITI_PERSUADE:
    case MITI_CONFRONT:
        return c->th->bad;
    case MITI_PWP:
    case MITI_NONE:
        return c->th->fair;
    default:
        return c->th->dim;
    }
}

static void draw_chart(Ctx *c, SDL_Rect r)
{
    App *a = c->a;
    Session *s = &a->sess;
    const Scenario *sc = s->sc;
    fill(c, r, c->th->panel);
    text_line(c, FONT_BOLD, "Resistance, discord and rapport, turn by turn", r.x + c->pad,
              r.y + c->pad / 2, r.w - 2 * c->pad, c->th->text);
    int legend_y = r.y + c->pad / 2 + c->lh;
    struct {
        const char *name;
        SDL_Color col;
        float w;
    } series[3] = {
        {"resistance", c->th->accent, 4}, {"discord", c->th->bad, 2}, {"rapport", c->th->good, 2}};
    int lx = r.x + c->pad;
    for (int i = 0; i < 3; i++) {
        fill(c, (SDL_Rect){lx, legend_y + c->lh_small / 2 - 2, 18, 4}, series[i].col);
        lx += 24 + text(c, FONT_SMALL, series[i].name, lx + 24, legend_y, c->th->dim) + c->pad;
    }
    SDL_Rect p = {r.x + c->pad * 3, legend_y + c->lh_small + c->pad / 2, r.w - c->pad * 4, 0};
    p.h = r.y + r.h - p.y - c->lh_small * 2 - c->pad;
    if (p.h < 20 || p.w < 20) return;
    /* Band shading: open, guarded, resistant, hostile. */
    for (int b = 0; b < 4; b++) {
        int y0 = p.y + p.h - p.h * (b + 1) / 4, y1 = p.y + p.h - p.h * b / 4;
        SDL_Color bc = b == 0 ? c->th->good : b == 1 ? c->th->fair : c->th->bad;
        fill(c, (SDL_Rect){p.x, y0, p.w, y1 - y0}, with_alpha(bc, 18 + 12 * b));
    }
    outline(c, p, c->th->border, 1);
    text(c, FONT_SMALL, "100", r.x + 2, p.y - c->lh_small / 2, c->th->dim);
    text(c, FONT_SMALL, "0", r.x + 2, p.y + p.h - c->lh_small / 2, c->th->dim);
    int n = s->nturns;
    const char *names[3] = {"resistance", "discord", "rapport"};
    int slot[3];
    for (int i = 0; i < 3; i++)
        slot[i] = layout_find(&sc->layout, names[i]);
    float dx = n > 0 ? (float)p.w / (float)n : 0;
    for (int i = 2; i >= 0; i--) {
        if (slot[i] < 0) continue;
        for (int t = 0; t < n; t++) {
            float x0 = (float)p.x + dx * (float)t, x1 = (float)p.x + dx * (float)(t + 1);
            float y0 = (float)(p.y + p.h) - (float)(session_state_at(s, t)[slot[i]] * p.h / 100);
            float y1 =
                (float)(p.y + p.h) - (float)(session_state_at(s, t + 1)[slot[i]] * p.h / 100);
            thick_line(c, x0, y0, x1, y1, series[i].w, series[i].col);
        }
    }
    /* Each turn's move, marked under the chart by its MITI code and colour. */
    for (int t = 1; t <= n; t++) {
        const Turn *tu = &s->turns[t - 1];
        Miti first = tu->ncodes ? (Miti)tu->codes[0] : MITI_NONE;
        float x = (float)p.x + dx * (float)t;
        SDL_Color mc = miti_color(c, first);
        fill(c, (SDL_Rect){(int)x - 1, p.y, 1, p.h}, with_alpha(c->th->border, 120));
        if (slot[0] >= 0)
            dot(c, x, (float)(p.y + p.h) - (float)(session_state_at(s, t)[slot[0]] * p.h / 100), 5,
                mc);
        char code[48];
        turn_codes(tu, code, sizeof code);
        int cw = text_width(a->text, FONT_SMALL, code, strlen(code));
        int tx = (int)x - cw / 2;
        if (tx + cw > r.x + r.w - 2) tx = r.x + r.w - 2 - cw;
        text(c, FONT_SMALL, code, tx, p.y + p.h + 2 + (dx > cw + 4 || t % 2 ? 0 : c->lh_small), mc);
    }
}

static void draw_debrief(Ctx *c)
{
    App *a = c->a;
    Session *s = &a->sess;
    const Scenario *sc = s->sc;
    const Node *n = session_node(s);
    int top = header(c, sc->title);
    int bottom = a->h - footer(c, "↑↓ and Enter, or click a turn: rewind there and choose again  · "
                                  " PgUp/PgDn: scroll  ·  R: from the start  ·  B: back  ·  Esc: "
                                  "settings");
    int lw = (int)(a->w * 0.42), x = c->pad, w = lw - 2 * c->pad;
    int y = top + c->pad;
    SDL_Color oc = n->outcome == OUTCOME_SUCCESS   ? c->th->good
                   : n->outcome == OUTCOME_PARTIAL ? c->th->fair
                                                   : c->th->bad;
    char head[300];
    snprintf(head, sizeof head, "%s — %s", n->ending, outcome_name(n->outcome));
    y += wrapped(c, FONT_TITLE, head, x, y, w, oc, SIZE_MAX, 0, bottom) + c->pad / 2;
    if (n->debrief)
        y += wrapped(c, FONT_BODY, n->debrief, x, y, w, c->th->text, SIZE_MAX, 0, bottom) + c->pad;
    text(c, FONT_BOLD, "MITI-style summary", x, y, c->th->text);
    y += c->lh + c->pad / 3;
    for (int i = 0; i < a->nsummary; i++)
        y += wrapped(c, FONT_SMALL, a->summary[i], x, y, w,
                     strstr(a->summary[i], "below fair") || strstr(a->summary[i], "not yet")
                         ? c->th->fair
                         : c->th->dim,
                     SIZE_MAX, 0, bottom) +
             2;
    y += c->pad;
    const char *l1 = "Play again from the start (R)", *l2 = "Back to the ending (B)";
    int b1 = text_width(a->text, FONT_BODY, l1, strlen(l1)) + 2 * c->pad;
    int b2 = text_width(a->text, FONT_BODY, l2, strlen(l2)) + 2 * c->pad;
    if (y + c->lh + c->pad < bottom) {
        button(c, (SDL_Rect){x, y, b1, c->lh + c->pad}, l1, HIT_RESTART_BTN, false);
        if (x + b1 + c->pad + b2 < lw)
            button(c, (SDL_Rect){x + b1 + c->pad, y, b2, c->lh + c->pad}, l2, HIT_BACK_BTN, false);
    }

    int rx = lw, rw = a->w - lw - c->pad;
    int ch = (bottom - top) * 2 / 5;
    draw_chart(c, (SDL_Rect){rx, top + c->pad, rw, ch});
    SDL_Rect list = {rx, top + 2 * c->pad + ch, rw, bottom - top - 3 * c->pad - ch};
    fill(c, list, c->th->panel);
    text_line(c, FONT_BOLD, "Your choices: click one to rewind there", list.x + c->pad,
              list.y + c->pad / 2, list.w - 2 * c->pad, c->th->text);
    int ltop = list.y + c->lh + c->pad, lbot = list.y + list.h - c->pad / 2,
        tw = list.w - 3 * c->pad;
    SDL_Rect clip = {list.x, ltop, list.w, lbot - ltop};
    SDL_RenderSetClipRect(c->r, &clip);
    /* The choices, then what the trainee did with the client's change and sustain talk; the
     * list scrolls (PgUp/PgDn, the wheel), and follows the selected turn when it moves. */
    int yy = ltop - a->deb_scroll;
    for (int t = 1; t <= s->nturns; t++) {
        const Turn *tu = &s->turns[t - 1];
        const Choice *chc = &sc->nodes[tu->node].choices[tu->choice];
        const Move *m = &sc->moves[chc->move];
        char row[1400], fb[1400], codes[48];
        turn_codes(tu, codes, sizeof codes);
        snprintf(row, sizeof row, "%d. %s", t, chc->text);
        snprintf(fb, sizeof fb, "%s (%s)%s%s", m->name, codes, chc->feedback ? ": " : "",
                 chc->feedback ? chc->feedback : "");
        Miti first = tu->ncodes ? (Miti)tu->codes[0] : m->miti;
        int h = wrapped_height(c, FONT_BODY, row, tw) + wrapped_height(c, FONT_SMALL, fb, tw) +
                c->pad / 2;
        SDL_Rect r = {list.x + c->pad / 2, yy, list.w - c->pad, h};
        if (t - 1 == a->deb_sel) {
            if (a->deb_follow) {
                a->deb_follow = false;
                if (yy < ltop)
                    a->deb_scroll -= ltop - yy, a->dirty = true;
                else if (yy + h > lbot && h < lbot - ltop)
                    a->deb_scroll += yy + h - lbot, a->dirty = true;
            }
            fill(c, r, c->th->select);
        }
        int ty = yy + c->pad / 4;
        ty +=
            wrapped(c, FONT_BODY, row, r.x + c->pad / 2, ty, tw, c->th->text, SIZE_MAX, ltop, lbot);
        wrapped(c, FONT_SMALL, fb, r.x + c->pad / 2, ty, tw, miti_color(c, first), SIZE_MAX, ltop,
                lbot);
        if (yy + h > ltop && yy < lbot) {
            SDL_Rect hr = r;
            if (hr.y < ltop) hr.h -= ltop - hr.y, hr.y = ltop;
            hit(c, hr, HIT_TURN + t - 1);
        }
        yy += h + c->pad / 3;
    }
    yy += c->pad / 2;
    const char *talk_head = "What you did with the client's change and sustain talk";
    int hh = wrapped(c, FONT_BOLD, talk_head, list.x + c->pad, yy, tw + c->pad, c->th->text,
                     SIZE_MAX, ltop, lbot);
    yy += hh + c->pad / 3;
    if (a->ntalk == 0)
        yy += wrapped(c, FONT_SMALL, "The client said no change talk or sustain talk this time.",
                      list.x + c->pad, yy, tw + c->pad, c->th->dim, SIZE_MAX, ltop, lbot) +
              c->pad / 3;
    for (int i = 0; i < a->ntalk; i++) {
        const DebriefTalk *d = &a->talk[i];
        const Turn *tu = &s->turns[d->turn - 1];
        const Choice *chc = &sc->nodes[tu->node].choices[tu->choice];
        char what[200], said[1400], you[1600], mi[600];
        snprintf(what, sizeof what, "Turn %d · %s talk%s%s%s", d->turn, d->talk,
                 d->kind[0] ? " (" : "", d->kind, d->kind[0] ? ")" : "");
        snprintf(said, sizeof said, "%s: “%s”", sc->client_name, tu->line ? tu->line : "");
        snprintf(you, sizeof you, "You: “%s” — %s, %s", chc->text, d->answer,
                 d->good ? "MI-consistent" : "not MI-consistent");
        snprintf(mi, sizeof mi, "MI-consistent: %s", d->advice);
        int x0 = list.x + c->pad;
        int h = c->lh + wrapped_height(c, FONT_SMALL, said, tw) +
                wrapped_height(c, FONT_SMALL, you, tw) + wrapped_height(c, FONT_SMALL, mi, tw) +
                c->pad / 2;
        SDL_Rect r = {list.x + c->pad / 2, yy, list.w - c->pad, h};
        fill(c, (SDL_Rect){r.x, r.y, 3, r.h},
             strcmp(d->talk, "change") == 0 ? c->th->good : c->th->fair);
        int ty = yy + c->pad / 4;
        text(c, FONT_BOLD, what, x0, ty,
             strcmp(d->talk, "change") == 0 ? c->th->good : c->th->fair);
        ty += c->lh;
        ty += wrapped(c, FONT_SMALL, said, x0, ty, tw, c->th->text, SIZE_MAX, ltop, lbot);
        ty += wrapped(c, FONT_SMALL, you, x0, ty, tw, d->good ? c->th->good : c->th->bad, SIZE_MAX,
                      ltop, lbot);
        wrapped(c, FONT_SMALL, mi, x0, ty, tw, c->th->dim, SIZE_MAX, ltop, lbot);
        if (yy + h > ltop && yy < lbot) {
            SDL_Rect hr = r;
            if (hr.y < ltop) hr.h -= ltop - hr.y, hr.y = ltop;
            hit(c, hr, HIT_TURN + d->turn - 1);
        }
        yy += h + c->pad / 3;
    }
    /* The scroll stops at the end of the list. */
    int content = yy + a->deb_scroll - ltop,
        max_scroll = content > lbot - ltop ? content - (lbot - ltop) : 0;
    if (a->deb_scroll > max_scroll) {
        a->deb_scroll = max_scroll;
        a->dirty = true;
    }
    SDL_RenderSetClipRect(c->r, NULL);
    if (max_scroll > 0) {
        int view = lbot - ltop, th = view * view / content;
        int ty = ltop + (view - th) * a->deb_scroll / max_scroll;
        fill(c, (SDL_Rect){list.x + list.w - 5, ty, 4, th}, c->th->border);
    }
}

/* ---------------------------------------------------------------- overlays */

static void draw_menu(Ctx *c)
{
    App *a = c->a;
    Settings *st = &a->set;
    fill(c, (SDL_Rect){0, 0, a->w, a->h}, with_alpha(c->th->bg, 200));
    char rows[MENU_COUNT][1200];
    snprintf(rows[MENU_TEXT], sizeof rows[0], "Text size: %d   (← → or Ctrl +/−)", st->text_size);
    snprintf(rows[MENU_CONTRAST], sizeof rows[0], "High contrast: %s",
             st->high_contrast ? "on" : "off");
    snprintf(rows[MENU_MOTION], sizeof rows[0], "Reduced motion: %s",
             st->reduced_motion ? "on" : "off");
    snprintf(rows[MENU_REVEAL], sizeof rows[0], "Text reveal: %s",
             settings_reveal_name(st->reveal));
    snprintf(rows[MENU_FULLSCREEN], sizeof rows[0], "Fullscreen: %s   (F11)",
             st->fullscreen ? "on" : "off");
    snprintf(rows[MENU_MODE], sizeof rows[0], "Mode: %s",
             st->mode == MODE_PRACTICE ? "practice (meters and a cue per turn)"
                                       : "assessment (no meters, no cues)");
    snprintf(rows[MENU_FONT], sizeof rows[0], "Font: %s", text_font_path(a->text));
    snprintf(rows[MENU_CLIENTS], sizeof rows[0], "%s",
             a->npaths ? "Choose another client" : "(started with one client)");
    snprintf(rows[MENU_QUIT], sizeof rows[0], "Quit (Ctrl+Q)");
    int w = a->w - 4 * c->pad > 760 ? 760 : a->w - 4 * c->pad;
    int x = (a->w - w) / 2, h = (MENU_COUNT + 2) * (c->lh + c->pad / 2) + c->pad * 2;
    int y = (a->h - h) / 2 > 0 ? (a->h - h) / 2 : 0;
    fill(c, (SDL_Rect){x, y, w, h}, c->th->panel);
    outline(c, (SDL_Rect){x, y, w, h}, c->th->border, 2);
    text(c, FONT_TITLE, "Settings", x + c->pad, y + c->pad / 2, c->th->text);
    y += c->lh_title + c->pad;
    for (int i = 0; i < MENU_COUNT; i++) {
        SDL_Rect r = {x + c->pad / 2, y, w - c->pad, c->lh + c->pad / 3};
        if (i == a->menu_sel) fill(c, r, c->th->select);
        const Wrapped *wr = text_wrap(a->text, FONT_BODY, rows[i], r.w - c->pad);
        text_draw(a->text, c->r, FONT_BODY, rows[i], wr->n ? (size_t)wr->len[0] : 0,
                  r.x + c->pad / 2, r.y + c->pad / 6, c->th->text);
        hit(c, r, HIT_MENU + i);
        y += c->lh + c->pad / 2;
    }
    text(c, FONT_SMALL, "↑↓ choose · ← → Enter change · Esc close · saved automatically",
         x + c->pad, y + c->pad / 2, c->th->dim);
}

static void draw_overlay(Ctx *c)
{
    App *a = c->a;
    fill(c, (SDL_Rect){0, 0, a->w, a->h}, with_alpha(c->th->bg, 210));
    int w = a->w - 4 * c->pad > 900 ? 900 : a->w - 4 * c->pad;
    int tw = w - 2 * c->pad;
    int h = c->lh_title + wrapped_height(c, FONT_BODY, a->overlay, tw) + c->lh_small + 3 * c->pad;
    int x = (a->w - w) / 2, y = (a->h - h) / 2 > 0 ? (a->h - h) / 2 : 0;
    fill(c, (SDL_Rect){x, y, w, h}, c->th->panel);
    outline(c, (SDL_Rect){x, y, w, h}, c->th->bad, 3);
    text(c, FONT_TITLE, "Problem in the client file", x + c->pad, y + c->pad / 2, c->th->bad);
    y += c->lh_title + c->pad;
    y += wrapped(c, FONT_BODY, a->overlay, x + c->pad, y, tw, c->th->text, SIZE_MAX, 0, a->h) +
         c->pad / 2;
    text(c, FONT_SMALL, "Fix the file and press F5 to reload; any other key closes this.",
         x + c->pad, y, c->th->dim);
}

static void draw_toast(Ctx *c)
{
    App *a = c->a;
    int w = a->w * 2 / 3, tw = w - 2 * c->pad;
    int h = wrapped_height(c, FONT_BODY, a->toast, tw) + c->pad;
    SDL_Rect r = {(a->w - w) / 2, a->h - h - c->lh_small - c->pad * 2, w, h};
    fill(c, r, c->th->panel_hi);
    outline(c, r, c->th->accent, 1);
    wrapped(c, FONT_BODY, a->toast, r.x + c->pad, r.y + c->pad / 2, tw, c->th->text, SIZE_MAX, 0,
            a->h);
}

void app_draw(App *a, double now)
{
    Ctx c = {a, a->r, &a->th, 0, 0, 0, 0};
    a->now = now;
    text_frame(a->text);
    c.lh = text_height(a->text, FONT_BODY);
    c.lh_small = text_height(a->text, FONT_SMALL);
    c.lh_title = text_height(a->text, FONT_TITLE);
    c.pad = a->set.text_size * 2 / 3;
    a->nhits = 0;
    a->dirty = false; /* drawing may ask for another pass (scrolling a selection into view) */
    SDL_SetRenderDrawColor(a->r, a->th.bg.r, a->th.bg.g, a->th.bg.b, 255);
    SDL_RenderClear(a->r);
    if (a->screen == SCREEN_PLAY && a->has_sess)
        draw_play(&c, now);
    else if (a->screen == SCREEN_DEBRIEF && a->has_sess)
        draw_debrief(&c);
    else if (a->npaths)
        draw_picker(&c);
    if (a->menu_on) draw_menu(&c);
    if (a->overlay[0]) draw_overlay(&c);
    if (a->toast[0] && now < a->toast_until) draw_toast(&c);
}
