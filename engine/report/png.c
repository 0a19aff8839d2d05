/* report png: the debrief's chart alone as an image, drawn with the engine's own renderer
 * (SDL2's software renderer onto a surface, text through engine/sdl/text.c) and saved as PNG
 * by a small writer here: zlib compresses the rows and computes the chunk checksums. */
#include <SDL.h>
#include <cjson/cJSON.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

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

static void put32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)(v >> 24), p[1] = (unsigned char)(v >> 16),
    p[2] = (unsigned char)(v >> 8), p[3] = (unsigned char)v;
}

static bool chunk(FILE *f, const char *type, const unsigned char *data, uint32_t len)
{
    unsigned char head[8];
    put32(head, len);
    memcpy(head + 4, type, 4);
    uLong crc = crc32(0L, (const Bytef *)type, 4);
    if (len) crc = crc32(crc, data, len);
    unsigned char tail[4];
    put32(tail, (uint32_t)crc);
    return fwrite(head, 1, 8, f) == 8 && (!len || fwrite(data, 1, len, f) == len) &&
           fwrite(tail, 1, 4, f) == 4;
}

/* An 8-bit RGB PNG of w x h pixels (rows of 3*w bytes, pitch apart). 0, or -1. */
static int png_write(const char *path, const unsigned char *pixels, int w, int h, int pitch)
{
    size_t raw_len = (size_t)h * (size_t)(3 * w + 1);
    unsigned char *raw = malloc(raw_len);
    uLongf zlen = compressBound((uLong)raw_len);
    unsigned char *z = malloc(zlen);
    int rc = -1;
    if (raw && z) {
        for (int y = 0; y < h; y++) {
            raw[(size_t)y * (size_t)(3 * w + 1)] = 0; /* filter: none */
            memcpy(raw + (size_t)y * (size_t)(3 * w + 1) + 1, pixels + (size_t)y * (size_t)pitch,
                   (size_t)(3 * w));
        }
        if (compress2(z, &zlen, raw, (uLong)raw_len, 9) == Z_OK) {
            FILE *f = fopen(path, "wb");
            unsigned char ihdr[13];
            put32(ihdr, (uint32_t)w);
            put32(ihdr + 4, (uint32_t)h);
            ihdr[8] = 8, ihdr[9] = 2, ihdr[10] = 0, ihdr[11] = 0,
            ihdr[12] = 0; /* 8 bits, RGB, deflate, no interlace */
            static const unsigned char sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
            bool ok = f && fwrite(sig, 1, 8, f) == 8 && chunk(f, "IHDR", ihdr, 13) &&
                      chunk(f, "IDAT", z, (uint32_t)zlen) && chunk(f, "IEND", NULL, 0);
            if (f) ok = fclose(f) == 0 && ok;
            rc = ok ? 0 : -1;
        }
    }
    free(raw);
    free(z);
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

int report_png(const char *path, const Report *r, char *err, size_t size)
{
    SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, PW, PH, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Renderer *rd = surf ? SDL_CreateSoftwareRenderer(surf) : NULL;
    Text *t = rd ? text_open(NULL, err, size) : NULL;
    if (!rd) snprintf(err, size, "rapport report: cannot draw the chart: %s", SDL_GetError());
    if (!t || text_set_size(t, 15, err, size) != 0) {
        if (t) text_close(t);
        if (rd) SDL_DestroyRenderer(rd);
        SDL_FreeSurface(surf);
        return -1;
    }
    int n = r->nturns;
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
    /* Harmful turns: a faint band up the chart; every turn: a disc coloured by its move. */
    for (int i = 1; i <= n; i++) {
        const ReportTurn *tu = &r->turns[i - 1];
        if (!report_miti_harmful(tu->miti)) continue;
        color(rd, 0xf2c4c0);
        SDL_Rect col = {(int)px(i, n) - 3, PT, 7, (int)(py(0) - PT)};
        SDL_RenderFillRect(rd, &col);
    }
    double ys[3];
    report_end_labels(r, ys, text_height(t, FONT_BOLD) + 2, py);
    draw_series(rd, t, r, "rapport", 0x1f6fb2, 4, (int)ys[2]);
    draw_series(rd, t, r, "discord", 0xc0392b, 9, (int)ys[1]);
    draw_series(rd, t, r, "resistance", 0x1d2327, 0, (int)ys[0]);
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
    /* The legend along the bottom. */
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
    SDL_RenderPresent(rd);
    SDL_Surface *rgb = SDL_ConvertSurfaceFormat(surf, SDL_PIXELFORMAT_RGB24, 0);
    int rc = rgb ? png_write(path, rgb->pixels, rgb->w, rgb->h, rgb->pitch) : -1;
    if (rc != 0) snprintf(err, size, "rapport report: cannot write %s", path);
    SDL_FreeSurface(rgb);
    text_close(t);
    SDL_DestroyRenderer(rd);
    SDL_FreeSurface(surf);
    return rc;
}
