/* avatar parts: the part format's parser and the part libraries (see avatar_parts.h and
 * assets/avatar/README.md). One parser serves the bundled files and a client file's own parts,
 * so both report mistakes the same way: "file:line: message". */
#include "avatar_parts.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "avatar_assets.h"

#define MAX_TOKENS 96

static const char *const families[] = {AVATAR_PART_FAMILIES, NULL};
static const PartLayer family_layer[] = {LAYER_HEAD, LAYER_HEAD,  LAYER_BODY, LAYER_FACE,
                                         LAYER_FACE, LAYER_SCENE, LAYER_HAND, LAYER_FACE};
static const char *const layer_names[] = {"scene", "back",  "body", "head",
                                          "face",  "table", "hand", NULL};
static const char *const slot_names[] = {"skin", "hair", "top", "shirt", "table", "frame", NULL};
static const char *const words[] = {"part", "layer", "age",    "ellipse", "rect",
                                    "poly", "fan",   "stroke", NULL};

/* The parse in progress: where errors go and what the current part's lines set. */
typedef struct Parse {
    AvatarParts *lib;
    const char *family, *file;
    int line;
    char *err;
    size_t errsize;
    AvatarPart *part; /* NULL before the first "part" line */
    PartLayer layer;
    double age0, age1;
} Parse;

void avatar_parts_init(AvatarParts *lib)
{
    memset(lib, 0, sizeof *lib);
}

void avatar_parts_free(AvatarParts *lib)
{
    if (!lib) return;
    free(lib->parts);
    free(lib->shapes);
    free(lib->pts);
    memset(lib, 0, sizeof *lib);
}

static int fail(Parse *p, const char *fmt, ...)
{
    int n = snprintf(p->err, p->errsize, "%s:%d: ", p->file, p->line);
    if (n < 0 || (size_t)n >= p->errsize) return -1;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(p->err + n, p->errsize - (size_t)n, fmt, ap);
    va_end(ap);
    return -1;
}

static int index_of(const char *const *names, const char *s)
{
    for (int i = 0; names[i]; i++)
        if (!strcmp(names[i], s)) return i;
    return -1;
}

/* Edit distance, for "did you mean": short words only. */
static int distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 31 || lb > 31) return 99;
    int d[32][32];
    for (size_t i = 0; i <= la; i++)
        d[i][0] = (int)i;
    for (size_t j = 0; j <= lb; j++)
        d[0][j] = (int)j;
    for (size_t i = 1; i <= la; i++)
        for (size_t j = 1; j <= lb; j++) {
            int c = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
            if (d[i - 1][j] + 1 < c) c = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < c) c = d[i][j - 1] + 1;
            d[i][j] = c;
        }
    return d[la][lb];
}

static const char *closest(const char *const *names, const char *s)
{
    const char *best = NULL;
    int bestd = 3;
    for (int i = 0; names[i]; i++) {
        int dd = distance(names[i], s);
        if (dd < bestd) bestd = dd, best = names[i];
    }
    return best;
}

bool avatar_parts_is_family(const char *family)
{
    return index_of(families, family) >= 0;
}

/* A whole token as a number. */
static bool number(const char *s, double *out)
{
    char *end;
    *out = strtod(s, &end);
    return end != s && *end == 0 && *out > -1e5 && *out < 1e5;
}

/* "skin", "top*0.8", "#1a2b3c@0.5", "hair*1.2@0.7". */
static int colour_one(Parse *p, const char *tok, PartColor *c)
{
    char name[32];
    size_t n = strcspn(tok, "*@");
    if (n == 0 || n >= sizeof name) return fail(p, "unknown colour '%s'", tok);
    memcpy(name, tok, n);
    name[n] = 0;
    c->shade = 1;
    c->alpha = 1;
    c->r = c->g = c->b = 0;
    if (name[0] == '#') {
        unsigned v;
        char extra;
        if (n != 7 || sscanf(name + 1, "%6x%c", &v, &extra) != 1 ||
            strspn(name + 1, "0123456789abcdefABCDEF") != 6)
            return fail(p, "'%s' is not a colour like #8d5524", name);
        c->slot = SLOT_LITERAL;
        c->r = (uint8_t)(v >> 16), c->g = (uint8_t)(v >> 8), c->b = (uint8_t)v;
    } else if ((c->slot = index_of(slot_names, name)) < 0) {
        const char *m = closest(slot_names, name);
        if (m) return fail(p, "unknown colour '%s' (did you mean '%s'?)", name, m);
        return fail(p, "unknown colour '%s': skin, hair, top, shirt, table, frame or #rrggbb",
                    name);
    }
    for (const char *s = tok + n; *s;) {
        char op = *s++, num[32];
        size_t k = strcspn(s, "*@");
        double v;
        if (k == 0 || k >= sizeof num)
            return fail(p, "'%s': '%c' needs a number after it", tok, op);
        memcpy(num, s, k);
        num[k] = 0;
        s += k;
        if (!number(num, &v) || v < 0 || v > (op == '*' ? 3 : 1))
            return fail(p, "'%s': %s must be a number from 0 to %d", tok,
                        op == '*' ? "the shade" : "the alpha", op == '*' ? 3 : 1);
        if (op == '*')
            c->shade = v;
        else
            c->alpha = v;
    }
    return 0;
}

/* One colour, or two joined by '>' for a gradient from the top of the shape to its bottom. */
static int colour(Parse *p, const char *tok, PartShape *sh)
{
    const char *gt = strchr(tok, '>');
    if (!gt) {
        sh->gradient = false;
        if (colour_one(p, tok, &sh->c0)) return -1;
        sh->c1 = sh->c0;
        return 0;
    }
    char a[64];
    size_t n = (size_t)(gt - tok);
    if (n >= sizeof a) return fail(p, "unknown colour '%s'", tok);
    memcpy(a, tok, n);
    a[n] = 0;
    sh->gradient = true;
    if (colour_one(p, a, &sh->c0)) return -1;
    return colour_one(p, gt + 1, &sh->c1);
}

static void *grow(void *v, int *cap, int need, size_t size)
{
    if (need <= *cap) return v;
    int c = *cap ? *cap * 2 : 64;
    while (c < need)
        c *= 2;
    void *g = realloc(v, (size_t)c * size);
    if (g) *cap = c;
    return g;
}

static int add_point(Parse *p, const char *tok)
{
    double x, y;
    char a[48];
    const char *comma = strchr(tok, ',');
    size_t n = comma ? (size_t)(comma - tok) : 0;
    if (!comma || n >= sizeof a) return fail(p, "'%s' is not a point x,y", tok);
    memcpy(a, tok, n);
    a[n] = 0;
    if (!number(a, &x) || !number(comma + 1, &y)) return fail(p, "'%s' is not a point x,y", tok);
    AvatarParts *l = p->lib;
    double *g = grow(l->pts, &l->cappts, 2 * (l->npts + 1), sizeof *g);
    if (!g) return fail(p, "out of memory");
    l->pts = g;
    g[2 * l->npts] = x;
    g[2 * l->npts + 1] = y;
    l->npts++;
    return 0;
}

/* The shape on one line: kind colour numbers... points... */
static int shape(Parse *p, int kind, char **tok, int nt)
{
    static const char *const usage[] = {"cx cy rx ry", "x y w h", "x,y x,y x,y ...",
                                        "cx,cy x,y x,y x,y ...", "w_mid w_end x,y x,y ..."};
    static const int nnum[] = {4, 4, 0, 0, 2}, minpts[] = {0, 0, 3, 4, 2};
    const char *word = tok[0];
    if (!p->part) return fail(p, "'%s' before the first 'part NAME'", word);
    if (nt < 2 + nnum[kind] + minpts[kind] || (nnum[kind] == 4 && nt != 6))
        return fail(p, "'%s' needs a colour and %s", word, usage[kind]);
    PartShape sh;
    memset(&sh, 0, sizeof sh);
    sh.kind = (ShapeKind)kind;
    sh.layer = p->layer;
    sh.age0 = p->age0;
    sh.age1 = p->age1;
    if (colour(p, tok[1], &sh)) return -1;
    for (int i = 0; i < nnum[kind]; i++)
        if (!number(tok[2 + i], &sh.num[i])) return fail(p, "'%s' is not a number", tok[2 + i]);
    sh.first = p->lib->npts;
    for (int i = 2 + nnum[kind]; i < nt; i++)
        if (add_point(p, tok[i])) return -1;
    sh.npts = p->lib->npts - sh.first;
    AvatarParts *l = p->lib;
    PartShape *g = grow(l->shapes, &l->capshapes, l->nshapes + 1, sizeof *g);
    if (!g) return fail(p, "out of memory");
    l->shapes = g;
    g[l->nshapes++] = sh;
    p->part->nshapes++;
    return 0;
}

/* Starts part `name`. A client's part of a bundled name lives in the client's own library,
 * which is looked up first: that is how it replaces the bundled one. */
static int begin_part(Parse *p, const char *name)
{
    size_t n = strlen(name);
    if (n == 0 || n >= sizeof p->part->name ||
        strspn(name, "abcdefghijklmnopqrstuvwxyz0123456789_") != n)
        return fail(p, "part name '%s' must be lower-case letters, digits and _ (at most 31)",
                    name);
    AvatarParts *l = p->lib;
    if (avatar_parts_find(l, p->family, name)) return fail(p, "part '%s' is defined twice", name);
    AvatarPart *g = grow(l->parts, &l->capparts, l->nparts + 1, sizeof *g);
    if (!g) return fail(p, "out of memory");
    l->parts = g;
    p->part = &g[l->nparts++];
    memset(p->part, 0, sizeof *p->part);
    snprintf(p->part->family, sizeof p->part->family, "%s", p->family);
    snprintf(p->part->name, sizeof p->part->name, "%s", name);
    p->part->lib = l;
    p->part->first = l->nshapes;
    p->layer = family_layer[index_of(families, p->family)];
    p->age0 = p->age1 = 0;
    return 0;
}

static int directive(Parse *p, char **tok, int nt)
{
    int w = index_of(words, tok[0]);
    if (w < 0) {
        const char *m = closest(words, tok[0]);
        if (m) return fail(p, "unknown shape '%s' (did you mean '%s'?)", tok[0], m);
        return fail(p, "unknown shape '%s': ellipse, rect, poly, fan or stroke", tok[0]);
    }
    if (w == 0) {
        if (nt != 2) return fail(p, "'part' needs one name");
        return begin_part(p, tok[1]);
    }
    if (!p->part) return fail(p, "'%s' before the first 'part NAME'", tok[0]);
    if (w == 1) {
        int l = nt == 2 ? index_of(layer_names, tok[1]) : -1;
        if (l < 0)
            return fail(p, "'layer' needs one of scene, back, body, head, face, table, hand");
        p->layer = (PartLayer)l;
        return 0;
    }
    if (w == 2) {
        if (nt != 3 || !number(tok[1], &p->age0) || !number(tok[2], &p->age1) || p->age1 < p->age0)
            return fail(p, "'age' needs two ages, from and to: age 40 60");
        return 0;
    }
    return shape(p, w - 3, tok, nt);
}

/* Splits one line into tokens in place; a '#' after a space starts a comment. */
static int tokens(char *s, char **tok)
{
    int n = 0;
    for (;;) {
        while (*s == ' ' || *s == '\t' || *s == '\r')
            s++;
        if (!*s || (*s == '#' && !isxdigit((unsigned char)s[1]))) break;
        if (*s == '#' && n == 0) break;
        if (n == MAX_TOKENS) return -1;
        tok[n++] = s;
        while (*s && *s != ' ' && *s != '\t' && *s != '\r')
            s++;
        if (*s) *s++ = 0;
    }
    return n;
}

static int parse_lines(Parse *p, const char *text)
{
    char buf[1024], *tok[MAX_TOKENS];
    for (const char *s = text; *s; p->line++) {
        size_t n = strcspn(s, "\n");
        if (n >= sizeof buf) return fail(p, "line too long (at most 1023 characters)");
        memcpy(buf, s, n);
        buf[n] = 0;
        s += n + (s[n] == '\n');
        int nt = tokens(buf, tok);
        if (nt < 0) return fail(p, "too many items on one line (at most %d)", MAX_TOKENS);
        if (nt > 0 && directive(p, tok, nt)) return -1;
    }
    return 0;
}

int avatar_parts_parse(AvatarParts *lib, const char *family, const char *text, const char *file,
                       int line0, char *err, size_t errsize)
{
    Parse p = {lib, family, file, line0, err, errsize, NULL, LAYER_HEAD, 0, 0};
    if (!avatar_parts_is_family(family)) return fail(&p, "unknown part family '%s'", family);
    return parse_lines(&p, text);
}

int avatar_parts_add(AvatarParts *lib, const char *family, const char *name, const char *text,
                     const char *file, int line0, char *err, size_t errsize)
{
    Parse p = {lib, family, file, line0, err, errsize, NULL, LAYER_HEAD, 0, 0};
    if (!avatar_parts_is_family(family)) return fail(&p, "unknown part family '%s'", family);
    if (begin_part(&p, name)) return -1;
    return parse_lines(&p, text);
}

const AvatarPart *avatar_parts_find(const AvatarParts *lib, const char *family, const char *name)
{
    if (!lib || !name) return NULL;
    for (int i = lib->nparts - 1; i >= 0; i--)
        if (!strcmp(lib->parts[i].family, family) && !strcmp(lib->parts[i].name, name))
            return &lib->parts[i];
    return NULL;
}

/* The bundled library: parsed once, on first use, and kept for the process's life. */
static AvatarParts builtin;
static int builtin_state; /* 0 not yet, 1 parsed, -1 failed */
static char builtin_err[256];

const AvatarParts *avatar_parts_builtin(char *err, size_t errsize)
{
    if (builtin_state == 0) {
        builtin_state = 1;
        for (int i = 0; i < avatar_asset_count; i++) {
            const char *fam = avatar_assets[i].family;
            if (avatar_parts_parse(&builtin, fam, avatar_assets[i].text, avatar_assets[i].path, 1,
                                   builtin_err, sizeof builtin_err)) {
                builtin_state = -1;
                break;
            }
        }
    }
    if (builtin_state < 0) {
        if (err && errsize) snprintf(err, errsize, "%s", builtin_err);
        return NULL;
    }
    return &builtin;
}

const AvatarPart *avatar_part_lookup(const AvatarParts *own, const char *family, const char *name)
{
    const AvatarPart *p = avatar_parts_find(own, family, name);
    return p ? p : avatar_parts_find(avatar_parts_builtin(NULL, 0), family, name);
}

/* Every part name of a family, the client's and the bundled ones, each once. */
static int family_names(const AvatarParts *own, const char *family, const char **out, int max)
{
    const AvatarParts *libs[2] = {avatar_parts_builtin(NULL, 0), own};
    int n = 0;
    for (int k = 0; k < 2; k++)
        for (int i = 0; libs[k] && i < libs[k]->nparts && n < max; i++) {
            const AvatarPart *pt = &libs[k]->parts[i];
            if (strcmp(pt->family, family) || !pt->name[0]) continue;
            bool dup = false;
            for (int j = 0; j < n && !dup; j++)
                dup = !strcmp(out[j], pt->name);
            if (!dup) out[n++] = pt->name;
        }
    return n;
}

void avatar_parts_names(const AvatarParts *own, const char *family, char *buf, size_t size)
{
    const char *names[64];
    int n = family_names(own, family, names, 64);
    size_t used = 0;
    if (size) buf[0] = 0;
    for (int i = 0; i < n && used < size; i++) {
        int w = snprintf(buf + used, size - used, "%s\"%s\"", i ? ", " : "", names[i]);
        if (w < 0) break;
        used += (size_t)w;
    }
}

const char *avatar_parts_closest(const AvatarParts *own, const char *family, const char *name)
{
    const char *names[65];
    int n = family_names(own, family, names, 64);
    names[n] = NULL;
    return closest(names, name);
}
