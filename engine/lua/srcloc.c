/* srcloc: finds where a field or a string stands in a client file's text, so that errors
 * about table contents (which Lua does not give lines for) can still say file:line. */
#include <ctype.h>
#include <string.h>

#include "host.h"

static const char *line_start(const char *src, int line)
{
    const char *p = src;
    for (int l = 1; l < line && *p; p++)
        if (*p == '\n') l++;
    return p;
}

static int line_of(const char *src, const char *at)
{
    int l = 1;
    for (const char *p = src; p < at; p++)
        if (*p == '\n') l++;
    return l;
}

static bool is_ident(char c)
{
    return isalnum((unsigned char)c) || c == '_';
}

/* The first line at or after `from` where `key` stands as a table key: `key =` or `["key"] =`. */
int srcloc_key(const char *src, const char *key, int from)
{
    if (!src || !key || !*key) return 0;
    size_t n = strlen(key);
    for (const char *p = line_start(src, from > 0 ? from : 1); (p = strstr(p, key)); p += n) {
        const char *before = p - 1, *after = p + n;
        bool bracketed = p > src + 1 && (before[0] == '"' || before[0] == '\'') && before[-1] == '[' &&
                         (*after == '"' || *after == '\'') && after[1] == ']';
        if (bracketed) {
            after += 2;
        } else if ((p > src && is_ident(*before)) || is_ident(*after)) {
            continue;
        }
        while (*after == ' ' || *after == '\t') after++;
        if (*after == '=' && after[1] != '=') return line_of(src, p);
    }
    return 0;
}

/* The first line at or after `from` holding the start of `text` (up to the first character
 * that a Lua string might spell differently). */
int srcloc_text(const char *src, const char *text, int from)
{
    if (!src || !text) return 0;
    char probe[33];
    size_t n = 0;
    while (n < sizeof probe - 1 && text[n] && !strchr("\"'\\\n\t", text[n])) {
        probe[n] = text[n];
        n++;
    }
    probe[n] = '\0';
    if (n < 6) return 0;
    const char *p = strstr(line_start(src, from > 0 ? from : 1), probe);
    return p ? line_of(src, p) : 0;
}
