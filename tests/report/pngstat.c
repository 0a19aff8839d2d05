/* pngstat: reads a PNG (through tests/tools/image.c, so libpng: any colour type, as 8-bit RGB)
 * and prints "WIDTH HEIGHT COLOURS INKED_PERMILLE": the number of distinct colours (capped at
 * 65536) and how many pixels per thousand are not near-white. Used to check that a chart or a
 * screenshot is a real picture and not a blank or broken file. Exit 1 when it cannot read it. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "../tools/image.h"

/* Distinct colours (up to LIMIT) through an open-addressing set of RGB + 1 (0 marks a free
 * slot). -1 when the set cannot be allocated. */
static long count_colours(const Image *img)
{
    enum { CAP = 1 << 17, LIMIT = 65536 };
    uint32_t *set = calloc(CAP, sizeof *set);
    if (!set) return -1;
    long colours = 0;
    size_t n = (size_t)img->w * (size_t)img->h;
    for (size_t i = 0; i < n && colours < LIMIT; i++) {
        const uint8_t *p = img->rgb + i * 3;
        uint32_t rgb = (uint32_t)p[0] << 16 | (uint32_t)p[1] << 8 | p[2], key = rgb + 1;
        uint32_t slot = (rgb * 2654435761u) & (CAP - 1);
        while (set[slot] && set[slot] != key)
            slot = (slot + 1) & (CAP - 1);
        if (!set[slot]) set[slot] = key, colours++;
    }
    free(set);
    return colours;
}

/* Pixels per thousand with any channel below 235. */
static long inked_permille(const Image *img)
{
    size_t n = (size_t)img->w * (size_t)img->h, inked = 0;
    for (size_t i = 0; i < n; i++) {
        const uint8_t *p = img->rgb + i * 3;
        inked += p[0] < 235 || p[1] < 235 || p[2] < 235;
    }
    return n ? (long)(inked * 1000 / n) : 0;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: pngstat FILE.png\n");
        return 2;
    }
    Image img;
    char err[512];
    if (image_load(argv[1], &img, err, sizeof err) != 0) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    long colours = count_colours(&img);
    if (colours >= 0)
        printf("%d %d %ld %ld\n", img.w, img.h, colours, inked_permille(&img));
    else
        fprintf(stderr, "%s: out of memory\n", argv[1]);
    image_free(&img);
    return colours >= 0 ? 0 : 1;
}
