/* image: the one image reader and writer of the test tools (imgcmp, pngstat). PNG of any
 * colour type goes through libpng and comes out as 8-bit RGB; BMP (the frames `rapport render`
 * writes) through SDL_LoadBMP; PNG is written through libpng. */
#ifndef RAPPORT_TEST_IMAGE_H
#define RAPPORT_TEST_IMAGE_H

#include <stddef.h>
#include <stdint.h>

typedef struct Image {
    int w, h;
    uint8_t *rgb; /* w * h * 3 bytes, rows top to bottom, no padding */
} Image;

/* Reads PATH, a PNG (told by its signature) or else a BMP, into IMG. 0, or -1 with a message in
 * ERR (IMG is then empty). The caller frees IMG with image_free. */
int image_load(const char *path, Image *img, char *err, size_t size);

/* Writes IMG as an 8-bit RGB PNG. 0, or -1 with a message in ERR (no partial file is left). */
int image_save_png(const char *path, const Image *img, char *err, size_t size);

void image_free(Image *img);

#endif
