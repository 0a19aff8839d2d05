/* report png: the debrief's chart alone as an image, drawn with the engine's own renderer
 * (SDL2's software renderer onto a surface, text through engine/sdl/text.c) and saved as an
 * 8-bit RGB PNG through libpng. */
#include <SDL.h>
#include <cjson/cJSON.h>
#include <errno.h>
#include <math.h>
#include <png.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../sdl/text.h"
#include "report.h"

enum { PW = 1000, PH = 440, PL = 56, PR = 150, PT = 48, PB = 84 };

static double px(int i, int n)
{
    return PL + (n > 0 ? (double)i * (PW - PL - PR) / n : 0);
}

static double py(double v)
{
    return PT + (100 - v) * (PH - PT - PB) / 100.0;
}

/* Where libpng's error handler leaves its message (the error pointer). */
typedef struct PngErr {
    char msg[200];
} PngErr;

/* libpng calls this on any error; it must not return, so it jumps back to write_chart_png's setjmp.
 */
static void on_png_error(png_structp png, png_const_charp msg)
{
    PngErr *e = png_get_error_ptr(png);
    snprintf(e->msg, sizeof e->msg, "%s", msg);
    png_longjmp(png, 1);
}

static void on_png_warning(png_structp png, png_const_charp msg)
{
    (void)png;
    (void)msg;
}

/* Runs under write_chart_png's setjmp: the header, then the rows straight from the surface. */
static void write_chart_rows(png_structp png, png_infop info, FILE *f, const SDL_Surface *rgb)
{
    png_init_io(png, f);
    png_set_IHDR(png, info, (png_uint_32)rgb->w, (png_uint_32)rgb->h, 8, PNG_COLOR_TYPE_RGB,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_compression_level(png, 9);
    png_write_info(png, info);
    for (int y = 0; y < rgb->h; y++)
        png_write_row(png, (png_const_bytep)rgb->pixels + (size_t)y * (size_t)rgb->pitch);
    png_write_end(png, NULL);
}

/* F open for writing, RGB an RGB24 surface. 0, or -1 with libpng's reason in E. */
static int write_chart_png(FILE *f, const SDL_Surface *rgb, PngErr *e)
{
    png_structp png =
        png_create_write_struct(PNG_LIBPNG_VER_STRING, e, on_png_error, on_png_warning);
    png_infop info = png ? png_create_info_struct(png) : NULL;
    if (!info) {
        png_destroy_write_struct(&png, NULL);
        snprintf(e->msg, sizeof e->msg, "out of memory");
        return -1;
    }
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return -1;
    }
    write_chart_rows(png, info, f, rgb);
    png_destroy_write_struct(&png, &info);
    return 0;
}

/* True when F is a regular file: only those are removed after a failed write (a path such as
 * /dev/stdout names something that is not ours to delete). */
static bool regular_file(FILE *f)
{
    struct stat st;
    return fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode);
}

/* The chart as an 8-bit RGB PNG at PATH; no partial file is left behind. 0, or -1. */
static int save_chart(const char *path, SDL_Surface *surf, char *err, size_t size)
{
    PngErr e = {"cannot convert the chart"};
    SDL_Surface *rgb = SDL_ConvertSurfaceFormat(surf, SDL_PIXELFORMAT_RGB24, 0);
    FILE *f = rgb ? fopen(path, "wb") : NULL;
    if (rgb && !f) snprintf(e.msg, sizeof e.msg, "%s", strerror(errno));
    bool regular = f && regular_file(f);
    int rc = f ? write_chart_png(f, rgb, &e) : -1;
    if (f && fclose(f) != 0 && rc == 0) {
        snprintf(e.msg, sizeof e.msg, "%s", strerror(errno));
        rc = -1;
    }
    if (regular && rc != 0) remove(path);
    if (rc != 0) snprintf(err, size, "rapport report: cannot write %s: %s", path, e.msg);
    SDL_FreeSurface(rgb);
    return rc;
}

static void color(SDL_Renderer *r, uint32_t rgb)
{
    SDL_SetRenderDrawColor(r, (Uint8)(rgb >> 16), (Uint8)(rgb >> 8), (Uint8)rgb, 255);
}

static void disc(SDL_Renderer *r, double x, double y, int rad)
{
    for (int dy = -rad; dy <= rad; dy++) {
        int dx = (int)sqrt((double)(rad * rad - dy * dy));
        SDL_RenderDrawLine(r, (int)lround(x) - dx, (int)lround(y) + dy, (int)lround(x) + dx,
                           (int)lround(y) + dy);
    }
}

/* A line three pixels thick; dash > 0 draws it in dashes of that many pixels. */
static void thick(SDL_Renderer *r, double x0, double y0, double x1, double y1, int dash)
{
    double len = hypot(x1 - x0, y1 - y0);
    int steps = dash > 0 ? (int)(len / dash) + 1 : 1;
    for (int s = 0; s<steps; s += dash> 0 ? 2 : 1) {
        double a = dash > 0 ? (double)s / steps : 0,
               b = dash > 0 ? fmin(1.0, (double)(s + 1) / steps) : 1;
        double ax = x0 + (x1 - x0) * a, ay = y0 + (y1 - y0) * a, bx = x0 + (x1 - x0) * b,
               by = y0 + (y1 - y0) * b;
        for (int o = -1; o <= 1; o++) {
            SDL_RenderDrawLine(r, (int)lround(ax), (int)lround(ay) + o, (int)lround(bx),
                               (int)lround(by) + o);
            SDL_RenderDrawLine(r, (int)lround(ax) + o, (int)lround(ay), (int)lround(bx) + o,
                               (int)lround(by));
        }
    }
}

static void label(Text *t, SDL_Renderer *r, int font, const char *s, int x, int y, uint32_t rgb,
                  int align)
{
    SDL_Color c = {(Uint8)(rgb >> 16), (Uint8)(rgb >> 8), (Uint8)rgb, 255};
    int w = text_width(t, font, s, strlen(s));
    text_draw(t, r, font, s, strlen(s), align == 0 ? x : align == 1 ? x - w / 2 : x - w, y, c);
}

static void draw_series(SDL_Renderer *rd, Text *t, const Report *r, const char *var, uint32_t rgb,
                        int dash, int label_y)
{
    int n = r->nturns;
    double lx = NAN, ly = NAN;
    for (int i = 0; i <= n; i++) {
        const cJSON *st = i == 0 ? r->initial : r->turns[i - 1].after;
        double v = report_value(st, var);
        if (isnan(v)) continue;
        double x = px(i, n), y = py(v);
        color(rd, rgb);
        if (!isnan(lx)) thick(rd, lx, ly, x, y, dash);
        lx = x, ly = y;
    }
    if (!isnan(ly)) {
        char s[64];
        snprintf(s, sizeof s, "%s %.0f", var,
                 report_value(n ? r->turns[n - 1].after : r->initial, var));
        label(t, rd, FONT_BOLD, s, PW - PR + 8, label_y - text_height(t, FONT_BOLD) / 2, rgb, 0);
    }
}

/* The surface the chart is drawn on, its software renderer and the fonts. */
typedef struct Chart {
    SDL_Surface *surf;
    SDL_Renderer *rd;
    Text *t;
} Chart;

static void chart_close(Chart *c)
{
    if (c->t) text_close(c->t);
    if (c->rd) SDL_DestroyRenderer(c->rd);
    SDL_FreeSurface(c->surf);
    *c = (Chart){NULL, NULL, NULL};
}

static int chart_open(Chart *c, char *err, size_t size)
{
    c->surf = SDL_CreateRGBSurfaceWithFormat(0, PW, PH, 32, SDL_PIXELFORMAT_ARGB8888);
    c->rd = c->surf ? SDL_CreateSoftwareRenderer(c->surf) : NULL;
    c->t = NULL;
    if (!c->rd) {
        snprintf(err, size, "rapport report: cannot draw the chart: %s", SDL_GetError());
        chart_close(c);
        return -1;
    }
    c->t = text_open(NULL, err, size);
    if (!c->t || text_set_size(c->t, 15, err, size) != 0) {
        chart_close(c);
        return -1;
    }
    return 0;
}

/* The background: the four resistance bands, the gridlines with their values, the title. */
static void draw_axes(SDL_Renderer *rd, Text *t, const Report *r)
{
    color(rd, 0xffffff);
    SDL_RenderClear(rd);
    static const uint32_t band_fill[4] = {0xeef7ee, 0xfbf8ea, 0xfcf0e6, 0xfbeaea};
    static const char *band_name[4] = {"open", "guarded", "resistant", "hostile"};
    for (int b = 0; b < 4; b++) {
        color(rd, band_fill[b]);
        SDL_Rect box = {PL, (int)py(25.0 * (b + 1)), PW - PL - PR, (int)(py(0) - py(25)) + 1};
        SDL_RenderFillRect(rd, &box);
        label(t, rd, FONT_SMALL, band_name[b], PW - PR - 6, (int)py(25.0 * (b + 1)) + 3, 0x8c8f94,
              2);
    }
    for (int v = 0; v <= 100; v += 25) {
        char s[8];
        color(rd, 0xdcdcde);
        SDL_RenderDrawLine(rd, PL, (int)py(v), PW - PR, (int)py(v));
        snprintf(s, sizeof s, "%d", v);
        label(t, rd, FONT_SMALL, s, PL - 8, (int)py(v) - text_height(t, FONT_SMALL) / 2, 0x50575e,
              2);
    }
    char title[512];
    snprintf(title, sizeof title, "%s: resistance, discord and rapport by turn%s%s", r->title,
             r->trainee[0] ? " - " : "", r->trainee);
    label(t, rd, FONT_BOLD, title, PL, 12, 0x1d2327, 0);
}

/* Harmful turns: a faint band up the chart, drawn under the lines. */
static void draw_harm_columns(SDL_Renderer *rd, const Report *r)
{
    int n = r->nturns;
    for (int i = 1; i <= n; i++) {
        if (!report_miti_harmful(r->turns[i - 1].miti)) continue;
        color(rd, 0xf2c4c0);
        SDL_Rect col = {(int)px(i, n) - 3, PT, 7, (int)(py(0) - PT)};
        SDL_RenderFillRect(rd, &col);
    }
}

/* Under the axis: "start", then every turn as a disc coloured by its move, with its code. */
static void draw_turn_marks(SDL_Renderer *rd, Text *t, const Report *r)
{
    int n = r->nturns;
    for (int i = 0; i <= n; i++) {
        double x = px(i, n);
        if (i == 0) {
            label(t, rd, FONT_SMALL, "start", (int)x, (int)py(0) + 6, 0x50575e, 1);
            continue;
        }
        const ReportTurn *tu = &r->turns[i - 1];
        uint32_t c = report_miti_harmful(tu->miti)      ? 0xc0392b
                     : report_miti_consistent(tu->miti) ? 0x2e8540
                                                        : 0x8c8f94;
        color(rd, c);
        disc(rd, x, py(0) + 14, 9);
        char s[16];
        snprintf(s, sizeof s, "%d", tu->turn);
        label(t, rd, FONT_SMALL, s, (int)x, (int)py(0) + 14 - text_height(t, FONT_SMALL) / 2,
              0xffffff, 1);
        label(t, rd, FONT_SMALL, tu->miti, (int)x, (int)py(0) + 26, 0x3c434a, 1);
    }
}

/* The legend along the bottom. */
static void draw_legend(SDL_Renderer *rd, Text *t)
{
    int lx = PL, ly = PH - 26;
    static const struct {
        const char *name;
        uint32_t rgb;
        bool dot;
    } legend[] = {{"resistance", 0x1d2327, false}, {"discord", 0xc0392b, false},
                  {"rapport", 0x1f6fb2, false},    {"MI-consistent", 0x2e8540, true},
                  {"neutral", 0x8c8f94, true},     {"Persuade/Confront", 0xc0392b, true}};
    for (size_t k = 0; k < sizeof legend / sizeof *legend; k++) {
        color(rd, legend[k].rgb);
        int mid = ly + text_height(t, FONT_SMALL) / 2;
        if (legend[k].dot)
            disc(rd, lx + 7, mid, 6);
        else
            thick(rd, lx, mid, lx + 22, mid, 0);
        label(t, rd, FONT_SMALL, legend[k].name, lx + 28, ly, 0x3c434a, 0);
        lx += 28 + text_width(t, FONT_SMALL, legend[k].name, strlen(legend[k].name)) + 22;
    }
}

static void draw_chart(SDL_Renderer *rd, Text *t, const Report *r)
{
    draw_axes(rd, t, r);
    draw_harm_columns(rd, r);
    double ys[3];
    report_end_labels(r, ys, text_height(t, FONT_BOLD) + 2, py);
    draw_series(rd, t, r, "rapport", 0x1f6fb2, 4, (int)ys[2]);
    draw_series(rd, t, r, "discord", 0xc0392b, 9, (int)ys[1]);
    draw_series(rd, t, r, "resistance", 0x1d2327, 0, (int)ys[0]);
    draw_turn_marks(rd, t, r);
    draw_legend(rd, t);
    SDL_RenderPresent(rd);
}

int report_png(const char *path, const Report *r, char *err, size_t size)
{
    Chart c;
    if (chart_open(&c, err, size) != 0) return -1;
    draw_chart(c.rd, c.t, r);
    int rc = save_chart(path, c.surf, err, size);
    chart_close(&c);
    return rc;
}
