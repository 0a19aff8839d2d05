/* image: loading PNG and BMP files as 8-bit RGB and saving PNG, for the test tools. libpng does
 * every PNG read and write (so any colour type, depth or interlacing is read, and checksums are
 * checked); SDL reads BMP. Every allocation is checked and every path frees what it took:
 * these tools run under valgrind. */
#include "image.h"

#include <SDL.h>
#include <png.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Larger images than this are refused: no test makes one, and a corrupt header should not make
 * a tool allocate gigabytes. */
enum { MAX_SIDE = 20000 };

/* Where libpng's error and warning handlers put their message (the error pointer). */
typedef struct ErrBuf {
    char *err;
    size_t size;
    const char *path;
} ErrBuf;

static int fail(const ErrBuf *e, const char *fmt, ...)
{
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    snprintf(e->err, e->size, "%s: %s", e->path, msg);
    return -1;
}

/* libpng calls this on any error; it must not return, so it jumps back to the setjmp. */
static void on_png_error(png_structp png, png_const_charp msg)
{
    fail(png_get_error_ptr(png), "%s", msg);
    png_longjmp(png, 1);
}

/* Warnings (a benign ancillary chunk, say) do not matter to a pixel comparison. */
static void on_png_warning(png_structp png, png_const_charp msg)
{
    (void)png;
    (void)msg;
}

static void free_rows(Image *img, png_bytep *rows)
{
    free(rows);
    image_free(img);
}

/* Reads the pixels once libpng has the header: converts to 8-bit RGB, then one buffer and one
 * row table. Runs under read_png's setjmp; whatever it allocated is in IMG and *ROWS so the
 * error path can free it. */
static void read_pixels(png_structp png, png_infop info, Image *img, png_bytep **rows)
{
    png_read_info(png, info);
    png_set_expand(png);      /* palette to RGB, low-bit grey to 8 bits, tRNS to alpha */
    png_set_strip_16(png);    /* 16-bit channels to 8 */
    png_set_strip_alpha(png); /* the checks compare colour only, as they always did */
    png_set_gray_to_rgb(png);
    png_set_interlace_handling(png);
    png_read_update_info(png, info);
    png_uint_32 w = png_get_image_width(png, info), h = png_get_image_height(png, info);
    if (png_get_rowbytes(png, info) != (size_t)w * 3) png_error(png, "not convertible to RGB");
    img->rgb = malloc((size_t)w * (size_t)h * 3);
    *rows = malloc((size_t)h * sizeof **rows);
    if (!img->rgb || !*rows) png_error(png, "out of memory");
    img->w = (int)w;
    img->h = (int)h;
    for (png_uint_32 y = 0; y < h; y++)
        (*rows)[y] = img->rgb + (size_t)y * (size_t)w * 3;
    png_read_image(png, *rows);
    png_read_end(png, NULL);
}

/* F is open just past the 8-byte signature. The row table lives in the caller (ROWS), not
 * here: a local changed between setjmp and longjmp would be indeterminate after the jump. */
static int read_png(FILE *f, Image *img, png_bytep **rows, const ErrBuf *e)
{
    png_structp png =
        png_create_read_struct(PNG_LIBPNG_VER_STRING, (void *)e, on_png_error, on_png_warning);
    png_infop info = png ? png_create_info_struct(png) : NULL;
    if (!info) {
        png_destroy_read_struct(&png, NULL, NULL);
        return fail(e, "out of memory");
    }
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_read_struct(&png, &info, NULL);
        free_rows(img, *rows);
        *rows = NULL;
        return -1;
    }
    png_set_user_limits(png, MAX_SIDE, MAX_SIDE);
    png_init_io(png, f);
    png_set_sig_bytes(png, 8);
    read_pixels(png, info, img, rows);
    png_destroy_read_struct(&png, &info, NULL);
    free(*rows);
    *rows = NULL;
    return 0;
}

static int load_bmp(const char *path, Image *img, const ErrBuf *e)
{
    SDL_Surface *s = SDL_LoadBMP(path);
    if (!s) return fail(e, "%s", SDL_GetError());
    SDL_Surface *c = SDL_ConvertSurfaceFormat(s, SDL_PIXELFORMAT_RGB24, 0);
    SDL_FreeSurface(s);
    if (!c) return fail(e, "%s", SDL_GetError());
    if (c->w > MAX_SIDE || c->h > MAX_SIDE) {
        SDL_FreeSurface(c);
        return fail(e, "larger than %dx%d", MAX_SIDE, MAX_SIDE);
    }
    img->rgb = malloc((size_t)c->w * (size_t)c->h * 3);
    if (!img->rgb) {
        SDL_FreeSurface(c);
        return fail(e, "out of memory");
    }
    img->w = c->w;
    img->h = c->h;
    for (int y = 0; y < c->h; y++)
        memcpy(img->rgb + (size_t)y * (size_t)c->w * 3,
               (const uint8_t *)c->pixels + (size_t)y * (size_t)c->pitch, (size_t)c->w * 3);
    SDL_FreeSurface(c);
    return 0;
}

int image_load(const char *path, Image *img, char *err, size_t size)
{
    ErrBuf e = {err, size, path};
    *img = (Image){0, 0, NULL};
    FILE *f = fopen(path, "rb");
    if (!f) return fail(&e, "cannot open");
    png_byte sig[8];
    bool png = fread(sig, 1, sizeof sig, f) == sizeof sig && png_sig_cmp(sig, 0, sizeof sig) == 0;
    png_bytep *rows = NULL;
    int rc = png ? read_png(f, img, &rows, &e) : 0;
    fclose(f);
    return png ? rc : load_bmp(path, img, &e);
}

/* Runs under save's setjmp: the header and the rows, one at a time straight from IMG. */
static void write_pixels(png_structp png, png_infop info, FILE *f, const Image *img)
{
    png_init_io(png, f);
    png_set_IHDR(png, info, (png_uint_32)img->w, (png_uint_32)img->h, 8, PNG_COLOR_TYPE_RGB,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_compression_level(png, 9); /* goldens are committed: smaller beats faster */
    png_write_info(png, info);
    for (int y = 0; y < img->h; y++)
        png_write_row(png, img->rgb + (size_t)y * (size_t)img->w * 3);
    png_write_end(png, NULL);
}

static int save(FILE *f, const Image *img, const ErrBuf *e)
{
    png_structp png =
        png_create_write_struct(PNG_LIBPNG_VER_STRING, (void *)e, on_png_error, on_png_warning);
    png_infop info = png ? png_create_info_struct(png) : NULL;
    if (!info) {
        png_destroy_write_struct(&png, NULL);
        return fail(e, "out of memory");
    }
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return -1;
    }
    write_pixels(png, info, f, img);
    png_destroy_write_struct(&png, &info);
    return 0;
}

int image_save_png(const char *path, const Image *img, char *err, size_t size)
{
    ErrBuf e = {err, size, path};
    if (!img->rgb || img->w <= 0 || img->h <= 0) return fail(&e, "no image to write");
    FILE *f = fopen(path, "wb");
    if (!f) return fail(&e, "cannot write");
    /* Only a regular file is removed after a failed write: not /dev/stdout, say. */
    struct stat st;
    bool regular = fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode);
    int rc = save(f, img, &e);
    if (fclose(f) != 0 && rc == 0) rc = fail(&e, "cannot write");
    if (regular && rc != 0) remove(path);
    return rc;
}

void image_free(Image *img)
{
    free(img->rgb);
    *img = (Image){0, 0, NULL};
}
