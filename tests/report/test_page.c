/* The HTML debrief and the class view of hostile records (markup in every string field a
 * record can carry, tests/report/hostile/) hold only the elements and attributes the engine
 * writes (tests/report/page_check.h, the check tests/fuzz/fuzz_report.c fuzzes with), and
 * the markup arrives as text. Usage: test_page RECORD.json... */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../engine/report/report.h"
#include "page_check.h"

static int check(const char *what, const char *path, char *page, size_t len, bool marked)
{
    char why[256];
    int rc = 0;
    if (page_check(page, len, why, sizeof why) != 0) {
        fprintf(stderr, "FAIL %s of %s: %s\n", what, path, why);
        rc = 1;
    } else if (marked && !strstr(page, "&lt;script&gt;alert(1)&lt;/script&gt;")) {
        fprintf(stderr, "FAIL %s of %s: the record's markup is not in the page as text\n", what,
                path);
        rc = 1;
    } else {
        printf("ok   %s of %s\n", what, path);
    }
    free(page);
    return rc;
}

int main(int argc, char **argv)
{
    int fail = 0;
    for (int i = 1; i < argc; i++) {
        Report r;
        char err[4400];
        if (report_load(argv[i], &r, err, sizeof err) != 0) {
            fprintf(stderr, "FAIL %s: %s\n", argv[i], err);
            fail = 1;
            continue;
        }
        char *page = NULL;
        size_t len = 0;
        FILE *f = open_memstream(&page, &len);
        report_html(f, &r);
        fclose(f);
        report_free(&r);
        fail |= check("debrief", argv[i], page, len, strstr(argv[i], "/hostile/") != NULL);

        /* The class view of a folder holding just this record, under a file name that is
         * itself hostile: its debrief page is written beside and linked. */
        char dir[] = "/tmp/rapport-test-page-XXXXXX", copy[64], pagefile[96], buf[65536];
        if (!mkdtemp(dir)) return 2;
        snprintf(copy, sizeof copy, "%s/r\"<b>&:.json", dir);
        snprintf(pagefile, sizeof pagefile, "%s/debrief-r__b___.html", dir);
        FILE *in = fopen(argv[i], "rb"), *out = fopen(copy, "wb");
        size_t n;
        while (in && out && (n = fread(buf, 1, sizeof buf, in)) > 0)
            fwrite(buf, 1, n, out);
        if (in) fclose(in);
        if (out) fclose(out);
        page = NULL;
        len = 0;
        f = open_memstream(&page, &len);
        int rc = report_summary_pages(f, dir, SUMMARY_HTML, dir);
        fclose(f);
        unlink(copy);
        if (strstr(page, "<a href=\"debrief-r__b___.html\">debrief</a>") == NULL) {
            fprintf(stderr, "FAIL class view of %s: no link to its debrief page\n", argv[i]);
            fail = 1;
        }
        unlink(pagefile);
        rmdir(dir);
        if (rc != 0) {
            fprintf(stderr, "FAIL class view of %s: exit %d\n", argv[i], rc);
            free(page);
            fail = 1;
            continue;
        }
        fail |= check("class view", argv[i], page, len, false);
    }
    return fail;
}
