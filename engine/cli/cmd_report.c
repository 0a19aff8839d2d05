/* report: the debrief of a session record (HTML, text, or the chart as PNG), and the class
 * view over a folder of records (rapport report --summary DIR). */
#include <stdlib.h>
#include <string.h>

#include "../core/transcript.h"
#include "../report/report.h"
#include "cli.h"

static int usage(const char *msg, const char *arg)
{
    fprintf(stderr, "rapport report: %s%s%s\n", msg, arg ? ": " : "", arg ? arg : "");
    fprintf(stderr, "usage: rapport report RECORD.json [--scenario FILE] [--format html|text] "
                    "[--out FILE] [--png FILE]\n"
                    "       rapport report --summary DIR [--csv | --html] [--out FILE]\n");
    return EXIT_BAD_INPUT;
}

/* Opens --out (or stdout); one line and NULL when it cannot be written. */
static FILE *open_out(const char *out)
{
    if (!out) return stdout;
    FILE *f = fopen(out, "w");
    if (!f) fprintf(stderr, "rapport report: cannot write %s\n", out);
    return f;
}

static int close_out(FILE *f, const char *out)
{
    if (f == stdout) return fflush(f) == 0 ? EXIT_OK : EXIT_BAD_INPUT;
    if (fclose(f) != 0) {
        fprintf(stderr, "rapport report: cannot write %s\n", out);
        return EXIT_BAD_INPUT;
    }
    return EXIT_OK;
}

int cmd_report(int argc, char **argv)
{
    const char *record = NULL, *format = NULL, *out = NULL, *png = NULL, *summary = NULL,
               *scenario = NULL;
    int summary_format = SUMMARY_TEXT;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool has_value = i + 1 < argc;
        if (!strcmp(a, "--format") || !strcmp(a, "--out") || !strcmp(a, "--png") ||
            !strcmp(a, "--summary") || !strcmp(a, "--scenario")) {
            if (!has_value) return usage("this option needs a value", a);
            const char **slot = !strcmp(a, "--format")     ? &format
                                : !strcmp(a, "--out")      ? &out
                                : !strcmp(a, "--png")      ? &png
                                : !strcmp(a, "--scenario") ? &scenario
                                                           : &summary;
            *slot = argv[++i];
        } else if (!strcmp(a, "--csv"))
            summary_format = SUMMARY_CSV;
        else if (!strcmp(a, "--html"))
            summary_format = SUMMARY_HTML;
        else if (a[0] == '-' && a[1])
            return usage("unknown option", a);
        else if (record)
            return usage("one record at a time (--summary DIR for a folder); unexpected", a);
        else
            record = a;
    }
    if (summary) {
        if (record || format || png || scenario)
            return usage("--summary DIR takes no record, --format, --png or --scenario", NULL);
        FILE *f = open_out(out);
        if (!f) return EXIT_BAD_INPUT;
        int rc = report_summary(f, summary, summary_format);
        int rc2 = close_out(f, out);
        return rc ? rc : rc2;
    }
    if (summary_format != SUMMARY_TEXT)
        return usage("--csv and --html go with --summary DIR (for one record: --format)", NULL);
    if (!record) return usage("which record?", NULL);
    if (format && strcmp(format, "html") && strcmp(format, "text")) {
        fprintf(stderr, "rapport report: --format: \"%s\" is not html or text\n",
                term_safe(format, false));
        return EXIT_BAD_INPUT;
    }
    Report r;
    char err[4400];
    if (report_load(record, &r, err, sizeof err) != 0) {
        fprintf(stderr, "%s\n", err);
        return EXIT_BAD_INPUT;
    }
    if (report_use_scenario(&r, scenario) != 0) {
        report_free(&r);
        return EXIT_BAD_INPUT;
    }
    int rc = EXIT_OK;
    if (png && report_png(png, &r, err, sizeof err) != 0) {
        fprintf(stderr, "%s\n", err);
        rc = EXIT_BAD_INPUT;
    }
    /* --png alone writes the chart only; with --format or --out the page as well. */
    if (rc == EXIT_OK && (!png || format || out)) {
        FILE *f = open_out(out);
        if (!f)
            rc = EXIT_BAD_INPUT;
        else {
            if (format && !strcmp(format, "text"))
                report_text(f, &r);
            else
                report_html(f, &r);
            rc = close_out(f, out);
        }
    }
    report_free(&r);
    return rc;
}
