/* json: Lua values as JSON. The one writer of JSON from Lua values: the --json summary and the
 * records' summary both build their tree here, and cJSON prints it (as it prints records and
 * xAPI statements). */
#ifndef RAPPORT_LUA_JSON_H
#define RAPPORT_LUA_JSON_H
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include <lua.h>

struct cJSON;

/* Deepest nesting of tables written; deeper (or a table that contains itself) is an error. */
#define HOST_JSON_MAX_DEPTH 16

/* The Lua value at idx as a cJSON tree: a sequence (keys 1..n) is an array, an empty table
 * an empty array, another table an object of its string keys (every one, sorted, so output is
 * stable), booleans and strings as they are (bytes that are not UTF-8 become U+FFFD), numbers
 * exact when exact, else as the summary prints them (whole numbers as integers, others with
 * four decimals); NaN and infinities are null, other values null. NULL with a one-line
 * message in err (tables nested too deep, out of memory). */
struct cJSON *host_json_tree(lua_State *L, int idx, bool exact, char *err, size_t size);
/* Writes the Lua value at idx as compact JSON (host_json_tree, not exact). 0, or -1 with the
 * message in err and nothing written. */
int host_json(FILE *f, lua_State *L, int idx, char *err, size_t size);

#endif
