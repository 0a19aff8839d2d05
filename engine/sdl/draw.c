/* draw: every screen of the window (picker, play, debrief) and the overlays (menu, error,
 * toast), laid out from the window size and the text size on each frame, so resizing and
 * Ctrl +/- need no state of their own. Also records where the clickable things are. With
 * typed replies the replies' place holds the text box instead (it wraps, and past a few rows
 * shows the rows at the caret), what the last reply was taken as, and "Which did you mean?";
 * the debrief shows each typed turn's words beside what they were taken as. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/transcript.h"
#include "app.h"
#include "../core/recap.h"
#include "../core/course.h"

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

/* Draws s wrapped to width w; at most max_cp code points (a reveal in progress). Lines not
 * wholly inside [clip_top, clip_bottom) are skipped, so a panel never shows half a line under
 * its header or at its foot. Returns the height of the whole text. */
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
        if (ly < clip_top || ly + lh > clip_bottom) continue;
        text_draw(c->a->text, c->r, font, s + wr->start[i], len, x, ly, col);
    }
    return wr->n * lh;
}

/* The first of labels (longest first, NULL-terminated) that fits width w, else the last:
 * a heading is shortened, never cut. */
static const char *fit_label(Ctx *c, int font, const char *const *labels, int w)
{
    const char *s = labels[0];
    for (int i = 0; labels[i]; i++) {
        s = labels[i];
        if (text_width(c->a->text, font, s, strlen(s)) <= w) break;
    }
    return s;
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
    const char *menu = "Menu (Esc)";
    int bw = text_width(a->text, FONT_BODY, menu, strlen(menu)) + 2 * c->pad;
    /* A narrow window or large text wraps the title (in the bold body font past two lines
     * of the title font), never cuts it. */
    int tw = a->w - bw - 3 * c->pad;
    int font = wrapped_height(c, FONT_TITLE, title, tw) <= 2 * c->lh_title ? FONT_TITLE : FONT_BOLD;
    int th = wrapped_height(c, font, title, tw);
    int h = (th > c->lh_title ? th : c->lh_title) + c->pad;
    fill(c, (SDL_Rect){0, 0, a->w, h}, c->th->panel);
    fill(c, (SDL_Rect){0, h - 1, a->w, 1}, c->th->border);
    wrapped(c, font, title, c->pad, c->pad / 2, tw, c->th->text, SIZE_MAX, 0, h);
    button(c, (SDL_Rect){a->w - bw - c->pad / 2, c->pad / 4, bw, c->lh_title + c->pad / 2}, menu,
           HIT_MENU_BTN, false);
    return h;
}

/* The key hints: the longest of hints (NULL-terminated, longest first) that fits one line,
 * else the shortest wrapped (never cut) over as many lines as the width needs. */
static int footer(Ctx *c, const char *const *variants)
{
    App *a = c->a;
    const char *hints = fit_label(c, FONT_SMALL, variants, a->w - 2 * c->pad);
    int h = wrapped_height(c, FONT_SMALL, hints, a->w - 2 * c->pad) + c->pad / 2;
    fill(c, (SDL_Rect){0, a->h - h, a->w, h}, c->th->panel);
    wrapped(c, FONT_SMALL, hints, c->pad, a->h - h + c->pad / 4, a->w - 2 * c->pad, c->th->dim,
            SIZE_MAX, 0, a->h);
    return h;
}

/* ---------------------------------------------------------------- picker */

static void draw_mesh(Ctx *c, const AvatarExpr *e, const AvatarLook *look, SDL_Rect box,
                      SDL_Rect clip);

/* A client's face in the picker: the neutral, open expression, in their look and setting. */
static void picker_face(Ctx *c, int i, SDL_Rect box)
{
    const Host *h = c->a->pick_hosts ? c->a->pick_hosts[i] : NULL;
    fill(c, box, c->th->wall);
    if (!h) return;
    AvatarLook look;
    AvatarExpr e;
    avatar_look(&h->sc, &look);
    avatar_neutral(&e);
    /* The figure drawn 1.6 times the box's size from its top: head and shoulders fill it. */
    draw_mesh(c, &e, &look,
              (SDL_Rect){box.x - box.w * 3 / 10, box.y - box.h / 20, box.w * 8 / 5, box.h * 8 / 5},
              box);
}

/* "Dana · Marketing director · advanced": who the client is and the difficulty, when the file
 * gives one. */
static void picker_meta(const App *a, int i, char *buf, size_t size)
{
    const Host *h = a->pick_hosts ? a->pick_hosts[i] : NULL;
    buf[0] = '\0';
    if (!h) return;
    const Scenario *sc = &h->sc;
    snprintf(buf, size, "%s%s%s%s%s", sc->client_name, sc->client_role ? " · " : "",
             sc->client_role ? sc->client_role : "", sc->difficulty ? " · " : "",
             sc->difficulty ? sc->difficulty : "");
}

static void draw_picker(Ctx *c)
{
    App *a = c->a;
    int top = header(c, "Rapport: choose a client");
    static const char *const hints[] = {
        "1–9 or ↑↓ and Enter, or click: start  ·  Esc: settings  ·  Ctrl +/−: text size",
        "1–9 or click: start  ·  Esc: settings", NULL};
    int bottom = a->h - footer(c, hints);
    int w = a->w - 2 * c->pad > 1000 ? 1000 : a->w - 2 * c->pad;
    int x = (a->w - w) / 2, y = top + c->pad;
    y += wrapped(c, FONT_BODY,
                 "Each client resists in their own way. Read their face and posture, pick your "
                 "reply, and see in the debrief how it landed.",
                 x, y, w, c->th->dim, SIZE_MAX, top, bottom) +
         c->pad;
    for (int i = 0; i < a->npaths && y < bottom; i++) {
        char num[16], meta[160];
        snprintf(num, sizeof num, "%d", i + 1);
        picker_meta(a, i, meta, sizeof meta);
        int face = 4 * c->lh; /* the face's square, left of the text */
        int tx = x + c->pad * 3 + face, tw = w - c->pad * 5 - face;
        int th = wrapped_height(c, FONT_BOLD, a->titles[i], tw) +
                 (meta[0] ? wrapped_height(c, FONT_SMALL, meta, tw) : 0) +
                 wrapped_height(c, FONT_SMALL, a->blurbs[i], tw);
        int hgt = (th > face ? th : face) + c->pad;
        SDL_Rect r = {x, y, w, hgt};
        fill(c, r, i == a->pick_sel ? c->th->select : c->th->panel);
        outline(c, r, c->th->border, 1);
        text(c, FONT_BOLD, num, x + c->pad, y + c->pad / 2, c->th->accent);
        if (y + c->pad / 2 + face <= bottom)
            picker_face(c, i, (SDL_Rect){x + c->pad * 2, y + c->pad / 2, face, face});
        int ty = y + c->pad / 2;
        ty += wrapped(c, FONT_BOLD, a->titles[i], tx, ty, tw, c->th->text, SIZE_MAX, top, bottom);
        if (meta[0])
            ty += wrapped(c, FONT_SMALL, meta, tx, ty, tw, c->th->accent, SIZE_MAX, top, bottom);
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

/* A meter: the longest of labels that fits w over its bar. */
static void meter(Ctx *c, int x, int y, int w, const char *const *labels, double v, SDL_Color col)
{
    text(c, FONT_SMALL, fit_label(c, FONT_SMALL, labels, w), x, y, c->th->text);
    int by = y + c->lh_small, bh = c->pad / 2 + 4;
    fill(c, (SDL_Rect){x, by, w, bh}, c->th->panel_hi);
    fill(c, (SDL_Rect){x, by, (int)(w * fmin(fmax(v, 0), 100) / 100), bh}, col);
}

static void draw_mesh(Ctx *c, const AvatarExpr *e, const AvatarLook *look, SDL_Rect box,
                      SDL_Rect clip);

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
    /* The client speaks while the line appears: the jaw follows the text shown so far. */
    double cps = settings_reveal_cps(a->set.reveal), t = now - a->t_line;
    if (!a->revealed && a->sess.line && cps > 0) {
        const char *line = a->sess.line;
        size_t shown = utf8_prefix(line, strlen(line), (size_t)fmax(0, t * cps / 1000.0));
        avatar_talk_apply(&e, line, shown, t, a->set.reduced_motion);
    }
    draw_mesh(c, &e, &a->look, box, box);
}

/* A figure with expression e and look in box: the client at the table, or a face in the
 * picker. */
static void draw_mesh(Ctx *c, const AvatarExpr *e, const AvatarLook *look, SDL_Rect box,
                      SDL_Rect clip)
{
    App *a = c->a;
    if (avatar_build(&a->mesh, e, look, (float)box.x, (float)box.y, (float)box.w, (float)box.h) !=
        0)
        return;
    SDL_Vertex *v = vbuf(a->mesh.count);
    if (!v) return;
    for (int i = 0; i < a->mesh.count; i++) {
        const AvatarVertex *m = &a->mesh.v[i];
        v[i] = (SDL_Vertex){{m->x, m->y}, {m->c.r, m->c.g, m->c.b, m->c.a}, {0, 0}};
    }
    SDL_RenderSetClipRect(c->r, &clip);
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

/* The meters under the client in practice mode: resistance, rapport, credibility. */
static void draw_meters(Ctx *c, SDL_Rect mr)
{
    Session *s = &c->a->sess;
    const Scenario *sc = &c->a->host->sc;
    fill(c, mr, c->th->panel);
    double res = sc->var_resistance >= 0 ? s->state[sc->var_resistance] : 0;
    char l[4][120];
    const char *ls[5] = {l[0], l[1], l[2], l[3], NULL};
    int y = mr.y + c->pad / 2, w = mr.w - 2 * c->pad,
        step = c->lh_small + c->pad / 2 + 4 + c->pad / 2;
    int band = session_band(s);
    double rap = var(s, s->state, "rapport", 0), cred = var(s, s->state, "credibility", 0);
    /* Each label in words, shorter in a narrow column: "Resistance 42 (guarded)" .. "42". */
    snprintf(l[0], sizeof l[0], "Resistance %.0f (%s)", res, band >= 0 ? band_name(band) : "-");
    snprintf(l[1], sizeof l[1], "Resistance %.0f", res);
    snprintf(l[2], sizeof l[2], "Res. %.0f", res);
    snprintf(l[3], sizeof l[3], "%.0f", res);
    meter(c, c->pad, y, w, ls, res, res >= 50 ? c->th->bad : res >= 25 ? c->th->fair : c->th->good);
    snprintf(l[0], sizeof l[0], "Rapport %.0f", rap);
    snprintf(l[1], sizeof l[1], "Rap. %.0f", rap);
    snprintf(l[2], sizeof l[2], "%.0f", rap);
    ls[3] = NULL;
    meter(c, c->pad, y + step, w, ls, rap, c->th->good);
    snprintf(l[0], sizeof l[0], "Credibility %.0f", cred);
    snprintf(l[1], sizeof l[1], "Cred. %.0f", cred);
    snprintf(l[2], sizeof l[2], "%.0f", cred);
    ls[3] = NULL;
    meter(c, c->pad, y + 2 * step, w, ls, cred, c->th->accent);
}

/* Left: the client, the name plate and the meters in practice mode, aw wide. */
static void draw_client(Ctx *c, int aw, int top, int bottom, double now)
{
    App *a = c->a;
    const Scenario *sc = &a->host->sc;
    bool meters = app_mode(a) == MODE_PRACTICE && sc->has_model;
    int meters_h = meters ? 3 * (c->lh_small + c->pad / 2 + 4 + c->pad / 2) + c->pad : 0;
    SDL_Rect av = {0, top, aw, bottom - top - meters_h};
    draw_avatar(c, av, now);
    char full[300];
    snprintf(full, sizeof full, "%s · %s", sc->client_name, sc->client_role ? sc->client_role : "");
    const char *const plates[] = {full, sc->client_name, NULL};
    const char *plate = fit_label(c, FONT_SMALL, plates, aw - 2 * c->pad);
    int pw = text_width(a->text, FONT_SMALL, plate, strlen(plate)) + c->pad;
    fill(c, (SDL_Rect){av.x + c->pad / 2, av.y + c->pad / 2, pw, c->lh_small + 4},
         with_alpha(c->th->bg, 190));
    text(c, FONT_SMALL, plate, av.x + c->pad, av.y + c->pad / 2 + 2, c->th->text);
    if (meters) draw_meters(c, (SDL_Rect){0, bottom - meters_h, aw, meters_h});
}

/* The middle column of the play screen: x and w of its panels, the rows it may draw in
 * [top, bottom), and the selected reply's rows (to scroll it into view). */
typedef struct Column {
    int x, w, top, bottom;
    int sel_top, sel_bottom;
    int line_bottom; /* where the client's line ends on screen */
} Column;

/* What the client says, revealed so far at now; returns the y below it. */
static int draw_line(Ctx *c, const Column *col, int y, double now)
{
    App *a = c->a;
    const Scenario *sc = &a->host->sc;
    SDL_Rect sp = {col->x, y, col->w, 0};
    int tw = col->w - 2 * c->pad;
    const char *line = a->sess.line ? a->sess.line : "";
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
            col->top, col->bottom);
    if (shown == SIZE_MAX && !a->revealed) /* the reveal finished on its own; the line stays */
        a->revealed = true;
    /* The rows wholly in view (wrapped() draws no others), for tests to read. */
    int y0 = sp.y + c->pad / 2 + c->lh, lhb = text_height(a->text, FONT_BODY);
    a->line_rows = lhb > 0 ? lh / lhb : 0;
    a->line_rows_shown = 0;
    for (int i = 0; i < a->line_rows; i++)
        if (y0 + i * lhb >= col->top && y0 + (i + 1) * lhb <= col->bottom) a->line_rows_shown++;
    return sp.y + sp.h + c->pad;
}

/* One reply card at y, k its position in the order shown; returns its height. */
static int draw_reply(Ctx *c, Column *col, int k, int y)
{
    App *a = c->a;
    const Session *s = &a->sess;
    const Choice *ch = session_offered(s, session_shown(s, k));
    int cw = col->w - 3 * c->pad, mx = col->x, top = col->top, bottom = col->bottom;
    const char *words = session_choice_text(s, ch, s->state);
    int h = wrapped_height(c, FONT_BODY, words, cw) + c->pad;
    SDL_Rect r = {mx, y, col->w, h};
    bool on = k == a->sel || k == a->hover;
    if (k == a->sel) col->sel_top = y, col->sel_bottom = y + h;
    if (y + h <= top || y >= bottom) return h;
    fill(c, r, on && a->revealed ? c->th->select : c->th->panel);
    outline(c, r, on ? c->th->accent : c->th->border, on ? 2 : 1);
    char num[8];
    snprintf(num, sizeof num, "%d", (k + 1) % 100);
    SDL_Color tc = a->revealed ? c->th->text : c->th->dim;
    text(c, FONT_BOLD, num, mx + c->pad / 2, y + c->pad / 2, c->th->accent);
    wrapped(c, FONT_BODY, words, mx + 2 * c->pad, y + c->pad / 2, cw, tc, SIZE_MAX, top, bottom);
    /* Only the visible part of a reply takes clicks. */
    SDL_Rect hr = r;
    if (hr.y < top) hr.h -= top - hr.y, hr.y = top;
    if (hr.y + hr.h > bottom) hr.h = bottom - hr.y;
    hit(c, hr, HIT_CHOICE + k);
    return h;
}

#define INPUT_ROWS 4 /* the box grows to this many rows, then scrolls with the caret */

/* An option card at y: a number (or none), the words, highlighted when on; returns its
 * height. Only its visible part takes clicks (id). */
static int option_card(Ctx *c, const Column *col, int y, const char *num, const char *words,
                       bool on, int id)
{
    int cw = col->w - 3 * c->pad, top = col->top, bottom = col->bottom;
    int h = wrapped_height(c, FONT_BODY, words, cw) + c->pad;
    SDL_Rect r = {col->x, y, col->w, h};
    if (y + h <= top || y >= bottom) return h;
    fill(c, r, on ? c->th->select : c->th->panel);
    outline(c, r, on ? c->th->accent : c->th->border, on ? 2 : 1);
    text(c, FONT_BOLD, num, col->x + c->pad / 2, y + c->pad / 2, c->th->accent);
    wrapped(c, FONT_BODY, words, col->x + 2 * c->pad, y + c->pad / 2, cw, c->th->text, SIZE_MAX,
            top, bottom);
    SDL_Rect hr = r;
    if (hr.y < top) hr.h -= top - hr.y, hr.y = top;
    if (hr.y + hr.h > bottom) hr.h = bottom - hr.y;
    hit(c, hr, id);
    return h;
}

/* "Which did you mean?": the words typed, the closest choices numbered, and "say it another
 * way"; returns the y below them. */
static int draw_ask(Ctx *c, Column *col, int y)
{
    App *a = c->a;
    const Session *s = &a->sess;
    const FtMatch *m = &a->ask;
    char you[SESSION_TYPED_MAX + 64];
    snprintf(you, sizeof you, "You typed: \u201c%s\u201d", a->ask_words);
    y += wrapped(c, FONT_SMALL, you, col->x, y, col->w, c->th->dim, SIZE_MAX, col->top,
                 col->bottom) +
         c->pad / 3;
    const char *q = m->nbest == 1 ? "Did you mean this?" : "Which did you mean?";
    y += wrapped(c, FONT_BOLD, q, col->x, y, col->w, c->th->text, SIZE_MAX, col->top, col->bottom) +
         c->pad / 3;
    col->sel_top = y;
    for (int i = 0; i < m->nbest; i++) {
        const Choice *ch = session_offered(s, m->best[i]);
        char num[16];
        snprintf(num, sizeof num, "%d", i + 1);
        bool on = i == a->ask_sel || i == a->hover;
        y += option_card(c, col, y, num, session_choice_text(s, ch, s->state), on, HIT_CHOICE + i) +
             c->pad / 2;
    }
    y += option_card(c, col, y, "\u21ba", "Say it another way", a->ask_sel == m->nbest,
                     HIT_SAY_AGAIN) +
         c->pad / 2;
    const char *hint = "Type a number and press Enter, click one, or type your reply again.";
    return y +
           wrapped(c, FONT_SMALL, hint, col->x, y, col->w, c->th->dim, SIZE_MAX, col->top,
                   col->bottom) +
           c->pad / 2;
}

/* The text box at y: the words wrapped, the rows at the caret in view, a steady caret at the
 * end (no blinking: a still window costs nothing), the hint while empty; returns its bottom. */
static int draw_input(Ctx *c, Column *col, int y)
{
    App *a = c->a;
    int tw = col->w - 2 * c->pad, x = col->x + c->pad;
    const Wrapped *wr = text_wrap(a->text, FONT_BODY, a->input, tw);
    int rows = wr->n > 0 ? wr->n : 1, shown = rows < INPUT_ROWS ? rows : INPUT_ROWS;
    SDL_Rect box = {col->x, y, col->w, shown * c->lh + c->pad};
    fill(c, box, c->th->panel_hi);
    outline(c, box, c->th->accent, 2);
    int top = y + c->pad / 2, bottom = top + shown * c->lh;
    int lo = top > col->top ? top : col->top, hi = bottom < col->bottom ? bottom : col->bottom;
    size_t ls = wr->n > 0 ? (size_t)wr->start[wr->n - 1] : 0;
    int cx = a->ninput ? text_width(a->text, FONT_BODY, a->input + ls, a->ninput - ls) : 0;
    if (cx > tw) cx = tw; /* trailing spaces past the edge */
    if (a->ninput)
        wrapped(c, FONT_BODY, a->input, x, top - (rows - shown) * c->lh, tw, c->th->text, SIZE_MAX,
                lo, hi);
    else
        text(c, FONT_BODY, "Type your reply and press Enter", x + 6, top, c->th->dim);
    int cy = top + (shown - 1) * c->lh;
    if (cy >= lo && cy + c->lh <= hi) fill(c, (SDL_Rect){x + cx + 1, cy, 2, c->lh}, c->th->accent);
    if (rows > shown) { /* how far down the text the box shows: at its end */
        int th = box.h * shown / rows;
        fill(c, (SDL_Rect){box.x + box.w - 5, box.y + box.h - th, 3, th}, c->th->border);
    }
    a->input_rect = box;
    hit(c, box, HIT_INPUT);
    return y + box.h;
}

/* Typed replies in the replies' place: what the last reply came to, "Which did you mean?"
 * when asking, and the box; returns the y below them. */
static int draw_typed(Ctx *c, Column *col, int y)
{
    App *a = c->a;
    int y0 = y;
    if (a->said[0]) { /* the coach's line, or the client who did not follow */
        SDL_Color sc = a->said_puzzled ? c->th->text : c->th->fair;
        y +=
            wrapped(c, FONT_BODY, a->said, col->x, y, col->w, sc, SIZE_MAX, col->top, col->bottom) +
            c->pad / 3;
        if (a->said_puzzled)
            y += wrapped(c, FONT_SMALL, "Say it another way: edit your reply and press Enter.",
                         col->x, y, col->w, c->th->dim, SIZE_MAX, col->top, col->bottom) +
                 c->pad / 3;
        y += c->pad / 3;
    }
    if (a->asking) y = draw_ask(c, col, y);
    text(c, FONT_SMALL, "Your reply, in your own words:", col->x, y, c->th->dim);
    y += c->lh_small + c->pad / 3;
    if (!a->asking) col->sel_top = y0;
    y = draw_input(c, col, y);
    col->sel_bottom = y + c->pad / 2;
    return y + c->pad / 2;
}

/* The replies offered, in the order shown; returns the y below them. */
static int draw_replies(Ctx *c, Column *col, int y)
{
    App *a = c->a;
    if (app_typed(a)) return draw_typed(c, col, y);
    text(c, FONT_SMALL,
         a->revealed ? "Your reply:" : "Your reply (any key shows the whole line first):", col->x,
         y, c->th->dim);
    y += c->lh_small + c->pad / 3;
    /* In the order shown: k is the position, the number the trainee presses. */
    for (int k = 0; k < a->sess.noffered; k++)
        y += draw_reply(c, col, k, y) + c->pad / 2;
    return y;
}

static SDL_Color outcome_color(Ctx *c, Outcome o)
{
    return o == OUTCOME_SUCCESS ? c->th->good : o == OUTCOME_PARTIAL ? c->th->fair : c->th->bad;
}

/* The ending and the button to the debrief (which counts as the selection); returns the y
 * below them. */
static int draw_ending(Ctx *c, Column *col, int y)
{
    App *a = c->a;
    const Node *n = session_node(&a->sess);
    char end[600];
    snprintf(end, sizeof end, "The session has ended: %s (%s).", n->title ? n->title : "",
             outcome_name(n->outcome));
    y += wrapped(c, FONT_BOLD, end, col->x, y, col->w, outcome_color(c, n->outcome), SIZE_MAX,
                 col->top, col->bottom) +
         c->pad;
    const char *lbl = "See the debrief (Enter)";
    int bw = text_width(a->text, FONT_BODY, lbl, strlen(lbl)) + 3 * c->pad;
    col->sel_top = y;
    col->sel_bottom = y + c->lh + c->pad;
    if (col->sel_bottom <= col->bottom)
        button(c, (SDL_Rect){col->x, y, bw, c->lh + c->pad}, lbl, HIT_DEBRIEF_BTN, true);
    if (app_course_goes_on(a)) { /* a course of sessions: the next one, below */
        const char *next = "Go on to the next session (N)";
        int nw = text_width(a->text, FONT_BODY, next, strlen(next)) + 3 * c->pad;
        y = col->sel_bottom + c->pad;
        col->sel_bottom = y + c->lh + c->pad;
        if (col->sel_bottom <= col->bottom)
            button(c, (SDL_Rect){col->x, y, nw, c->lh + c->pad}, next, HIT_NEXT_BTN, false);
    }
    return col->sel_bottom;
}

/* The middle column scrolls when large text makes it taller than the window: clamps the
 * scroll to the content ending at y, draws the scroll bar, and scrolls the selection into
 * view after a key moved it (or the session ended). */
static void mid_scroll(Ctx *c, const Column *col, SDL_Rect view, int y)
{
    App *a = c->a;
    int top = col->top, bottom = col->bottom;
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
    if (!a->mid_follow || col->sel_bottom <= col->sel_top) return;
    a->mid_follow = false;
    int want = a->mid_scroll;
    if (col->sel_bottom > bottom) want += col->sel_bottom - bottom + c->pad / 2;
    if (col->sel_top < top) want -= top - col->sel_top + c->pad / 2;
    /* Following the selection never scrolls the client's line out of view: its last lines
     * stay above the replies (the wheel and PgUp/PgDn still scroll freely). */
    int keep = col->line_bottom + a->mid_scroll - top - 3 * c->lh;
    if (want > keep) want = keep;
    if (want < 0) want = 0;
    if (want > max_scroll) want = max_scroll;
    if (want != a->mid_scroll) {
        a->mid_scroll = want;
        a->dirty = true;
    }
}

/* The client's title, and in a course of sessions which session this is. */
static const char *session_title(const Session *s, char *buf, size_t size)
{
    const Scenario *sc = s->sc;
    if (sc->nsittings < 2) return sc->title;
    snprintf(buf, size, "%s · %s", sc->title, sc->sittings[course_sitting(sc, s->state)].title);
    return buf;
}

static void draw_play(Ctx *c, double now)
{
    App *a = c->a;
    Session *s = &a->sess;
    char title[600];
    int top = header(c, session_title(s, title, sizeof title));
    static const char *const over[] = {
        "Enter: the debrief  ·  U: undo  ·  PgUp/PgDn: history  ·  F5: reload  ·  Esc: settings",
        "Enter: debrief  ·  U: undo  ·  Esc: settings", NULL};
    static const char *const playing[] = {
        "1–9, or ↑↓ and Enter, or click: reply  ·  U: undo  ·  PgUp/PgDn: history  ·  F5: "
        "reload  ·  Esc: settings",
        "1–9 or click: reply  ·  U: undo  ·  Esc: settings", "1–9: reply · U: undo · Esc", NULL};
    static const char *const typing[] = {
        "Type your reply, Enter: send  ·  Ctrl+Z: undo  ·  PgUp/PgDn: history  ·  F5: reload  ·  "
        "Esc: settings",
        "Enter: send  ·  Ctrl+Z: undo  ·  Esc: settings", "Enter · Ctrl+Z: undo · Esc", NULL};
    int bottom = a->h - footer(c, s->over ? over : app_typed(a) ? typing : playing);
    bool wide = a->w >= 1000;
    int aw = (int)(a->w * (wide ? 0.36 : 0.42));
    /* Large text in a narrow window: the client gives up width to the line and replies. */
    int base = (int)lround(18 * fmax(1, fmin(a->w / 1280.0, a->h / 720.0)));
    if (a->text_px > base) aw -= (a->text_px - base) * a->w / 120;
    if (aw < a->w / 4) aw = a->w / 4;
    int hw = wide ? (int)(a->w * 0.27) : 0;
    Column col = {aw + c->pad, a->w - aw - hw - 2 * c->pad, top, bottom, 0, 0, 0};
    draw_client(c, aw, top, bottom, now);

    /* Middle: what the client says, then your replies (or the ending). */
    SDL_Rect view = {col.x - c->pad / 2, top, col.w + c->pad, bottom - top};
    SDL_RenderSetClipRect(c->r, &view);
    int y = draw_line(c, &col, top + c->pad - a->mid_scroll, now);
    col.line_bottom = y;
    y = s->over ? draw_ending(c, &col, y) : draw_replies(c, &col, y);
    SDL_RenderSetClipRect(c->r, NULL);
    mid_scroll(c, &col, view, y);

    /* Right: the conversation so far (or under the replies when the window is narrow). */
    if (wide)
        draw_history(c, (SDL_Rect){a->w - hw, top, hw, bottom - top});
    else if (bottom - y > 4 * c->lh)
        draw_history(c, (SDL_Rect){col.x, y + c->pad, col.w, bottom - y - c->pad});
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

/* The chart's series: resistance drawn thickest, under the others. */
typedef struct Series {
    const char *name;
    SDL_Color col;
    float w;
} Series;

/* The legend under the chart's title; returns its y. */
static int chart_legend(Ctx *c, SDL_Rect r, const Series *series)
{
    int legend_y = r.y + c->pad / 2 + c->lh;
    int lx = r.x + c->pad;
    for (int i = 0; i < 3; i++) {
        fill(c, (SDL_Rect){lx, legend_y + c->lh_small / 2 - 2, 18, 4}, series[i].col);
        lx += 24 + text(c, FONT_SMALL, series[i].name, lx + 24, legend_y, c->th->dim) + c->pad;
    }
    return legend_y;
}

/* The plot area p: band shading (open, guarded, resistant, hostile), frame and scale. */
static void chart_frame(Ctx *c, SDL_Rect r, SDL_Rect p)
{
    for (int b = 0; b < 4; b++) {
        int y0 = p.y + p.h - p.h * (b + 1) / 4, y1 = p.y + p.h - p.h * b / 4;
        SDL_Color bc = b == 0 ? c->th->good : b == 1 ? c->th->fair : c->th->bad;
        fill(c, (SDL_Rect){p.x, y0, p.w, y1 - y0}, with_alpha(bc, 18 + 12 * b));
    }
    outline(c, p, c->th->border, 1);
    text(c, FONT_SMALL, "100", r.x + 2, p.y - c->lh_small / 2, c->th->dim);
    text(c, FONT_SMALL, "0", r.x + 2, p.y + p.h - c->lh_small / 2, c->th->dim);
}

/* The y in p of a variable's value at turn t. */
static float chart_y(const Session *s, SDL_Rect p, int slot, int t)
{
    return (float)(p.y + p.h) - (float)(session_state_at(s, t)[slot] * p.h / 100);
}

/* Each series turn by turn, the last drawn first so resistance lies on top. */
static void chart_lines(Ctx *c, SDL_Rect p, const Series *series, const int *slot, float dx)
{
    const Session *s = &c->a->sess;
    for (int i = 2; i >= 0; i--) {
        if (slot[i] < 0) continue;
        for (int t = 0; t < s->nturns; t++) {
            float x0 = (float)p.x + dx * (float)t, x1 = (float)p.x + dx * (float)(t + 1);
            thick_line(c, x0, chart_y(s, p, slot[i], t), x1, chart_y(s, p, slot[i], t + 1),
                       series[i].w, series[i].col);
        }
    }
}

/* Each turn's move, marked under the chart by its MITI code and colour. */
static void chart_moves(Ctx *c, SDL_Rect r, SDL_Rect p, int resistance, float dx)
{
    App *a = c->a;
    const Session *s = &a->sess;
    for (int t = 1; t <= s->nturns; t++) {
        const Turn *tu = &s->turns[t - 1];
        Miti first = tu->ncodes ? (Miti)tu->codes[0] : MITI_NONE;
        float x = (float)p.x + dx * (float)t;
        SDL_Color mc = miti_color(c, first);
        fill(c, (SDL_Rect){(int)x - 1, p.y, 1, p.h}, with_alpha(c->th->border, 120));
        if (resistance >= 0) dot(c, x, chart_y(s, p, resistance, t), 5, mc);
        char code[48];
        turn_codes(tu, code, sizeof code);
        if (!strcmp(code, "none")) snprintf(code, sizeof code, "–"); /* no MITI code */
        int cw = text_width(a->text, FONT_SMALL, code, strlen(code));
        int tx = (int)x - cw / 2;
        if (tx + cw > r.x + r.w - 2) tx = r.x + r.w - 2 - cw;
        text(c, FONT_SMALL, code, tx,
             p.y + p.h + 2 + (dx > (float)(cw + 4) || t % 2 ? 0 : c->lh_small), mc);
    }
}

static void draw_chart(Ctx *c, SDL_Rect r)
{
    const Session *s = &c->a->sess;
    fill(c, r, c->th->panel);
    static const char *const titles[] = {"Resistance, discord and rapport, turn by turn",
                                         "Resistance, discord, rapport", "By turn", NULL};
    text(c, FONT_BOLD, fit_label(c, FONT_BOLD, titles, r.w - 2 * c->pad), r.x + c->pad,
         r.y + c->pad / 2, c->th->text);
    Series series[3] = {
        {"resistance", c->th->accent, 4}, {"discord", c->th->bad, 2}, {"rapport", c->th->good, 2}};
    int legend_y = chart_legend(c, r, series);
    SDL_Rect p = {r.x + c->pad * 3, legend_y + c->lh_small + c->pad / 2, r.w - c->pad * 4, 0};
    p.h = r.y + r.h - p.y - c->lh_small * 2 - c->pad;
    if (p.h < 20 || p.w < 20) return;
    chart_frame(c, r, p);
    int slot[3];
    for (int i = 0; i < 3; i++)
        slot[i] = layout_find(&s->sc->layout, series[i].name);
    float dx = s->nturns > 0 ? (float)p.w / (float)s->nturns : 0;
    chart_lines(c, p, series, slot, dx);
    chart_moves(c, r, p, slot[0], dx);
}

/* Left of the debrief: the ending, its debrief text, the MITI-style summary and the buttons,
 * lw wide. */
/* The ending's title, its debrief text and the MITI-style summary at (x, y), w wide, drawn
 * where they fall inside [lo, hi); returns the y below them. */
static int debrief_head(Ctx *c, int x, int y, int w, int lo, int hi)
{
    App *a = c->a;
    const Node *n = session_node(&a->sess);
    char head[600];
    snprintf(head, sizeof head, "%s — %s", n->title ? n->title : "", outcome_name(n->outcome));
    /* Past two lines in the title font (large text, a narrow window) the bold body font. */
    int hf = wrapped_height(c, FONT_TITLE, head, w) <= 2 * c->lh_title ? FONT_TITLE : FONT_BOLD;
    y += wrapped(c, hf, head, x, y, w, outcome_color(c, n->outcome), SIZE_MAX, lo, hi) + c->pad / 2;
    if (n->debrief)
        y += wrapped(c, FONT_BODY, n->debrief, x, y, w, c->th->text, SIZE_MAX, lo, hi) + c->pad;
    if (y >= lo && y + c->lh <= hi) text(c, FONT_BOLD, "MITI-style summary", x, y, c->th->text);
    y += c->lh + c->pad / 3;
    for (int i = 0; i < a->nsummary; i++)
        y += wrapped(c, FONT_SMALL, a->summary[i], x, y, w,
                     strstr(a->summary[i], "below fair") || strstr(a->summary[i], "not yet")
                         ? c->th->fair
                         : c->th->dim,
                     SIZE_MAX, lo, hi) +
             2;
    return y + c->pad;
}

static void debrief_left(Ctx *c, int lw, int top, int bottom)
{
    App *a = c->a;
    int x = c->pad, w = lw - 2 * c->pad;
    int y = debrief_head(c, x, top + c->pad, w, 0, bottom);
    const char *l1 = "Play again from the start (R)", *l2 = "Back to the ending (B)";
    int b1 = text_width(a->text, FONT_BODY, l1, strlen(l1)) + 2 * c->pad;
    int b2 = text_width(a->text, FONT_BODY, l2, strlen(l2)) + 2 * c->pad;
    if (y + c->lh + c->pad < bottom) {
        button(c, (SDL_Rect){x, y, b1, c->lh + c->pad}, l1, HIT_RESTART_BTN, false);
        if (x + b1 + c->pad + b2 < lw)
            button(c, (SDL_Rect){x + b1 + c->pad, y, b2, c->lh + c->pad}, l2, HIT_BACK_BTN, false);
    }
}

/* The debrief's scrolling list: its panel, the rows it shows [ltop, lbot), the text width. */
typedef struct List {
    SDL_Rect r;
    int ltop, lbot, tw;
} List;

/* Only the part of a row inside the list takes clicks. */
static void list_hit(Ctx *c, const List *l, SDL_Rect r, int id)
{
    if (r.y + r.h <= l->ltop || r.y >= l->lbot) return;
    if (r.y < l->ltop) r.h -= l->ltop - r.y, r.y = l->ltop;
    hit(c, r, id);
}

/* Turn t's choice and its feedback at yy; returns the y of the next row. */
static int debrief_turn(Ctx *c, const List *l, int t, int yy)
{
    App *a = c->a;
    const Session *s = &a->sess;
    const Turn *tu = &s->turns[t - 1];
    const Choice *chc = session_turn_choice(s, tu);
    const Move *m = &s->sc->moves[chc->move];
    char row[SESSION_TYPED_MAX + 64], fb[1400], codes[48], words[96], move[160];
    turn_codes(tu, codes, sizeof codes);
    recap_words(m->name, words, sizeof words);
    if (strcmp(codes, "none")) /* a move without a MITI code is named alone */
        snprintf(move, sizeof move, "%s (%s)", words, codes);
    else
        snprintf(move, sizeof move, "%s", words);
    char taken[1500] = "";
    if (tu->typed) { /* the trainee's own words, beside what they were taken as */
        snprintf(row, sizeof row, "%d. You typed: \u201c%s\u201d", t, tu->typed->words);
        if (tu->choice < 0)
            snprintf(taken, sizeof taken, "Fit no reply; counted as %s", words);
        else
            snprintf(taken, sizeof taken, "Taken as: %s", chc->text);
    } else {
        snprintf(row, sizeof row, "%d. %s", t, chc->text);
    }
    snprintf(fb, sizeof fb, "%s%s%s", move, chc->feedback ? ": " : "",
             chc->feedback ? chc->feedback : "");
    Miti first = tu->ncodes ? (Miti)tu->codes[0] : m->miti;
    int h = wrapped_height(c, FONT_BODY, row, l->tw) + wrapped_height(c, FONT_SMALL, fb, l->tw) +
            (taken[0] ? wrapped_height(c, FONT_SMALL, taken, l->tw) : 0) + c->pad / 2;
    SDL_Rect r = {l->r.x + c->pad / 2, yy, l->r.w - c->pad, h};
    if (t - 1 == a->deb_sel) {
        /* After a key moved the selection, scroll it into view (the next pass draws it). */
        if (a->deb_follow) {
            a->deb_follow = false;
            if (yy < l->ltop)
                a->deb_scroll -= l->ltop - yy, a->dirty = true;
            else if (yy + h > l->lbot && h < l->lbot - l->ltop)
                a->deb_scroll += yy + h - l->lbot, a->dirty = true;
        }
        fill(c, r, c->th->select);
    }
    int ty = yy + c->pad / 4;
    ty += wrapped(c, FONT_BODY, row, r.x + c->pad / 2, ty, l->tw, c->th->text, SIZE_MAX, l->ltop,
                  l->lbot);
    if (taken[0])
        ty += wrapped(c, FONT_SMALL, taken, r.x + c->pad / 2, ty, l->tw, c->th->dim, SIZE_MAX,
                      l->ltop, l->lbot);
    wrapped(c, FONT_SMALL, fb, r.x + c->pad / 2, ty, l->tw, miti_color(c, first), SIZE_MAX, l->ltop,
            l->lbot);
    list_hit(c, l, r, HIT_TURN + t - 1);
    return yy + h + c->pad / 3;
}

/* One piece of the client's change or sustain talk, what the trainee answered and what an
 * MI-consistent answer does, at yy; returns the y of the next row. */
static int debrief_talk(Ctx *c, const List *l, const DebriefTalk *d, int yy)
{
    const Session *s = &c->a->sess;
    const Scenario *sc = s->sc;
    const Turn *tu = &s->turns[d->turn - 1];
    const Choice *chc = session_turn_choice(s, tu);
    char what[200], said[1400], you[SESSION_TYPED_MAX + 200], mi[600];
    snprintf(what, sizeof what, "Turn %d · %s talk%s%s%s", d->turn, d->talk, d->kind[0] ? " (" : "",
             d->kind, d->kind[0] ? ")" : "");
    snprintf(said, sizeof said, "%s: “%s”", sc->client_name, tu->line ? tu->line : "");
    snprintf(you, sizeof you, "You: “%s” — %s, %s", tu->typed ? tu->typed->words : chc->text,
             d->answer, d->good ? "MI-consistent" : "not MI-consistent");
    snprintf(mi, sizeof mi, "MI-consistent: %s", d->advice);
    int x0 = l->r.x + c->pad, tw = l->tw;
    int h = c->lh + wrapped_height(c, FONT_SMALL, said, tw) +
            wrapped_height(c, FONT_SMALL, you, tw) + wrapped_height(c, FONT_SMALL, mi, tw) +
            c->pad / 2;
    SDL_Rect r = {l->r.x + c->pad / 2, yy, l->r.w - c->pad, h};
    SDL_Color kc = strcmp(d->talk, "change") == 0 ? c->th->good : c->th->fair;
    fill(c, (SDL_Rect){r.x, r.y, 3, r.h}, kc);
    int ty = yy + c->pad / 4;
    text(c, FONT_BOLD, what, x0, ty, kc);
    ty += c->lh;
    ty += wrapped(c, FONT_SMALL, said, x0, ty, tw, c->th->text, SIZE_MAX, l->ltop, l->lbot);
    ty += wrapped(c, FONT_SMALL, you, x0, ty, tw, d->good ? c->th->good : c->th->bad, SIZE_MAX,
                  l->ltop, l->lbot);
    wrapped(c, FONT_SMALL, mi, x0, ty, tw, c->th->dim, SIZE_MAX, l->ltop, l->lbot);
    list_hit(c, l, r, HIT_TURN + d->turn - 1);
    return yy + h + c->pad / 3;
}

/* The heading and the rows of what the trainee did with the client's talk; returns the y
 * below them. */
static int debrief_talks(Ctx *c, const List *l, int yy)
{
    App *a = c->a;
    const char *talk_head = "What you did with the client's change and sustain talk";
    int hh = wrapped(c, FONT_BOLD, talk_head, l->r.x + c->pad, yy, l->tw + c->pad, c->th->text,
                     SIZE_MAX, l->ltop, l->lbot);
    yy += hh + c->pad / 3;
    if (a->ntalk == 0)
        yy += wrapped(c, FONT_SMALL, "The client said no change talk or sustain talk this time.",
                      l->r.x + c->pad, yy, l->tw + c->pad, c->th->dim, SIZE_MAX, l->ltop, l->lbot) +
              c->pad / 3;
    for (int i = 0; i < a->ntalk; i++)
        yy = debrief_talk(c, l, &a->talk[i], yy);
    return yy;
}

/* The scroll stops at the end of the list (content ending at yy); draws the scroll bar. */
static void list_scroll(Ctx *c, const List *l, int yy)
{
    App *a = c->a;
    int content = yy + a->deb_scroll - l->ltop,
        max_scroll = content > l->lbot - l->ltop ? content - (l->lbot - l->ltop) : 0;
    if (a->deb_scroll > max_scroll) {
        a->deb_scroll = max_scroll;
        a->dirty = true;
    }
    SDL_RenderSetClipRect(c->r, NULL);
    if (max_scroll > 0) {
        int view = l->lbot - l->ltop, th = view * view / content;
        int ty = l->ltop + (view - th) * a->deb_scroll / max_scroll;
        fill(c, (SDL_Rect){l->r.x + l->r.w - 5, ty, 4, th}, c->th->border);
    }
}

/* The list's panel, its heading (the longest of heads that fits) and its rows' clip: the part
 * of the panel l.r below the heading. */
static void list_open(Ctx *c, List *l, const char *const *heads)
{
    fill(c, l->r, c->th->panel);
    text(c, FONT_BOLD, fit_label(c, FONT_BOLD, heads, l->r.w - 2 * c->pad), l->r.x + c->pad,
         l->r.y + c->pad / 2, c->th->text);
    l->ltop = l->r.y + c->lh + c->pad;
    l->lbot = l->r.y + l->r.h - c->pad / 2;
    l->tw = l->r.w - 3 * c->pad;
    SDL_Rect clip = {l->r.x, l->ltop, l->r.w, l->lbot - l->ltop};
    SDL_RenderSetClipRect(c->r, &clip);
}

/* The rows after the chart: what this trainee did (the recap), each turn's choice, and the
 * client's change and sustain talk; yy is where they start. */
static void list_rows(Ctx *c, const List *l, int yy)
{
    App *a = c->a;
    if (a->recap[0])
        yy += wrapped(c, FONT_BODY, a->recap, l->r.x + c->pad, yy, l->tw + c->pad, c->th->fair,
                      SIZE_MAX, l->ltop, l->lbot) +
              c->pad / 2;
    for (int t = 1; t <= a->sess.nturns; t++)
        yy = debrief_turn(c, l, t, yy);
    yy = debrief_talks(c, l, yy + c->pad / 2);
    list_scroll(c, l, yy);
}

/* One column for a cramped window: the ending and summary, the chart, then the rows, all in
 * the one list that scrolls (PgUp/PgDn, the wheel) and follows the selected turn. */
static void debrief_single(Ctx *c, int top, int bottom)
{
    App *a = c->a;
    List l = {{c->pad, top + c->pad, a->w - 2 * c->pad, bottom - top - 2 * c->pad}, 0, 0, 0};
    static const char *const heads[] = {"Debrief: click a turn below to rewind there",
                                        "Debrief (click a turn to rewind)", "Debrief", NULL};
    list_open(c, &l, heads);
    int x = l.r.x + c->pad, yy = l.ltop - a->deb_scroll;
    yy = debrief_head(c, x, yy, l.tw, l.ltop, l.lbot);
    SDL_Rect chart = {x, yy, l.tw, 8 * c->lh_small + 4 * c->lh};
    if (chart.y + chart.h > l.ltop && chart.y < l.lbot) draw_chart(c, chart);
    list_rows(c, &l, yy + chart.h + c->pad);
}

static void draw_debrief(Ctx *c)
{
    App *a = c->a;
    Session *s = &a->sess;
    char title[600];
    int top = header(c, session_title(s, title, sizeof title));
    static const char *const hints[] = {
        "↑↓ and Enter, or click a turn: rewind there and choose again  ·  PgUp/PgDn: scroll  ·  "
        "R: from the start  ·  B: back  ·  Esc: settings",
        "Click a turn: rewind there  ·  R: restart  ·  B: back  ·  Esc: settings",
        "Turn: rewind  ·  B: back  ·  Esc: menu", NULL};
    int bottom = a->h - footer(c, hints);
    int lw = (int)(a->w * 0.42);
    /* Large text in a small window: two columns would leave a few words a line and no room
     * for the chart, so everything goes into one scrolling column instead. */
    if (lw - 2 * c->pad < 14 * c->lh) {
        debrief_single(c, top, bottom);
        return;
    }
    debrief_left(c, lw, top, bottom);

    int rx = lw, rw = a->w - lw - c->pad;
    int ch = (bottom - top) * 2 / 5;
    draw_chart(c, (SDL_Rect){rx, top + c->pad, rw, ch});
    List l = {{rx, top + 2 * c->pad + ch, rw, bottom - top - 3 * c->pad - ch}, 0, 0, 0};
    static const char *const heads[] = {"Your choices: click one to rewind there",
                                        "Your choices (click to rewind)", "Your choices", NULL};
    list_open(c, &l, heads);
    list_rows(c, &l, l.ltop - a->deb_scroll);
}

/* ---------------------------------------------------------------- overlays */

/* The settings' rows in words; terse drops the explanations in brackets (for large text in a
 * small window). */
static void menu_rows(App *a, char rows[MENU_COUNT][1200], bool terse)
{
    Settings *st = &a->set;
    snprintf(rows[MENU_TEXT], 1200, "Text size: %d%s", st->text_size,
             terse ? "" : "   (← → or Ctrl +/−)");
    snprintf(rows[MENU_CONTRAST], 1200, "High contrast: %s", st->high_contrast ? "on" : "off");
    snprintf(rows[MENU_MOTION], 1200, "Reduced motion: %s", st->reduced_motion ? "on" : "off");
    snprintf(rows[MENU_REVEAL], 1200, "Text reveal: %s", settings_reveal_name(st->reveal));
    snprintf(rows[MENU_FULLSCREEN], 1200, "Fullscreen: %s%s", st->fullscreen ? "on" : "off",
             terse ? "" : "   (F11)");
    bool practice = st->mode == MODE_PRACTICE;
    snprintf(rows[MENU_MODE], 1200, "Mode: %s%s", practice ? "practice" : "assessment",
             terse      ? ""
             : practice ? " (meters, a cue per turn)"
                        : " (no meters or cues)");
    snprintf(rows[MENU_REPLIES], 1200, "Replies: %s%s", app_typed(a) ? "typed" : "menu",
             terse          ? ""
             : app_typed(a) ? " (in your own words)"
                            : " (pick from a list)");
    const char *fpath = text_font_path(a->text), *base = strrchr(fpath, '/');
    snprintf(rows[MENU_FONT], 1200, "Font: %s", base ? base + 1 : fpath);
    snprintf(rows[MENU_CLIENTS], 1200, "%s",
             a->npaths ? "Choose another client" : "(started with one client)");
    snprintf(rows[MENU_QUIT], 1200, "Quit (Ctrl+Q)");
}

static void draw_menu(Ctx *c)
{
    App *a = c->a;
    fill(c, (SDL_Rect){0, 0, a->w, a->h}, with_alpha(c->th->bg, 200));
    char rows[MENU_COUNT][1200];
    menu_rows(a, rows, false);
    int w = a->w - 2 * c->pad > 760 ? 760 : a->w - 2 * c->pad;
    const char *hint = "↑↓ choose · ← → Enter change · Esc close · saved automatically";
    /* The dialog fits the window at any text size: rows in the body font when they fit, else
     * in the small font with less space between them, else without their explanations. */
    int font = FONT_BODY, gap = c->pad / 2, title = FONT_TITLE;
    int hint_h = wrapped_height(c, FONT_SMALL, hint, w - 2 * c->pad);
    for (int pass = 0; pass < 3; pass++) {
        int rows_h = 0;
        for (int i = 0; i < MENU_COUNT; i++)
            rows_h += wrapped_height(c, font, rows[i], w - 2 * c->pad) + gap;
        int need = text_height(a->text, title) + c->pad + rows_h + hint_h + c->pad * 3 / 2;
        if (need <= a->h || pass == 2) break;
        font = FONT_SMALL;
        gap = c->pad / 5;
        title = FONT_BOLD;
        if (pass == 1) { /* the last resort: the rows and the hint without explanations */
            menu_rows(a, rows, true);
            hint = "↑↓ choose · Enter change · Esc close";
            hint_h = wrapped_height(c, FONT_SMALL, hint, w - 2 * c->pad);
        }
    }
    int h = text_height(a->text, title) + c->pad + hint_h + c->pad * 3 / 2;
    for (int i = 0; i < MENU_COUNT; i++)
        h += wrapped_height(c, font, rows[i], w - 2 * c->pad) + gap;
    int x = (a->w - w) / 2, y = (a->h - h) / 2 > 0 ? (a->h - h) / 2 : 0;
    a->menu_fits = h <= a->h;
    fill(c, (SDL_Rect){x, y, w, h}, c->th->panel);
    outline(c, (SDL_Rect){x, y, w, h}, c->th->border, 2);
    text(c, title, "Settings", x + c->pad, y + c->pad / 2, c->th->text);
    y += text_height(a->text, title) + c->pad;
    for (int i = 0; i < MENU_COUNT; i++) {
        int rh = wrapped_height(c, font, rows[i], w - 2 * c->pad);
        SDL_Rect r = {x + c->pad / 2, y - gap / 2, w - c->pad, rh + gap};
        if (i == a->menu_sel) fill(c, r, c->th->select);
        wrapped(c, font, rows[i], x + c->pad, y, w - 2 * c->pad, c->th->text, SIZE_MAX, 0, a->h);
        hit(c, r, HIT_MENU + i);
        y += rh + gap;
    }
    wrapped(c, FONT_SMALL, hint, x + c->pad, y + c->pad / 2, w - 2 * c->pad, c->th->dim, SIZE_MAX,
            0, a->h);
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

/* The offer to resume a saved session: modal, over everything, alone (app_resume_modal). */
static void draw_resume(Ctx *c)
{
    App *a = c->a;
    fill(c, (SDL_Rect){0, 0, a->w, a->h}, with_alpha(c->th->bg, 220));
    int w = a->w - 2 * c->pad > 760 ? 760 : a->w - 2 * c->pad;
    int tw = w - 2 * c->pad;
    char body[600];
    snprintf(body, sizeof body,
             "You have an unfinished session with %s, stopped after turn %d. Resume it, or start "
             "afresh (your first choice then replaces the saved session).",
             a->host->sc.client_name, a->resume_turns);
    const char *title = "Resume your session?", *keys = "Enter: resume  ·  N: start afresh";
    int h = wrapped_height(c, FONT_TITLE, title, tw) + wrapped_height(c, FONT_BODY, body, tw) +
            wrapped_height(c, FONT_BOLD, keys, tw) + 3 * c->pad;
    int x = (a->w - w) / 2, y = (a->h - h) / 2 > 0 ? (a->h - h) / 2 : 0;
    fill(c, (SDL_Rect){x, y, w, h}, c->th->panel);
    outline(c, (SDL_Rect){x, y, w, h}, c->th->accent, 2);
    y += c->pad / 2;
    y += wrapped(c, FONT_TITLE, title, x + c->pad, y, tw, c->th->text, SIZE_MAX, 0, a->h) +
         c->pad / 2;
    y += wrapped(c, FONT_BODY, body, x + c->pad, y, tw, c->th->text, SIZE_MAX, 0, a->h) + c->pad;
    wrapped(c, FONT_BOLD, keys, x + c->pad, y, tw, c->th->accent, SIZE_MAX, 0, a->h);
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
    c.pad = a->text_px * 2 / 3;
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
    if (app_resume_modal(a))
        draw_resume(&c);
    else if (a->menu_on)
        draw_menu(&c);
    if (a->overlay[0]) draw_overlay(&c);
    if (a->toast[0] && now < a->toast_until) draw_toast(&c);
}
