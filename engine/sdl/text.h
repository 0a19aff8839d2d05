/* text: fonts found through fontconfig, drawing UTF-8 text with SDL2_ttf through a cache of
 * textures, and word wrapping that never splits a UTF-8 sequence. */
#ifndef RAPPORT_TEXT_H
#define RAPPORT_TEXT_H
#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>

enum { FONT_BODY, FONT_BOLD, FONT_SMALL, FONT_TITLE, FONT_COUNT };

typedef struct Text Text;

/* Finds a regular and a bold sans-serif font (or uses override, a .ttf path). NULL with a
 * one-line message in err when no font can be found or opened. */
Text *text_open(const char *override, char *err, size_t errsz);
void text_close(Text *t);
/* Opens the fonts at a body size in pixels; drops cached textures. 0, or -1 with err. */
int text_set_size(Text *t, int px, char *err, size_t errsz);
const char *text_font_path(const Text *t);
int text_height(Text *t, int font);
int text_width(Text *t, int font, const char *s, size_t len);
/* Draws s[0..len) with its top-left corner at (x, y); returns the width drawn. */
int text_draw(Text *t, SDL_Renderer *r, int font, const char *s, size_t len, int x, int y,
              SDL_Color c);

#define TEXT_MAX_LINES 512

typedef struct Wrapped {
    int n;
    int start[TEXT_MAX_LINES], len[TEXT_MAX_LINES];
} Wrapped;

/* Breaks s into lines no wider than width: at spaces, at '\n', and inside a word only when
 * the word alone is too wide (then between code points). Results are cached. */
const Wrapped *text_wrap(Text *t, int font, const char *s, int width);
/* The number of code points in s[0..len). */
size_t utf8_count(const char *s, size_t len);
/* The byte length of the first n code points of s (bounded by len). */
size_t utf8_prefix(const char *s, size_t len, size_t n);
/* Drops every cached texture (the renderer is going away, or the theme changed). */
void text_flush(Text *t);
/* Called once per frame: ages the cache. */
void text_frame(Text *t);

#endif
