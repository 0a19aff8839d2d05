/* loader (private): what the loader's files share. The loading context, raising a load error
 * with file:line, reading fields with their checks, and each part's builder. loader.c has the
 * context and loader_build; load_client.c the client, model and state; load_node.c the nodes,
 * choices and rules; load_test.c tests, invariants and bot goals. */
#ifndef RAPPORT_LOADER_H
#define RAPPORT_LOADER_H
#include <lauxlib.h>
#include <stdbool.h>
#include <stddef.h>

#include "host.h"

typedef struct Ld {
    lua_State *L;
    Host *h;
    Scenario *sc;
    const char *path, *src;
    const SrcIndex *ix;
    int root;  /* stack index of the scenario table */
    int model; /* stack index of the model instance, 0 without a model */
    int ids;   /* stack index of a table from node id to node index (0-based) */
} Ld;

/* A key of a table and the line it is written on. */
typedef struct KeyLine {
    const char *key;
    int line;
} KeyLine;

/* ---- Reading fields (loader.c) */

/* Raises the load error "path:line: message"; never returns (the analyser knows it). */
_Noreturn void ld_fail(Ld *ld, int line, const char *fmt, ...);
/* A number as an author wrote it ("120", "2.5"), for messages; a small ring of buffers so
 * several can stand in one message. */
const char *ld_num(double x);
void *ld_zalloc(Ld *ld, size_t n, size_t size);
char *ld_dup(Ld *ld, const char *s);
const char *ld_type_word(lua_State *L, int idx);
/* Line of a field inside a table that starts at `from` (falls back to `from`). */
int ld_field_line(Ld *ld, const char *key, int from);
int ld_edit_distance(const char *a, const char *b);
/* Every string key of the table at t must be one of `known` (integer keys allowed when
 * `list_ok`): a typo in a field name is reported, not silently ignored. */
void ld_check_keys(Ld *ld, int t, const char *const *known, bool list_ok, const char *where,
                   int line);
/* Pushes t[key]; returns its type. */
int ld_get(Ld *ld, int t, const char *key);
char *ld_opt_string(Ld *ld, int t, const char *key, const char *where, int line);
char *ld_req_string(Ld *ld, int t, const char *key, const char *where, int line);
double ld_opt_number(Ld *ld, int t, const char *key, double dflt, double lo, double hi,
                     const char *where, int line);
int ld_find_node(Ld *ld, const char *id, const char *where, const char *field, int line);
int ld_var_of(Ld *ld, const char *name, const char *where, int line);
/* A registry reference to the value at idx. Functions are also listed in the registry's
 * "rapport.functions" table, so that freezing can start from them. */
int ld_ref_value(Ld *ld, int idx);

/* ---- The client, model and state (load_client.c) */

/* The string keys of the table at t, in the order they stand in the file. Strings stay
 * anchored by the table itself. */
KeyLine *ld_keys_in_order(Ld *ld, int t, int from, int *count, const char *where);
bool ld_valid_id(const char *s);
void ld_build_model(Ld *ld);
void ld_build_state(Ld *ld);
void ld_build_client(Ld *ld);

/* ---- Nodes, choices and rules (load_node.c) */

void ld_build_cond(Ld *ld, int idx, Cond *c, const char *where, int line);
Outcome ld_parse_outcome(Ld *ld, const char *s, const char *where, int line);
void ld_build_nodes(Ld *ld);
void ld_build_rules(Ld *ld);

/* ---- Tests, invariants and bot goals (load_test.c) */

void ld_build_tests(Ld *ld);
void ld_build_invariants(Ld *ld);
void ld_build_bots(Ld *ld);

#endif
