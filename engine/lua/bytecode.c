/* bytecode: finds, in the compiled code of a function that exists once a client file has
 * loaded, any assignment to a local captured at load time. Such a local is hidden state:
 * written at play time, two identical test plans would disagree and replay, rewind and
 * exploration would be silently wrong. The check reads the function's Lua 5.4 dump (the
 * documented lua_dump format of the Lua the engine links), so it costs nothing at play time.
 *
 * A function F that exists after loading captured its upvalues while the file ran, so every
 * SETUPVAL in F's own code writes load-time state. A function nested in F is made at play
 * time: its upvalues that are F's locals are fresh each call (allowed), those that are F's
 * upvalues are the same load-time cells (refused), and so on down the nesting. */
#include <lua.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "host.h"

enum {
    OP_SETUPVAL = 10,  /* lopcodes.h of Lua 5.4: UpValue[B] := R[A] */
    ABSLINEINFO = -128 /* a line delta that says "see the absolute line list" */
};

typedef struct {
    unsigned char *p;
    size_t len, cap;
} Buf;

typedef struct {
    const unsigned char *p, *end;
    bool bad;
} Reader;

static int buf_write(lua_State *L, const void *data, size_t n, void *ud)
{
    (void)L;
    Buf *b = ud;
    if (b->len + n > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->len + n)
            cap *= 2;
        unsigned char *q = realloc(b->p, cap);
        if (!q) return 1;
        b->p = q;
        b->cap = cap;
    }
    memcpy(b->p + b->len, data, n);
    b->len += n;
    return 0;
}

static const unsigned char *rd_bytes(Reader *r, size_t n)
{
    if (r->bad || (size_t)(r->end - r->p) < n) {
        r->bad = true;
        return NULL;
    }
    const unsigned char *q = r->p;
    r->p += n;
    return q;
}

static unsigned rd_byte(Reader *r)
{
    const unsigned char *q = rd_bytes(r, 1);
    return q ? *q : 0;
}

/* Sizes and ints: 7 bits a byte, most significant first, the last byte marked by 0x80. */
static size_t rd_size(Reader *r)
{
    size_t x = 0;
    for (int i = 0; i < 10; i++) {
        unsigned b = rd_byte(r);
        x = (x << 7) | (b & 0x7f);
        if (b & 0x80) return x;
    }
    r->bad = true;
    return 0;
}

/* A string: its size plus one (0 for none), then its bytes. Returns NULL for none. */
static const char *rd_string(Reader *r, size_t *n)
{
    size_t s = rd_size(r);
    *n = s ? s - 1 : 0;
    return s ? (const char *)rd_bytes(r, s - 1) : NULL;
}

typedef struct {
    const char *path; /* the file, for the message */
    char *msg;        /* set on the first write found */
    size_t msgsize;
    bool found;
} Scan;

/* The source line of instruction pc, from the deltas and absolute lines of the debug info. */
static int line_at(const signed char *delta, size_t ndelta, const uint32_t *abs_pc,
                   const uint32_t *abs_line, size_t nabs, int linedefined, size_t pc)
{
    int line = linedefined;
    size_t a = 0;
    for (size_t i = 0; i <= pc && i < ndelta; i++) {
        if (delta[i] != ABSLINEINFO) {
            line += delta[i];
            continue;
        }
        while (a < nabs && abs_pc[a] < i)
            a++;
        if (a < nabs && abs_pc[a] == i) line = (int)abs_line[a];
    }
    return line;
}

/* Skips a function's constants; false when a tag is not one of Lua 5.4's. */
static bool skip_constants(Reader *r)
{
    size_t n, nk = rd_size(r);
    for (size_t i = 0; i < nk && !r->bad; i++) {
        unsigned tag = rd_byte(r);
        if (tag == 0x03 || tag == 0x13)
            rd_bytes(r, 8); /* integer, float */
        else if (tag == 0x04 || tag == 0x14)
            rd_string(r, &n);
        else if (tag != 0x00 && tag != 0x01 && tag != 0x11)
            r->bad = true;
    }
    return !r->bad;
}

/* A function's debug information: the line of each instruction and its upvalues' names. */
typedef struct Debug {
    const signed char *delta;
    size_t ndelta, nabs, nnames;
    uint32_t *abs_pc, *abs_line;
    const char *names[256];
    size_t namelen[256];
} Debug;

/* Reads the debug information (line deltas, absolute lines, locals, upvalue names) of a
 * function with nup upvalues. Free d->abs_pc and d->abs_line after. */
static void read_debug(Reader *r, Debug *d, size_t nup)
{
    size_t n;
    d->ndelta = rd_size(r);
    d->delta = (const signed char *)rd_bytes(r, d->ndelta);
    d->nabs = rd_size(r);
    d->abs_pc = d->abs_line = NULL;
    if (!r->bad && d->nabs <= d->ndelta) {
        d->abs_pc = malloc((d->nabs + 1) * sizeof *d->abs_pc);
        d->abs_line = malloc((d->nabs + 1) * sizeof *d->abs_line);
    }
    if (!d->abs_pc || !d->abs_line) r->bad = true;
    for (size_t i = 0; i < d->nabs && !r->bad; i++) {
        d->abs_pc[i] = (uint32_t)rd_size(r);
        d->abs_line[i] = (uint32_t)rd_size(r);
    }
    size_t nloc = rd_size(r);
    for (size_t i = 0; i < nloc && !r->bad; i++) {
        rd_string(r, &n);
        rd_size(r);
        rd_size(r);
    }
    d->nnames = rd_size(r);
    if (d->nnames > nup) r->bad = true;
    for (size_t i = 0; i < d->nnames && !r->bad; i++)
        d->names[i] = rd_string(r, &d->namelen[i]);
}

/* Finds the first SETUPVAL to a load-time upvalue (mine[b]) in code and words the message. */
static void find_write(Reader *r, Scan *sc, const unsigned char *code, size_t ncode,
                       const bool *mine, size_t nup, const Debug *d, int linedefined)
{
    for (size_t pc = 0; pc < ncode && !r->bad && !sc->found; pc++) {
        uint32_t ins;
        memcpy(&ins, code + pc * 4, 4);
        unsigned b = (ins >> 16) & 0xff;
        if ((ins & 0x7f) != OP_SETUPVAL || b >= nup || !mine[b]) continue;
        int line = line_at(d->delta, d->ndelta, d->abs_pc, d->abs_line, d->nabs, linedefined, pc);
        const char *name = b < d->nnames && d->names[b] ? d->names[b] : "?";
        int nl = b < d->nnames && d->names[b] ? (int)d->namelen[b] : 1;
        snprintf(sc->msg, sc->msgsize,
                 "%s:%d: assigns to '%.*s', a local captured when the file loaded: code that "
                 "runs during play (say, when, effect and what they call) may change only "
                 "declared state (s.name = value)",
                 sc->path, line, nl > 64 ? 64 : nl, name);
        sc->found = true;
    }
}

/* Reads one function (and its nested ones); loadtime[j] says whether upvalue j of this
 * function is a cell captured at load time. */
static void scan_function(Reader *r, Scan *sc, const bool *loadtime, size_t nloadtime)
{
    size_t n;
    rd_string(r, &n); /* source */
    int linedefined = (int)rd_size(r);
    rd_size(r);     /* lastlinedefined */
    rd_bytes(r, 3); /* numparams, is_vararg, maxstacksize */
    size_t ncode = rd_size(r);
    const unsigned char *code = rd_bytes(r, ncode * 4);
    if (!skip_constants(r)) return;
    size_t nup = rd_size(r);
    if (r->bad || nup > 255) {
        r->bad = true;
        return;
    }
    unsigned char instack[256], idx[256];
    for (size_t i = 0; i < nup; i++) {
        instack[i] = (unsigned char)rd_byte(r);
        idx[i] = (unsigned char)rd_byte(r);
        rd_byte(r); /* kind */
    }
    /* Which of this function's upvalues are load-time cells: for the outermost function
     * (loadtime == NULL) all of them; for a nested one, those taken from the enclosing
     * function's load-time upvalues. */
    bool mine[256];
    for (size_t i = 0; i < nup; i++)
        mine[i] = !loadtime || (!instack[i] && idx[i] < nloadtime && loadtime[idx[i]]);
    size_t np = rd_size(r);
    for (size_t i = 0; i < np && !r->bad; i++)
        scan_function(r, sc, mine, nup);
    Debug d;
    read_debug(r, &d, nup);
    find_write(r, sc, code, ncode, mine, nup, &d, linedefined);
    free(d.abs_pc);
    free(d.abs_line);
}

int bytecode_upvalue_write(lua_State *L, int fidx, const char *path, char *msg, size_t size)
{
    if (!lua_isfunction(L, fidx) || lua_iscfunction(L, fidx)) return 0;
    Buf b = {0};
    lua_pushvalue(L, fidx);
    int rc = lua_dump(L, buf_write, &b, 0);
    lua_pop(L, 1);
    Reader r = {b.p, b.p + b.len, false};
    /* The header: signature, version 5.4, format 0, check bytes, and the sizes of an
     * instruction, an integer and a float, then the two check numbers. */
    static const unsigned char head[] = {0x1b, 'L',  'u',  'a',  0x54, 0, 0x19, 0x93,
                                         '\r', '\n', 0x1a, '\n', 4,    8, 8};
    const unsigned char *h = rc == 0 ? rd_bytes(&r, sizeof head) : NULL;
    if (!h || memcmp(h, head, sizeof head) != 0) {
        free(b.p);
        snprintf(msg, size, "%s: cannot read the compiled code of a function (Lua is not 5.4?)",
                 path);
        return -1;
    }
    rd_bytes(&r, 16); /* LUAC_INT, LUAC_NUM */
    rd_byte(&r);      /* the number of upvalues of the dumped function */
    Scan sc = {path, msg, size, false};
    scan_function(&r, &sc, NULL, 0);
    free(b.p);
    if (r.bad && !sc.found) {
        snprintf(msg, size, "%s: cannot read the compiled code of a function", path);
        return -1;
    }
    return sc.found ? 1 : 0;
}
