/* srcloc: finds where a field or a string stands in a client file's text, so that errors
 * about table contents (which Lua does not give lines for) can still say file:line.
 * One pass over the text builds an index: the start of every line, and for every name
 * written as a table key (`name =` or `["name"] =`) the sorted lines where it stands, so a
 * 20,000-node file is located in linear time. */
#include <stdlib.h>
#include <string.h>

#include "host.h"

typedef struct KeyLines {
    const char *name; /* into the source text, not terminated */
    int len;
    int *lines;
    int count, cap;
    int next; /* chain in the bucket, -1 at the end */
    int hint; /* where the last lookup ended: the loader asks in file order */
} KeyLines;

struct SrcIndex {
    const char *src;
    size_t len;
    const char **line_at; /* line_at[l] is the start of line l (1-based) */
    int nlines;
    KeyLines *keys;
    int nkeys, capkeys;
    int *buckets; /* index into keys, -1 empty */
    unsigned nbuckets;
};

static unsigned name_hash(const char *p, int len)
{
    unsigned h = 2166136261u;
    for (int i = 0; i < len; i++)
        h = (h ^ (unsigned char)p[i]) * 16777619u;
    return h;
}

/* ASCII only, as isalnum in the C locale the engine runs in, without its table lookups. */
static bool is_start(unsigned char c)
{
    return (unsigned char)((c | 32) - 'a') < 26 || c == '_';
}

static bool is_ident(unsigned char c)
{
    return is_start(c) || (unsigned char)(c - '0') < 10;
}

static int add_key(SrcIndex *x, const char *p, int len, int line)
{
    unsigned b = name_hash(p, len) & (x->nbuckets - 1);
    int k = x->buckets[b];
    while (k >= 0 && !(x->keys[k].len == len && memcmp(x->keys[k].name, p, (size_t)len) == 0))
        k = x->keys[k].next;
    if (k < 0) {
        if (x->nkeys == x->capkeys) {
            int cap = x->capkeys ? x->capkeys * 2 : 256;
            KeyLines *keys = realloc(x->keys, (size_t)cap * sizeof *keys);
            if (!keys) return -1;
            x->keys = keys;
            x->capkeys = cap;
        }
        k = x->nkeys++;
        x->keys[k] = (KeyLines){p, len, NULL, 0, 0, x->buckets[b], 0};
        x->buckets[b] = k;
    }
    KeyLines *kl = &x->keys[k];
    if (kl->count && kl->lines[kl->count - 1] == line) return 0;
    if (kl->count == kl->cap) {
        int cap = kl->cap ? kl->cap * 2 : 4;
        int *lines = realloc(kl->lines, (size_t)cap * sizeof *lines);
        if (!lines) return -1;
        kl->lines = lines;
        kl->cap = cap;
    }
    kl->lines[kl->count++] = line;
    return 0;
}

SrcIndex *srcindex_build(const char *src, size_t n)
{
    SrcIndex *x = calloc(1, sizeof *x);
    if (!x) return NULL;
    x->src = src;
    x->len = n;
    int lines = 1;
    for (const char *q = src; (q = memchr(q, '\n', n - (size_t)(q - src))) != NULL; q++)
        lines++;
    x->line_at = malloc(((size_t)lines + 2) * sizeof *x->line_at);
    x->nbuckets = 1024;
    while (x->nbuckets < (unsigned)lines)
        x->nbuckets <<= 1;
    x->buckets = malloc(x->nbuckets * sizeof *x->buckets);
    if (!x->line_at || !x->buckets) {
        srcindex_free(x);
        return NULL;
    }
    memset(x->buckets, 0xff, x->nbuckets * sizeof *x->buckets);
    int line = 1;
    x->line_at[1] = src;
    /* Every name starts after a character that is not part of a name: a run of name
     * characters is passed over whole, so only its first can start one. */
    const char *p = src;
    for (;;) {
        unsigned char c = (unsigned char)*p;
        if (!is_ident(c)) {
            if (c == '\0') break;
            if (c == '\n') {
                x->line_at[++line] = ++p;
                continue;
            }
            if (c == '-' && p[1] == '-') { /* a comment: skip to the end of the line */
                const char *eol = memchr(p, '\n', n - (size_t)(p - src));
                p = eol ? eol : src + n;
                continue;
            }
            if (c != '[' || (p[1] != '"' && p[1] != '\'')) {
                p++;
                continue;
            }
        }
        const char *name, *after;
        int len;
        if (c == '[') {
            const char *q = p + 2;
            while (*q && *q != p[1] && *q != '\n')
                q++;
            if (*q != p[1] || q[1] != ']') {
                p++;
                continue;
            }
            name = p + 2, len = (int)(q - p - 2), after = q + 2;
        } else {
            const char *q = p + 1;
            while (is_ident((unsigned char)*q))
                q++;
            if (!is_start(c)) { /* a number, or a name glued to one: no key */
                p = q;
                continue;
            }
            name = p, len = (int)(q - p), after = q;
        }
        while (*after == ' ' || *after == '\t')
            after++;
        if (*after == '=' && after[1] != '=' && add_key(x, name, len, line) != 0) {
            srcindex_free(x);
            return NULL;
        }
        p = after; /* continue after the name */
    }
    x->nlines = line;
    return x;
}

void srcindex_free(SrcIndex *x)
{
    if (!x) return;
    for (int k = 0; k < x->nkeys; k++)
        free(x->keys[k].lines);
    free(x->keys);
    free(x->buckets);
    free(x->line_at);
    free(x);
}

int srcloc_key(const SrcIndex *x, const char *key, int from)
{
    if (!x || !key || !*key) return 0;
    int len = (int)strlen(key);
    int k = x->buckets[name_hash(key, len) & (x->nbuckets - 1)];
    while (k >= 0 && !(x->keys[k].len == len && memcmp(x->keys[k].name, key, (size_t)len) == 0))
        k = x->keys[k].next;
    if (k < 0) return 0;
    KeyLines *kl = (KeyLines *)&x->keys[k];
    /* The loader asks in file order: the answer is most often the last one or the next. */
    for (int h = kl->hint; h <= kl->hint + 1 && h <= kl->count; h++)
        if ((h == 0 || kl->lines[h - 1] < from) && (h == kl->count || kl->lines[h] >= from)) {
            kl->hint = h;
            return h < kl->count ? kl->lines[h] : 0;
        }
    int lo = 0, hi = kl->count; /* the first line >= from */
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (kl->lines[mid] < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    kl->hint = lo;
    return lo < kl->count ? kl->lines[lo] : 0;
}

/* The first line at or after `from`, within 64 KiB, holding the start of `text` (up to the
 * first character that a Lua string might spell differently). */
int srcloc_text(const SrcIndex *x, const char *text, int from)
{
    if (!x || !text) return 0;
    char probe[33];
    size_t n = 0;
    while (n < sizeof probe - 1 && text[n] && !strchr("\"'\\\n\t", text[n])) {
        probe[n] = text[n];
        n++;
    }
    probe[n] = '\0';
    if (n < 6) return 0;
    if (from < 1) from = 1;
    if (from > x->nlines) return 0;
    const char *start = x->line_at[from], *end = x->src + x->len;
    if ((size_t)(end - start) > 65536) end = start + 65536;
    for (const char *p = start; (p = memchr(p, probe[0], (size_t)(end - p))) != NULL; p++) {
        if (strncmp(p, probe, n) != 0) continue;
        int l = from; /* count the lines up to the hit */
        while (l < x->nlines && x->line_at[l + 1] <= p)
            l++;
        return l;
    }
    return 0;
}
