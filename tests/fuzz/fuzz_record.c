/* libFuzzer: the session record reader on arbitrary bytes (through a file, as in use). */
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

#include "../../engine/store/record.h"
#include "fuzz_file.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = fuzz_write("record.json", data, size);
    if (!path) return 0;
    Record r;
    char err[1200];
    if (record_read(path, &r, err, sizeof err) == 0) record_free(&r);
    unlink(path);
    return 0;
}
