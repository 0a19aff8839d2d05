/* libFuzzer: the --choices list parser. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../engine/cli/choices.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *list = malloc(size + 1);
    if (!list) return 0;
    memcpy(list, data, size);
    list[size] = '\0';
    char refs[16][CHOICE_REF_MAX], err[256];
    int n = choices_parse(list, refs, 16, err, sizeof err);
    for (int i = 0; i < n; i++)
        if (strlen(refs[i]) >= CHOICE_REF_MAX) abort();
    free(list);
    return 0;
}
