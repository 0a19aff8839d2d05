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

#define LD_KNOWN_CACHE 64

typedef struct Ld {
    lua_State *L;
    Host *h;
    Scenario *sc;
    const char *path, *src;
    const SrcIndex *ix;
    int root;  /* stack index of the scenario table */
    int model; /* stack index of the model instance, 0 without a model */
    int ids;   /* stack index of a table from node id to node index (0-based) */
    /* Where ld_zalloc and ld_dup take memory from while the nodes are built (their arena,
     * sc->node_arena); NULL: malloc */
    struct Arena *arena;
    /* What ld_check_keys last found in a table without a metatable: ld_get answers nil for
     * the known fields it lacks without asking Lua (most fields are optional and absent). */
    const void *seen;              /* the table, NULL when none */
    int seen_at;                   /* its stack index */
    const char *const *seen_known; /* the known fields */
    unsigned seen_present;         /* bit i: known field i is in the table */
    /* Which entry of a list of known fields a literal is, by their addresses (loader.c) */
    struct KnownSlot {
        const char *const *known;
        const char *key;
        int index;
    } known_cache[LD_KNOWN_CACHE];
} Ld;

/* A key of a table and the line it is written on. */
typedef struct KeyLine {
    const char *key;
    int line;
} KeyLine;

/* ---- Reading fields (loader.c) */

/* Raises the load error "path:line: message"; never returns (the analyser knows it). */
_Noreturn void ld_fail(Ld *ld, int line, const char *fmt, ...);
/* Records the load error "path:line: message" and returns: loading goes on (a mistake that
 * leaves the part it is in whole, such as an unknown field or a missing node). */
void ld_error(Ld *ld, int line, const char *fmt, ...);
/* Runs fn(ld, arg) protected: a load error in it is recorded and false returned, so that the
 * rest of the file still loads and every mistake is reported in one run. Values on the stack
 * keep their indices inside fn. */
bool ld_part(Ld *ld, void (*fn)(Ld *ld, void *arg), void *arg);
/* The known name nearest to what was written, for "did you mean": the same name in other
 * case, one that starts or holds the other ("affirm" for "affirmation"), or a near spelling;
 * NULL when none is near. count < 0: known ends with NULL. */
const char *ld_nearest(const char *written, const char *const *known, int count);
/* The engine's walk-out ending (id LD_WALKOUT_ID) for a client with the model and without
 * 'walkout': pushes its node table and sets the file's walkout to it; false (nothing pushed)
 * when not needed. nodes: the stack index of the file's nodes table. */
#define LD_WALKOUT_ID "walked_out"
bool ld_push_walkout(Ld *ld, int nodes);
/* The start node: required, any node (an ending start makes a session that ends at once, the
 * smallest client that loads). */
int ld_start_node(Ld *ld);
/* An ending's defaults, written into its table at t: title from the id, outcome "success". */
void ld_node_defaults(Ld *ld, int t);
/* A number as an author wrote it ("120", "2.5"), for messages; a small ring of buffers so
 * several can stand in one message. */
const char *ld_num(double x);
/* snprintf for the prefixes of messages ("node 'a': choice 2: "): only %s and %d, and without
 * stdio's machinery, since the loader makes several for every node whether or not it fails. */
void ld_where(char *buf, size_t size, const char *fmt, ...);
void *ld_zalloc(Ld *ld, size_t n, size_t size);
char *ld_dup(Ld *ld, const char *s);
/* Frees what ld_zalloc or ld_dup made, unless an arena holds it (ld->arena). */
void ld_release(Ld *ld, void *p);
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
/* The index of node `id`. A missing node is recorded as a load error (with the nearest id)
 * and node 0 returned in its place: loading goes on, and the load fails at its end. */
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
/* Adds the line (a string or a { "text", talk = ... } variant) at idx to ls, whose arrays
 * have room. */
void ld_add_line(Ld *ld, int idx, LineSet *ls, const Node *n, const char *where, const char *key,
                 int i, int line);

/* ---- Flow: once, visit counts, sub-conversations, state-dependent text (load_flow.c) */

/* A hidden engine variable (VAR_FLOW) named `name`; its slot + 1. */
int ld_flow_var(Ld *ld, const char *name, VarType type, double max);
/* The visit count of node `node` (created on first use); its slot + 1. */
int ld_visits_var(Ld *ld, int node);
/* visits = { node = ">= 1", ... } in a table condition: adds the terms to c. */
void ld_visits_terms(Ld *ld, int idx, Cond *c, const char *where, int line);
/* The number of entries visits = { ... } adds to a condition table at idx (0 without). */
int ld_visits_count(Ld *ld, int idx);
/* once, call and back of the choice table at t. */
void ld_flow_choice(Ld *ld, int t, Node *n, Choice *c, const char *where);
/* counted = true and stop = true on the node table at t. */
void ld_flow_node(Ld *ld, int t, Node *n, const char *where);
/* sessions = { { title = ..., start = ..., between = { ... } }, ... }: a course of sessions
 * (after the nodes and the start). */
void ld_build_sittings(Ld *ld);
/* Whether the say table at idx has { when = ..., "line" } entries. */
bool ld_say_has_conds(Ld *ld, int idx);
/* The say table's conditional entries into n->say.conds and its other list entries into
 * n->say.plain. */
void ld_say_conds(Ld *ld, int idx, Node *n, const char *where, int line);
/* Text or a cue given as { "plain", open = "...", { when = { ... }, "..." } }: the plain text
 * into *plain (malloc'd), the rest into st. A string goes to *plain, st left empty. */
void ld_state_text(Ld *ld, int idx, char **plain, StateText *st, const char *where, const char *key,
                   int line);
Outcome ld_parse_outcome(Ld *ld, const char *s, const char *where, int line);
/* The choices a typed reply that fits no choice is played as, one per move (sc->free). */
void ld_free_choices(Ld *ld);
void ld_build_nodes(Ld *ld);
void ld_build_rules(Ld *ld);

/* ---- Tests, invariants and bot goals (load_test.c) */

void ld_build_tests(Ld *ld);
void ld_build_invariants(Ld *ld);
void ld_build_bots(Ld *ld);

#endif
