/* pngstat: reads an 8-bit RGB or RGBA PNG (zlib inflates; the five row filters undone here)
 * and prints "WIDTH HEIGHT COLOURS INKED_PERMILLE": the number of distinct colours (capped at
 * 65536) and how many pixels per thousand are not near-white. Used to check that a chart or a
 * screenshot is a real picture and not a blank or broken file. Exit 1 when it cannot read it. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

static uint32_t be32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static int paeth(int a, int b, int c)
{
    int p = a + b - c, pa = abs(p - a), pb = abs(p - b), pc = abs(p - c);
    return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: pngstat FILE.png\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        fprintf(stderr, "%s: cannot open\n", argv[1]);
        return 1;
    }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *buf = malloc((size_t)size);
    if (!buf || fread(buf, 1, (size_t)size, f) != (size_t)size) return 1;
    fclose(f);
    static const unsigned char sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (size < 33 || memcmp(buf, sig, 8) != 0 || memcmp(buf + 12, "IHDR", 4) != 0) {
        fprintf(stderr, "%s: not a PNG\n", argv[1]);
        return 1;
    }
    uint32_t w = be32(buf + 16), h = be32(buf + 20);
    int depth = buf[24], type = buf[25], interlace = buf[28];
    int bpp = type == 6 ? 4 : type == 2 ? 3 : 0;
    if (depth != 8 || !bpp || interlace || w == 0 || h == 0 || w > 20000 || h > 20000) {
        fprintf(stderr, "%s: only 8-bit RGB/RGBA, non-interlaced PNGs are read here\n", argv[1]);
        return 1;
    }
    /* Gather the IDAT chunks, checking each chunk's CRC on the way. */
    unsigned char *z = malloc((size_t)size);
    size_t zn = 0;
    for (long at = 8; at + 12 <= size;) {
        uint32_t len = be32(buf + at);
        if (at + 12 + (long)len > size)
            return fprintf(stderr, "%s: chunk runs past the end\n", argv[1]), 1;
        if ((uint32_t)crc32(crc32(0, NULL, 0), buf + at + 4, len + 4) != be32(buf + at + 8 + len))
            return fprintf(stderr, "%s: bad chunk checksum\n", argv[1]), 1;
        if (!memcmp(buf + at + 4, "IDAT", 4)) memcpy(z + zn, buf + at + 8, len), zn += len;
        if (!memcmp(buf + at + 4, "IEND", 4)) break;
        at += 12 + (long)len;
    }
    size_t stride = (size_t)w * (size_t)bpp, raw_len = (size_t)h * (stride + 1);
    unsigned char *raw = malloc(raw_len);
    uLongf got = (uLongf)raw_len;
    if (!raw || uncompress(raw, &got, z, (uLong)zn) != Z_OK || got != raw_len) {
        fprintf(stderr, "%s: the image data does not inflate to %ux%u pixels\n", argv[1], w, h);
        return 1;
    }
    unsigned char *img = malloc(raw_len), *prev = calloc(stride, 1);
    for (uint32_t y = 0; y < h; y++) {
        unsigned char *in = raw + (size_t)y * (stride + 1), *out = img + (size_t)y * stride;
        int filter = in[0];
        for (size_t x = 0; x < stride; x++) {
            int a = x >= (size_t)bpp ? out[x - (size_t)bpp] : 0, b = prev[x],
                c = x >= (size_t)bpp ? prev[x - (size_t)bpp] : 0;
            int pred = filter == 0   ? 0
                       : filter == 1 ? a
                       : filter == 2 ? b
                       : filter == 3 ? (a + b) / 2
                                     : paeth(a, b, c);
            out[x] = (unsigned char)(in[1 + x] + pred);
        }
        memcpy(prev, out, stride);
        if (filter > 4) return fprintf(stderr, "%s: unknown row filter %d\n", argv[1], filter), 1;
    }
    /* Distinct colours through an open-addressing set; pixels that are not near-white. */
    enum { CAP = 1 << 17, LIMIT = 65536 };
    uint32_t *set = calloc(CAP, sizeof *set);
    long colours = 0, inked = 0;
    for (size_t i = 0; i < (size_t)w * h; i++) {
        const unsigned char *p = img + i * (size_t)bpp;
        uint32_t rgb = (uint32_t)p[0] << 16 | (uint32_t)p[1] << 8 | p[2], key = rgb + 1;
        if (p[0] < 235 || p[1] < 235 || p[2] < 235) inked++;
        if (colours >= LIMIT) continue;
        uint32_t slot = (rgb * 2654435761u) & (CAP - 1);
        while (set[slot] && set[slot] != key)
            slot = (slot + 1) & (CAP - 1);
        if (!set[slot]) set[slot] = key, colours++;
    }
    printf("%u %u %ld %ld\n", w, h, colours, inked * 1000 / ((long)w * h));
    return 0;
}
