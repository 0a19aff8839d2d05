/* export: a session record for a learning platform, as xAPI statements in a file (or on
 * stdout). It writes files only: nothing here opens a network connection. */
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "../report/report.h"
#include "cli.h"
#include "../store/record.h"

static int usage(const char *msg, const char *arg)
{
    fprintf(stderr, "rapport export: %s%s%s\n", msg, arg ? ": " : "", arg ? arg : "");
    fprintf(stderr, "usage: rapport export --xapi RECORD.json [--out FILE]\n");
    return EXIT_BAD_INPUT;
}

int cmd_export(int argc, char **argv)
{
    const char *record = NULL, *out = NULL;
    bool xapi = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--xapi"))
            xapi = true;
        else if (!strcmp(a, "--out")) {
            if (i + 1 >= argc) return usage("this option needs a value", a);
            out = argv[++i];
        } else if (a[0] == '-' && a[1])
            return usage("unknown option", a);
        else if (record)
            return usage("one record at a time; unexpected", a);
        else
            record = a;
    }
    if (!xapi) return usage("which format? (--xapi)", NULL);
    if (!record) return usage("which record?", NULL);
    Report r;
    char err[4400];
    if (report_load(record, &r, err, sizeof err) != 0) {
        fprintf(stderr, "%s\n", err);
        return EXIT_BAD_INPUT;
    }
    int rc = EXIT_OK;
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
