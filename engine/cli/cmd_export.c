/* export: a session record for a learning platform, as xAPI statements in a file (or on
 * stdout). It writes files only: nothing here opens a network connection. */
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "../report/report.h"
#include "cli.h"
#include "opts.h"
#include "../store/record.h"

const char cmd_export_summary[] =
    "a session record as xAPI (cmi5) statements, written to a file, never sent";

int cmd_export(int argc, char **argv)
{
    const char *record = NULL, *out = NULL;
    bool xapi = false;
    const Option options[] = {
        OPTION_FLAG("--xapi", &xapi, "xAPI (cmi5) statements: the one format"),
        OPTION_STRING("--out", &out, "FILE", "write to FILE (default: stdout)"),
        {0}};
    const Command c = {"export", "RECORD.json", cmd_export_summary, options, 0, 1};
    int n, rc = opts_parse(&c, argc, argv, &record, &n);
    if (rc) return opts_exit(rc);
    if (!xapi) {
        fprintf(stderr, "rapport export: which format? (--xapi)\n");
        return EXIT_BAD_INPUT;
    }
    if (!record) {
        fprintf(stderr, "rapport export: which record?\n");
        return EXIT_BAD_INPUT;
    }
    Report r;
    char err[4400];
    if (report_load(record, &r, err, sizeof err) != 0) {
        fprintf(stderr, "%s\n", err);
        return EXIT_BAD_INPUT;
    }
    rc = EXIT_OK;
    /* cmi5 wants UTC timestamps on every statement: a record without them cannot be sent. */
    int y, mo, d, h, mi, s;
    if (sscanf(r.started, "%4d-%2d-%2dT%2d:%2d:%2dZ", &y, &mo, &d, &h, &mi, &s) != 6 ||
        sscanf(r.ended, "%4d-%2d-%2dT%2d:%2d:%2dZ", &y, &mo, &d, &h, &mi, &s) != 6) {
        fprintf(stderr,
                "%s: the record's \"started\" and \"ended\" must be UTC times like "
                "2026-11-22T10:17:43Z\n",
                record);
        report_free(&r);
        return EXIT_BAD_INPUT;
    }
    cJSON *list = xapi_statements(&r);
    char *text = list ? cJSON_Print(list) : NULL;
    cJSON_Delete(list);
    if (!text) {
        fprintf(stderr, "rapport export: out of memory\n");
        rc = EXIT_BAD_INPUT;
    } else if (!out) {
        printf("%s\n", text);
    } else {
        /* Atomically, like records: a fresh temporary file beside it, then renamed over it. */
        if (record_write_file(out, text) != 0) {
            fprintf(stderr, "rapport export: cannot write %s\n", out);
            rc = EXIT_BAD_INPUT;
        }
    }
    free(text);
    report_free(&r);
    return rc;
}
