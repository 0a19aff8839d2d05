/* fuzz file: the fuzzers' one way to hand bytes to a reader that takes a path, as in use: a
 * file in a folder of this process's own (mkdtemp, made once), rewritten for each input. */
#ifndef RAPPORT_FUZZ_FILE_H
#define RAPPORT_FUZZ_FILE_H
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* The fuzzer's folder, made on the first call; abort() when it cannot be. */
static const char *fuzz_dir(void)
{
    static char dir[64];
    if (!dir[0]) {
        snprintf(dir, sizeof dir, "/tmp/rapport-fuzz-%d-XXXXXX", (int)getpid());
        if (!mkdtemp(dir)) abort();
    }
    return dir;
}

/* Writes the input to fuzz_dir()/name; the path, or NULL when it cannot be written. */
static const char *fuzz_write(const char *name, const uint8_t *data, size_t size)
{
    static char path[160];
    snprintf(path, sizeof path, "%s/%s", fuzz_dir(), name);
    FILE *f = fopen(path, "wb");
    if (!f) return NULL;
    size_t n = fwrite(data, 1, size, f);
    return fclose(f) == 0 && n == size ? path : NULL;
}

#endif
