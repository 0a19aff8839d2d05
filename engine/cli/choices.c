/* choices: the --choices list parser, kept apart so it can be fuzzed. */
#include "choices.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

int choices_parse(const char *list, char (*refs)[CHOICE_REF_MAX], int max, char *err, size_t size)
{
    int n = 0;
    const char *p = list;
    for (;;) {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t)(comma - p) : strlen(p);
        if (len == 0) {
            snprintf(err, size, "step %d is empty", n + 1);
            return -1;
        }
        if (len >= CHOICE_REF_MAX) {
            snprintf(err, size, "step %d is longer than %d characters", n + 1, CHOICE_REF_MAX - 1);
            return -1;
        }
        for (size_t i = 0; i < len; i++)
            if (!(isalnum((unsigned char)p[i]) || p[i] == '_' || p[i] == '-' || p[i] == '.' ||
                  (i == 0 && p[i] == '~'))) { /* ~move: a typed reply that fit no choice */
                snprintf(err, size, "step %d: '%c' cannot be part of a choice number or id", n + 1,
                         isprint((unsigned char)p[i]) ? p[i] : '?');
                return -1;
            }
        if (n == max) {
            snprintf(err, size, "more than %d steps", max);
            return -1;
        }
        memcpy(refs[n], p, len);
        refs[n][len] = '\0';
        n++;
        if (!comma) return n;
        p = comma + 1;
    }
}
