/* libFuzzer: the session record reader on arbitrary bytes (through a file, as in use). */
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

#include "../../engine/store/record.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[64];
    snprintf(path, sizeof path, "/tmp/rapport-fuzz-record-%d.json", (int)getpid());
    FILE *f = fopen(path, "wb");
    if (!f) return 0;
    fwrite(data, 1, size, f);
    fclose(f);
    Record r;
    char err[1200];
    if (record_read(path, &r, err, sizeof err) == 0) record_free(&r);
    unlink(path);
    return 0;
}
