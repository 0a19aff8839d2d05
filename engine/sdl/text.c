/* text: fontconfig lookup, SDL2_ttf fonts, a texture cache and a wrap cache (both keyed by
 * the engine's one hash, core/hash.h). */
#include "text.h"

#include <SDL_ttf.h>
#include <fontconfig/fontconfig.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../core/hash.h"

#define CACHE_SIZE 1024
#define WRAP_CACHE 128

typedef struct CacheEntry {
    uint64_t key;
    SDL_Texture *tex;
    SDL_Renderer *r;
    int w, h;
    unsigned used;
} CacheEntry;

typedef struct WrapEntry {
    uint64_t key;
    unsigned used;
    Wrapped *w;
} WrapEntry;

/* Texts that asked fontconfig: the last one to close releases it (FcFini), so a session
 * leaves no fontconfig memory behind for leak checkers to report. */
static int fc_users;

struct Text {
    bool fc; /* this one holds fontconfig */
    char path[1024], bold_path[1024];
    TTF_Font *font[FONT_COUNT];
    int size;
    CacheEntry cache[CACHE_SIZE];
    WrapEntry wraps[WRAP_CACHE];
    unsigned frame;
};

static bool readable(const char *p)
{
    FILE *f = fopen(p, "rb");
    if (!f) return false;
    fclose(f);
    return true;
}

/* Asks fontconfig for the best match of a pattern; copies the file path. */
static bool fc_find(const char *pattern, char *out, size_t size)
{
    FcPattern *pat = FcNameParse((const FcChar8 *)pattern);
    if (!pat) return false;
    FcConfigSubstitute(NULL, pat, FcMatchPattern);
    FcDefaultSubstitute(pat);
    FcResult res;
    FcPattern *m = FcFontMatch(NULL, pat, &res);
    bool ok = false;
    FcChar8 *file = NULL;
    if (m && FcPatternGetString(m, FC_FILE, 0, &file) == FcResultMatch && file) {
        size_t n = strlen((const char *)file);
        /* TTF_OpenFont reads TrueType and OpenType; skip bitmap-only matches. */
        bool scalable = n > 4 && (!strcasecmp((const char *)file + n - 4, ".ttf") ||
                                  !strcasecmp((const char *)file + n - 4, ".otf") ||
                                  !strcasecmp((const char *)file + n - 4, ".ttc"));
        if (scalable && readable((const char *)file)) {
            snprintf(out, size, "%s", (const char *)file);
            ok = true;
        }
    }
    if (m) FcPatternDestroy(m);
    FcPatternDestroy(pat);
    return ok;
}

Text *text_open(const char *override, char *err, size_t errsz)
{
    Text *t = calloc(1, sizeof *t);
    if (!t) {
        snprintf(err, errsz, "rapport: out of memory");
        return NULL;
    }
    if (!TTF_WasInit() && TTF_Init() != 0) {
        snprintf(err, errsz, "rapport: cannot start SDL2_ttf: %s", TTF_GetError());
        free(t);
        return NULL;
    }
    if (override && *override) {
        if (!readable(override)) {
            snprintf(err, errsz, "rapport: the font set in settings cannot be read: %s", override);
            free(t);
            return NULL;
        }
        snprintf(t->path, sizeof t->path, "%s", override);
        snprintf(t->bold_path, sizeof t->bold_path, "%s", override);
        return t;
    }
    if (!FcInit()) {
        snprintf(err, errsz, "rapport: cannot start fontconfig to find a font");
        free(t);
        return NULL;
    }
    t->fc = true;
    fc_users++;
    if (!fc_find("DejaVu Sans", t->path, sizeof t->path) &&
        !fc_find("sans-serif", t->path, sizeof t->path)) {
        snprintf(err, errsz,
                 "rapport: no font found: install fonts-dejavu-core (apt-get install "
                 "fonts-dejavu-core) or set font = /path/to/font.ttf in the settings file");
        text_close(t);
        return NULL;
    }
    if (!fc_find("DejaVu Sans:bold", t->bold_path, sizeof t->bold_path) &&
        !fc_find("sans-serif:bold", t->bold_path, sizeof t->bold_path))
        snprintf(t->bold_path, sizeof t->bold_path, "%s", t->path);
    return t;
}

const char *text_font_path(const Text *t)
{
    return t->path;
}

void text_flush(Text *t)
{
    for (int i = 0; i < CACHE_SIZE; i++) {
        if (t->cache[i].tex) SDL_DestroyTexture(t->cache[i].tex);
        t->cache[i] = (CacheEntry){0};
    }
}

static void wraps_flush(Text *t)
{
    for (int i = 0; i < WRAP_CACHE; i++) {
        free(t->wraps[i].w);
        t->wraps[i] = (WrapEntry){0};
    }
}

void text_close(Text *t)
{
    if (!t) return;
    text_flush(t);
    wraps_flush(t);
    for (int i = 0; i < FONT_COUNT; i++)
        if (t->font[i]) TTF_CloseFont(t->font[i]);
    if (t->fc && --fc_users == 0) FcFini();
    free(t);
}

int text_set_size(Text *t, int px, char *err, size_t errsz)
{
    TTF_Font *f[FONT_COUNT];
    int sizes[FONT_COUNT] = {px, px, px * 4 / 5 > 10 ? px * 4 / 5 : 10, px * 13 / 10};
    const char *paths[FONT_COUNT] = {t->path, t->bold_path, t->path, t->bold_path};
    for (int i = 0; i < FONT_COUNT; i++) {
        f[i] = TTF_OpenFont(paths[i], sizes[i]);
        if (!f[i]) {
            snprintf(err, errsz, "rapport: cannot open font %s: %s", paths[i], TTF_GetError());
            for (int j = 0; j < i; j++)
                TTF_CloseFont(f[j]);
            return -1;
        }
        TTF_SetFontHinting(f[i], TTF_HINTING_LIGHT);
    }
    for (int i = 0; i < FONT_COUNT; i++) {
        if (t->font[i]) TTF_CloseFont(t->font[i]);
        t->font[i] = f[i];
    }
    t->size = px;
    text_flush(t);
    wraps_flush(t);
    return 0;
}

int text_height(Text *t, int font)
{
    return TTF_FontLineSkip(t->font[font]);
}

int text_width(Text *t, int font, const char *s, size_t len)
{
    if (!len) return 0;
    char buf[2048];
    char *tmp = len < sizeof buf ? buf : malloc(len + 1);
    if (!tmp) return 0;
    memcpy(tmp, s, len);
    tmp[len] = '\0';
    int w = 0, h = 0;
    TTF_SizeUTF8(t->font[font], tmp, &w, &h);
    if (tmp != buf) free(tmp);
    return w;
}

void text_frame(Text *t)
{
    t->frame++;
}

int text_draw(Text *t, SDL_Renderer *r, int font, const char *s, size_t len, int x, int y,
              SDL_Color c)
{
    if (!len) return 0;
    uint64_t key = hash_bytes(HASH_FNV_BASIS, s, len);
    key = hash_bytes(key, &font, sizeof font);
    key = hash_bytes(key, &c, sizeof c);
    unsigned slot = (unsigned)(key % CACHE_SIZE);
    /* Two-way: the slot and its neighbour; replace the older. */
    CacheEntry *e = NULL;
    for (unsigned k = 0; k < 2; k++) {
        CacheEntry *cand = &t->cache[(slot + k) % CACHE_SIZE];
        if (cand->tex && cand->key == key && cand->r == r) e = cand;
    }
    if (!e) {
        CacheEntry *a = &t->cache[slot], *b = &t->cache[(slot + 1) % CACHE_SIZE];
        e = !a->tex ? a : !b->tex ? b : a->used <= b->used ? a : b;
        if (e->tex) SDL_DestroyTexture(e->tex);
        *e = (CacheEntry){0};
        char buf[2048];
        char *tmp = len < sizeof buf ? buf : malloc(len + 1);
        if (!tmp) return 0;
        memcpy(tmp, s, len);
        tmp[len] = '\0';
        SDL_Surface *surf = TTF_RenderUTF8_Blended(t->font[font], tmp, c);
        if (tmp != buf) free(tmp);
        if (!surf) return 0;
        e->tex = SDL_CreateTextureFromSurface(r, surf);
        e->w = surf->w;
        e->h = surf->h;
        SDL_FreeSurface(surf);
        if (!e->tex) return 0;
        e->key = key;
        e->r = r;
    }
    e->used = t->frame;
    SDL_Rect dst = {x, y, e->w, e->h};
    SDL_RenderCopy(r, e->tex, NULL, &dst);
    return e->w;
}

size_t utf8_count(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) n++;
    return n;
}

size_t utf8_prefix(const char *s, size_t len, size_t n)
{
    size_t i = 0, k = 0;
    while (i < len) {
        if (((unsigned char)s[i] & 0xC0) != 0x80) {
            if (k == n) return i;
            k++;
        }
        i++;
    }
    return len;
}

static size_t next_cp(const char *s, size_t i, size_t len)
{
    i++;
    while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80)
        i++;
    return i;
}

static void wrap_into(Text *t, int font, const char *s, int width, Wrapped *w)
{
    size_t len = strlen(s), pos = 0;
    w->n = 0;
    while (pos <= len && w->n < TEXT_MAX_LINES) {
        /* The paragraph ends at '\n' or the end. */
        size_t para_end = pos;
        while (para_end < len && s[para_end] != '\n')
            para_end++;
        size_t ls = pos;
        if (ls == para_end) {
            w->start[w->n] = (int)ls;
            w->len[w->n++] = 0;
        }
        while (ls < para_end && w->n < TEXT_MAX_LINES) {
            /* Greedy: extend to the last space that still fits. */
            size_t best = 0, i = ls;
            bool fits_all = text_width(t, font, s + ls, para_end - ls) <= width;
            if (fits_all) {
                best = para_end;
            } else {
                while (i < para_end) {
                    size_t j = i;
                    while (j < para_end && s[j] != ' ')
                        j = next_cp(s, j, para_end);
                    if (text_width(t, font, s + ls, j - ls) > width) break;
                    best = j;
                    i = j < para_end ? j + 1 : j;
                }
                if (best == 0) {
                    /* One word wider than the line: cut it between code points. */
                    size_t j = next_cp(s, ls, para_end);
                    while (j < para_end &&
                           text_width(t, font, s + ls, next_cp(s, j, para_end) - ls) <= width)
                        j = next_cp(s, j, para_end);
                    best = j;
                }
            }
            w->start[w->n] = (int)ls;
            w->len[w->n++] = (int)(best - ls);
            ls = best;
            while (ls < para_end && s[ls] == ' ')
                ls++;
        }
        pos = para_end + 1;
    }
}

const Wrapped *text_wrap(Text *t, int font, const char *s, int width)
{
    static Wrapped empty;
    if (!s) return &empty;
    if (width < 8) width = 8;
    uint64_t key = hash_bytes(HASH_FNV_BASIS, s, strlen(s));
    key = hash_bytes(key, &font, sizeof font);
    key = hash_bytes(key, &width, sizeof width);
    unsigned slot = (unsigned)(key % WRAP_CACHE);
    WrapEntry *e = &t->wraps[slot];
    if (e->w && e->key == key) {
        e->used = t->frame;
        return e->w;
    }
    if (!e->w && !(e->w = malloc(sizeof *e->w))) return &empty;
    wrap_into(t, font, s, width, e->w);
    e->key = key;
    e->used = t->frame;
    return e->w;
}
