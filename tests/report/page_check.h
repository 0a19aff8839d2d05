/* The check of an HTML page the report writes, shared by the libFuzzer harness
 * (tests/fuzz/fuzz_report.c) and the plain test over hostile records (tests/report/test_page.c):
 * every element and attribute is one the engine writes (fixed allow-lists below), no attribute
 * is an event handler (on...), no attribute value holds "javascript:", no <script, and the page
 * is well formed enough to be read this way (tags closed, attribute values quoted). Text from
 * a record can only reach the page as text, so any other markup is an injection. */
#ifndef RAPPORT_PAGE_CHECK_H
#define RAPPORT_PAGE_CHECK_H
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

static const char *const page_tags[] = {
    "html", "head", "meta", "title", "style",  "body",     "main",  "h1", "h2", "p",  "b",
    "code", "div",  "span", "i",     "ol",     "li",       "table", "tr", "th", "td", "svg",
    "rect", "text", "line", "g",     "circle", "polyline", "h3",    "a",  NULL};
static const char *const page_attrs[] = {
    "lang",        "charset", "name",  "content", "class",
    "style",       "colspan", "id",    "role",    "aria-labelledby",
    "xmlns",       "viewBox", "width", "height",  "x",
    "y",           "x1",      "y1",    "x2",      "y2",
    "cx",          "cy",      "r",     "points",  "transform",
    "text-anchor", "href",    NULL};

static bool page_listed(const char *const *list, const char *s, size_t n)
{
    for (; *list; list++)
        if (strlen(*list) == n && !strncmp(*list, s, n)) return true;
    return false;
}

static bool page_has_ci(const char *s, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= n; i++) {
        size_t j = 0;
        while (j < k && tolower((unsigned char)s[i + j]) == needle[j])
            j++;
        if (j == k) return true;
    }
    return false;
}

/* 0 when the page passes; -1 with what is wrong (and where) in why. */
static int page_check(const char *page, size_t len, char *why, size_t size)
{
    if (page_has_ci(page, len, "<script")) {
        snprintf(why, size, "a <script element");
        return -1;
    }
    size_t i = 0;
    while (i < len) {
        if (page[i] != '<') {
            i++;
            continue;
        }
        size_t at = i++;
        if (len - i >= 14 && !strncmp(page + i, "!DOCTYPE html>", 14)) {
            i += 14;
            continue;
        }
        bool end = i < len && page[i] == '/';
        if (end) i++;
        size_t n0 = i;
        while (i < len && (isalnum((unsigned char)page[i])))
            i++;
        if (!page_listed(page_tags, page + n0, i - n0)) {
            snprintf(why, size, "byte %zu: element <%s%.*s> is not one the engine writes", at,
                     end ? "/" : "", (int)(i - n0 < 40 ? i - n0 : 40), page + n0);
            return -1;
        }
        bool style = !end && i - n0 == 5 && !strncmp(page + n0, "style", 5);
        for (;;) {
            while (i < len && page[i] == ' ')
                i++;
            if (i < len && page[i] == '>') {
                i++;
                break;
            }
            if (!end && len - i >= 2 && !strncmp(page + i, "/>", 2)) {
                i += 2;
                break;
            }
            if (end || i >= len) {
                snprintf(why, size, "byte %zu: a tag that is not closed", at);
                return -1;
            }
            size_t a0 = i;
            while (i < len && (isalnum((unsigned char)page[i]) || page[i] == '-'))
                i++;
            if (i == a0 || !page_listed(page_attrs, page + a0, i - a0) ||
                (tolower((unsigned char)page[a0]) == 'o' &&
                 tolower((unsigned char)page[a0 + 1]) == 'n')) {
                snprintf(why, size, "byte %zu: attribute '%.*s' is not one the engine writes", a0,
                         (int)(i - a0 < 40 ? i - a0 : 40), page + a0);
                return -1;
            }
            if (len - i < 2 || page[i] != '=' || page[i + 1] != '"') {
                snprintf(why, size, "byte %zu: attribute '%.*s' without a quoted value", a0,
                         (int)(i - a0), page + a0);
                return -1;
            }
            i += 2;
            size_t v0 = i;
            while (i < len && page[i] != '"' && page[i] != '<' && page[i] != '>')
                i++;
            if (i >= len || page[i] != '"') {
                snprintf(why, size, "byte %zu: an attribute value that is not closed", v0);
                return -1;
            }
            if (page_has_ci(page + v0, i - v0, "javascript:")) {
                snprintf(why, size, "byte %zu: javascript: in an attribute", v0);
                return -1;
            }
            /* A link the engine writes is to a debrief page beside this one: no scheme, no
             * folder. */
            if (!strncmp(page + a0, "href=", 5) &&
                (memchr(page + v0, ':', i - v0) || memchr(page + v0, '/', i - v0))) {
                snprintf(why, size, "byte %zu: a link that leaves the page's folder", v0);
                return -1;
            }
            i++;
        }
        /* A style element's text is CSS: the engine's own, with no '<' in it. */
        if (style) {
            while (i < len && page[i] != '<')
                i++;
            if (len - i < 8 || strncmp(page + i, "</style>", 8) != 0) {
                snprintf(why, size, "byte %zu: the style element does not end cleanly", i);
                return -1;
            }
        }
    }
    return 0;
}

#endif
