/* Unit tests of the one JSON writer from Lua values (engine/lua/json.c) and the line writers'
 * escaping (json_string): no key limit, keys sorted, nesting bounded with a message, NaN and
 * infinities as null, bytes that are not UTF-8 as U+FFFD, the same escapes as cJSON. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <cjson/cJSON.h>
#include <lauxlib.h>
#include <lualib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../engine/core/transcript.h"
#include "../../engine/lua/json.h"

/* What host_json writes for the Lua value the chunk returns. */
static char *json_of(const char *chunk, int *rc, char *err, size_t size)
{
    lua_State *L = luaL_newstate();
    luaL_openlibs(L);
    assert_int_equal(luaL_dostring(L, chunk), LUA_OK);
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    *rc = host_json(f, L, -1, err, size);
    fclose(f);
    lua_close(L);
    return text;
}

static void a_table_of_more_than_64_keys_is_written_whole_and_sorted(void **state)
{
    char err[256] = "";
    int rc;
    char *text = json_of("local t = {} for i = 1, 300 do t[string.format('k%03d', i)] = i end "
                         "return { summary = t }",
                         &rc, err, sizeof err);
    assert_int_equal(rc, 0);
    cJSON *root = cJSON_Parse(text);
    assert_non_null(root);
    const cJSON *t = cJSON_GetObjectItemCaseSensitive(root, "summary");
    assert_int_equal(cJSON_GetArraySize(t), 300);
    int i = 1;
    const cJSON *v;
    cJSON_ArrayForEach(v, t)
    {
        char key[16];
        snprintf(key, sizeof key, "k%03d", i);
        assert_string_equal(v->string, key); /* sorted */
        assert_int_equal(v->valueint, i);
        i++;
    }
    cJSON_Delete(root);
    free(text);
}

static void numbers_lists_and_empty_tables_keep_the_summary_format(void **state)
{
    char err[256] = "";
    int rc;
    char *text = json_of("return { b = 2, a = 0.5, c = { 3, 1 }, d = {}, e = 0/0, f = 1/0, "
                         "g = true, h = 'x\"\\\\\\n' }",
                         &rc, err, sizeof err);
    assert_int_equal(rc, 0);
    assert_string_equal(text, "{\"a\":0.5000,\"b\":2,\"c\":[3,1],\"d\":[],\"e\":null,\"f\":null,"
                              "\"g\":true,\"h\":\"x\\\"\\\\\\n\"}");
    free(text);
}

static void nesting_too_deep_or_a_table_inside_itself_is_an_error(void **state)
{
    char err[256] = "";
    int rc;
    char *text = json_of("local t = {} t.me = t return t", &rc, err, sizeof err);
    assert_int_equal(rc, -1);
    assert_string_equal(text, "");
    assert_non_null(strstr(err, "the value at me.me.me"));
    assert_non_null(strstr(err, "tables nested deeper than 16"));
    free(text);
}

static void bytes_that_are_not_utf8_become_the_replacement_character(void **state)
{
    char err[256] = "";
    int rc;
    char *text = json_of("return { ['k\\255'] = 'a\\255b\\0c' }", &rc, err, sizeof err);
    assert_int_equal(rc, 0);
    assert_string_equal(text, "{\"k\xef\xbf\xbd\":\"a\xef\xbf\xbd"
                              "b\xef\xbf\xbd"
                              "c\"}");
    free(text);
    /* The line writers say it the same way. */
    char *line = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&line, &len);
    json_string(f, "a\xff"
                   "b");
    fclose(f);
    assert_string_equal(line, "\"a\xef\xbf\xbd"
                              "b\"");
    free(line);
}

static void the_line_writers_escape_every_character_as_cjson_does(void **state)
{
    for (int c = 1; c < 128; c++) {
        char s[4] = {'a', (char)c, 'b', 0};
        cJSON *v = cJSON_CreateString(s);
        char *want = cJSON_PrintUnformatted(v);
        char *got = NULL;
        size_t len = 0;
        FILE *f = open_memstream(&got, &len);
        json_string(f, s);
        fclose(f);
        assert_string_equal(got, want);
        free(got);
        free(want);
        cJSON_Delete(v);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_table_of_more_than_64_keys_is_written_whole_and_sorted),
        cmocka_unit_test(numbers_lists_and_empty_tables_keep_the_summary_format),
        cmocka_unit_test(nesting_too_deep_or_a_table_inside_itself_is_an_error),
        cmocka_unit_test(bytes_that_are_not_utf8_become_the_replacement_character),
        cmocka_unit_test(the_line_writers_escape_every_character_as_cjson_does),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
