/* libFuzzer: arbitrary bytes as a session record; when the reader accepts them, the HTML
 * debrief and the class view are rendered into memory and must hold only the elements and
 * attributes the engine writes, no <script, no event handler, no javascript: URL
 * (tests/report/page_check.h). abort() on a violation. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../engine/report/report.h"
#include "../report/page_check.h"
#include "fuzz_file.h"

static void check(const char *what, char *page, size_t len)
{
    char why[256];
    if (page_check(page, len, why, sizeof why) != 0) {
        fprintf(stderr, "fuzz_report: the %s holds markup the engine did not write: %s\n", what,
                why);
        abort();
    }
    free(page);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = fuzz_write("record.json", data, size);
    if (!path) return 0;
    Report r;
    char err[4400];
    if (report_load(path, &r, err, sizeof err) == 0) {
        char *page = NULL;
        size_t len = 0;
        FILE *f = open_memstream(&page, &len);
        report_html(f, &r);
        fclose(f);
        report_free(&r);
        check("debrief", page, len);
        page = NULL;
        len = 0;
        f = open_memstream(&page, &len);
        report_summary(f, fuzz_dir(), SUMMARY_HTML);
        fclose(f);
        check("class view", page, len);
    }
    unlink(path);
    return 0;
}
