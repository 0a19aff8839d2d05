/* imgcmp: the image checks behind the render tests. Reads BMP (SDL) and PNG (zlib), writes
 * PNG for the golden images, and compares frames within a tolerance.
 *
 *   imgcmp topng IN.bmp OUT.png
 *   imgcmp compare GOLDEN FRAME [--tol N] [--max-pct P] [--max-mean M]
 *   imgcmp differ A B --region X,Y,W,H --min-pct P [--tol N]
 *   imgcmp ink A --region X,Y,W,H --bg R,G,B --min-pct P [--tol N]
 *   imgcmp size A WxH
 *
 * Exit codes: 0 the check holds, 1 it does not, 2 bad arguments or unreadable files. */
#include <SDL.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

typedef struct Image {
    int w, h;
    uint8_t *rgb; /* w * h * 3 */
} Image;

static int fail_io(const char *path, const char *what)
{
    fprintf(stderr, "imgcmp: %s: %s\n", path, what);
    return -1;
}

static uint32_t be32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static void put32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)(v >> 24);
    p[1] = (uint8_t)(v >> 16);
    p[2] = (uint8_t)(v >> 8);
    p[3] = (uint8_t)v;
}

static int paeth(int a, int b, int c)
{
    int p = a + b - c, pa = abs(p - a), pb = abs(p - b), pc = abs(p - c);
    return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

static int load_png(const char *path, Image *img)
{
    FILE *f = fopen(path, "rb");
    if (!f) return fail_io(path, "cannot open");
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    uint8_t *buf = malloc((size_t)n);
    if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) {
        fclose(f);
        free(buf);
        return fail_io(path, "cannot read");
    }
    fclose(f);
    static const uint8_t sig[8] = {137, 80, 78, 71, 13, 10, 26, 10};
    if (n < 8 || memcmp(buf, sig, 8)) {
        free(buf);
        return fail_io(path, "not a PNG file");
    }
    uint8_t *idat = NULL;
    size_t idat_len = 0;
    int w = 0, h = 0, ctype = -1, depth = 0, interlace = 0;
    for (long p = 8; p + 12 <= n;) {
        uint32_t len = be32(buf + p);
        const uint8_t *type = buf + p + 4, *data = buf + p + 8;
        if (p + 12 + (long)len > n) break;
        if (!memcmp(type, "IHDR", 4) && len >= 13) {
            w = (int)be32(data);
            h = (int)be32(data + 4);
            depth = data[8];
            ctype = data[9];
            interlace = data[12];
        } else if (!memcmp(type, "IDAT", 4)) {
            uint8_t *d = realloc(idat, idat_len + len);
            if (!d) break;
            idat = d;
            memcpy(idat + idat_len, data, len);
            idat_len += len;
        }
        p += 12 + (long)len;
    }
    free(buf);
    int bpp = ctype == 2 ? 3 : ctype == 6 ? 4 : 0;
    if (depth != 8 || !bpp || interlace || w <= 0 || h <= 0 || !idat) {
        free(idat);
        return fail_io(path, "only 8-bit RGB or RGBA, non-interlaced PNG files are read");
    }
    size_t stride = (size_t)w * (size_t)bpp, raw_len = (stride + 1) * (size_t)h;
    uint8_t *raw = malloc(raw_len);
    uLongf out_len = (uLongf)raw_len;
    if (!raw || uncompress(raw, &out_len, idat, (uLong)idat_len) != Z_OK || out_len != raw_len) {
        free(raw);
        free(idat);
        return fail_io(path, "corrupt image data");
    }
    free(idat);
    img->w = w;
    img->h = h;
    img->rgb = malloc((size_t)w * (size_t)h * 3);
    uint8_t *prev = calloc(stride, 1), *cur = malloc(stride);
    if (!img->rgb || !prev || !cur) {
        free(raw);
        free(prev);
        free(cur);
        return fail_io(path, "out of memory");
    }
    for (int y = 0; y < h; y++) {
        const uint8_t *row = raw + (stride + 1) * (size_t)y;
        int ft = row[0];
        for (size_t i = 0; i < stride; i++) {
            int a = i >= (size_t)bpp ? cur[i - (size_t)bpp] : 0, b = prev[i],
                c = i >= (size_t)bpp ? prev[i - (size_t)bpp] : 0;
            int x = row[1 + i];
            int v = ft == 0   ? x
                    : ft == 1 ? x + a
                    : ft == 2 ? x + b
                    : ft == 3 ? x + (a + b) / 2
                              : x + paeth(a, b, c);
            cur[i] = (uint8_t)v;
        }
        for (int x = 0; x < w; x++)
            memcpy(img->rgb + ((size_t)y * (size_t)w + (size_t)x) * 3,
                   cur + (size_t)x * (size_t)bpp, 3);
        uint8_t *t = prev;
        prev = cur;
        cur = t;
    }
    free(raw);
    free(prev);
    free(cur);
    return 0;
}

static int load_bmp(const char *path, Image *img)
{
    SDL_Surface *s = SDL_LoadBMP(path);
    if (!s) return fail_io(path, SDL_GetError());
    SDL_Surface *c = SDL_ConvertSurfaceFormat(s, SDL_PIXELFORMAT_RGB24, 0);
    SDL_FreeSurface(s);
    if (!c) return fail_io(path, SDL_GetError());
    img->w = c->w;
    img->h = c->h;
    img->rgb = malloc((size_t)c->w * (size_t)c->h * 3);
    if (!img->rgb) {
        SDL_FreeSurface(c);
        return fail_io(path, "out of memory");
    }
    for (int y = 0; y < c->h; y++)
        memcpy(img->rgb + (size_t)y * (size_t)c->w * 3,
               (uint8_t *)c->pixels + (size_t)y * (size_t)c->pitch, (size_t)c->w * 3);
    SDL_FreeSurface(c);
    return 0;
}

static int load(const char *path, Image *img)
{
    size_t n = strlen(path);
    return n > 4 && !strcmp(path + n - 4, ".png") ? load_png(path, img) : load_bmp(path, img);
}

static void chunk(FILE *f, const char *type, const uint8_t *data, uint32_t len)
{
    uint8_t hdr[8];
    put32(hdr, len);
    memcpy(hdr + 4, type, 4);
    fwrite(hdr, 1, 8, f);
    if (len) fwrite(data, 1, len, f);
    uLong crc = crc32(0, hdr + 4, 4);
    if (len) crc = crc32(crc, data, len);
    uint8_t c[4];
    put32(c, (uint32_t)crc);
    fwrite(c, 1, 4, f);
}

/* Each row gets the filter with the smallest sum of magnitudes (the usual heuristic). */
static int save_png(const char *path, const Image *img)
{
    size_t stride = (size_t)img->w * 3, raw_len = (stride + 1) * (size_t)img->h;
    uint8_t *raw = malloc(raw_len), *cand = malloc(stride);
    if (!raw || !cand) return fail_io(path, "out of memory");
    for (int y = 0; y < img->h; y++) {
        const uint8_t *row = img->rgb + stride * (size_t)y, *up = y ? row - stride : NULL;
        long best = -1;
        for (int ft = 0; ft < 5; ft++) {
            long sum = 0;
            for (size_t i = 0; i < stride; i++) {
                int a = i >= 3 ? row[i - 3] : 0, b = up ? up[i] : 0,
                    c = i >= 3 && up ? up[i - 3] : 0;
                int pred = ft == 0   ? 0
                           : ft == 1 ? a
                           : ft == 2 ? b
                           : ft == 3 ? (a + b) / 2
                                     : paeth(a, b, c);
                cand[i] = (uint8_t)(row[i] - pred);
                sum += cand[i] < 128 ? cand[i] : 256 - cand[i];
            }
            if (best < 0 || sum < best) {
                best = sum;
                raw[(stride + 1) * (size_t)y] = (uint8_t)ft;
                memcpy(raw + (stride + 1) * (size_t)y + 1, cand, stride);
            }
        }
    }
    free(cand);
    uLongf zlen = compressBound((uLong)raw_len);
    uint8_t *z = malloc(zlen);
    if (!z || compress2(z, &zlen, raw, (uLong)raw_len, 9) != Z_OK) {
        free(raw);
        free(z);
        return fail_io(path, "cannot compress");
    }
    free(raw);
    FILE *f = fopen(path, "wb");
    if (!f) {
        free(z);
        return fail_io(path, "cannot write");
    }
    static const uint8_t sig[8] = {137, 80, 78, 71, 13, 10, 26, 10};
    fwrite(sig, 1, 8, f);
    uint8_t ihdr[13] = {0};
    put32(ihdr, (uint32_t)img->w);
    put32(ihdr + 4, (uint32_t)img->h);
    ihdr[8] = 8;
    ihdr[9] = 2;
    chunk(f, "IHDR", ihdr, 13);
    chunk(f, "IDAT", z, (uint32_t)zlen);
    chunk(f, "IEND", NULL, 0);
    free(z);
    return fclose(f) == 0 ? 0 : fail_io(path, "cannot write");
}

typedef struct Region {
    int x, y, w, h;
} Region;

static int pixel_diff(const uint8_t *a, const uint8_t *b)
{
    int d = 0;
    for (int k = 0; k < 3; k++) {
        int e = abs((int)a[k] - (int)b[k]);
        if (e > d) d = e;
    }
    return d;
}

static Region clip(Region r, const Image *img)
{
    if (r.w <= 0) r = (Region){0, 0, img->w, img->h};
    if (r.x < 0) r.w += r.x, r.x = 0;
    if (r.y < 0) r.h += r.y, r.y = 0;
    if (r.x + r.w > img->w) r.w = img->w - r.x;
    if (r.y + r.h > img->h) r.h = img->h - r.y;
    return r;
}

static int usage(void)
{
    fprintf(stderr, "usage: imgcmp topng IN OUT.png | compare GOLDEN FRAME [--tol N] [--max-pct P] "
                    "[--max-mean M] | "
                    "differ A B --region X,Y,W,H --min-pct P | ink A --region X,Y,W,H --bg R,G,B "
                    "--min-pct P | size A WxH\n");
    return 2;
}

int main(int argc, char **argv)
{
    if (argc < 3) return usage();
    const char *cmd = argv[1];
    Region reg = {0, 0, 0, 0};
    int tol = 24, bg[3] = {0, 0, 0};
    double max_pct = 1.0, max_mean = 2.0, min_pct = 0;
    int nfiles = 0;
    const char *files[2] = {NULL, NULL};
    for (int i = 2; i < argc; i++) {
        const char *o = argv[i], *v = i + 1 < argc ? argv[i + 1] : "";
        if (!strcmp(o, "--region") && sscanf(v, "%d,%d,%d,%d", &reg.x, &reg.y, &reg.w, &reg.h) == 4)
            i++;
        else if (!strcmp(o, "--bg") && sscanf(v, "%d,%d,%d", &bg[0], &bg[1], &bg[2]) == 3)
            i++;
        else if (!strcmp(o, "--tol") && sscanf(v, "%d", &tol) == 1)
            i++;
        else if (!strcmp(o, "--max-pct") && sscanf(v, "%lf", &max_pct) == 1)
            i++;
        else if (!strcmp(o, "--max-mean") && sscanf(v, "%lf", &max_mean) == 1)
            i++;
        else if (!strcmp(o, "--min-pct") && sscanf(v, "%lf", &min_pct) == 1)
            i++;
        else if (o[0] != '-' && nfiles < 2)
            files[nfiles++] = o;
        else
            return usage();
    }
    Image a = {0}, b = {0};
    if (!files[0] || load(files[0], &a) != 0) return 2;
    if (!strcmp(cmd, "topng")) return files[1] && save_png(files[1], &a) == 0 ? 0 : 2;
    if (!strcmp(cmd, "size")) {
        int w, h;
        if (!files[1] || sscanf(files[1], "%dx%d", &w, &h) != 2) return usage();
        printf("%s: %dx%d\n", files[0], a.w, a.h);
        return a.w == w && a.h == h ? 0 : 1;
    }
    if (!strcmp(cmd, "ink")) {
        Region r = clip(reg, &a);
        long n = 0, ink = 0;
        uint8_t bgc[3] = {(uint8_t)bg[0], (uint8_t)bg[1], (uint8_t)bg[2]};
        for (int y = r.y; y < r.y + r.h; y++)
            for (int x = r.x; x < r.x + r.w; x++, n++)
                ink += pixel_diff(a.rgb + ((size_t)y * (size_t)a.w + (size_t)x) * 3, bgc) > tol;
        double pct = n ? 100.0 * (double)ink / (double)n : 0;
        printf("%s: %.2f%% of the region differs from the background (at least %.2f%% wanted)\n",
               files[0], pct, min_pct);
        return pct >= min_pct ? 0 : 1;
    }
    if (!files[1] || load(files[1], &b) != 0) return 2;
    if (a.w != b.w || a.h != b.h) {
        printf("sizes differ: %s is %dx%d, %s is %dx%d\n", files[0], a.w, a.h, files[1], b.w, b.h);
        return 1;
    }
    Region r = clip(reg, &a);
    long n = 0, off = 0;
    double sum = 0;
    for (int y = r.y; y < r.y + r.h; y++)
        for (int x = r.x; x < r.x + r.w; x++, n++) {
            size_t i = ((size_t)y * (size_t)a.w + (size_t)x) * 3;
            int d = pixel_diff(a.rgb + i, b.rgb + i);
            sum += d;
            off += d > tol;
        }
    double pct = n ? 100.0 * (double)off / (double)n : 0, mean = n ? sum / (double)n : 0;
    if (!strcmp(cmd, "compare")) {
        printf("%s vs %s: %.3f%% of pixels differ by more than %d (at most %.3f%%), mean "
               "difference %.3f (at most %.3f)\n",
               files[0], files[1], pct, tol, max_pct, mean, max_mean);
        return pct <= max_pct && mean <= max_mean ? 0 : 1;
    }
    if (!strcmp(cmd, "differ")) {
        printf("%s vs %s: %.2f%% of the region differs by more than %d (at least %.2f%% wanted)\n",
               files[0], files[1], pct, tol, min_pct);
        return pct >= min_pct ? 0 : 1;
    }
    return usage();
}
