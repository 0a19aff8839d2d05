/* report: the debrief of a session record (HTML, text, or the chart as PNG), and the class
 * view over a folder of records (rapport report --summary DIR). */
#include <stdlib.h>
#include <string.h>

#include "../core/transcript.h"
#include "../report/report.h"
#include "cli.h"
#include "opts.h"

const char cmd_report_summary[] =
    "the debrief of a session record (HTML, text, a PNG chart), or the class view of a folder";

static int usage(const char *msg)
{
    fprintf(stderr, "rapport report: %s\n", msg);
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

typedef struct ReportOpts {
    const char *record, *format, *out, *png, *summary, *scenario;
    bool csv, html;
} ReportOpts;

static int parse(int argc, char **argv, ReportOpts *o)
{
    *o = (ReportOpts){0};
    const Option options[] = {
        OPTION_STRING("--scenario", &o->scenario, "FILE",
                      "the client file (default: the bundled client or yours of the record's id)"),
        OPTION_STRING("--format", &o->format, "FORMAT", "html (default) or text"),
        OPTION_STRING("--out", &o->out, "FILE",
                      "write to FILE (default: stdout); with --summary --html, each trainee's "
                      "latest debrief goes beside it, linked"),
        OPTION_STRING("--png", &o->png, "FILE", "the chart as a PNG in FILE"),
        OPTION_STRING("--summary", &o->summary, "DIR", "the class view over a folder of records"),
        OPTION_FLAG("--csv", &o->csv, "with --summary: as CSV"),
        OPTION_FLAG("--html", &o->html, "with --summary: as an HTML page"),
        {0}};
    const Command c = {"report", "RECORD.json", cmd_report_summary, options, 0, 1};
    int n;
    return opts_parse(&c, argc, argv, &o->record, &n);
}

/* --summary DIR: the class view over a folder of records. */
static int report_folder(const ReportOpts *o)
{
    if (o->record || o->format || o->png || o->scenario)
        return usage("--summary DIR takes no record, --format, --png or --scenario");
    if (o->csv && o->html) return usage("give --csv or --html, not both");
    FILE *f = open_out(o->out);
    if (!f) return EXIT_BAD_INPUT;
    /* With --out, the HTML class page gets each trainee's latest debrief beside it. */
    char pages[4096] = ".";
    if (o->out && strrchr(o->out, '/'))
        snprintf(pages, sizeof pages, "%.*s", (int)(strrchr(o->out, '/') - o->out), o->out);
    int rc = report_summary_pages(f, o->summary,
                                  o->csv    ? SUMMARY_CSV
                                  : o->html ? SUMMARY_HTML
                                            : SUMMARY_TEXT,
                                  o->out ? (pages[0] ? pages : "/") : NULL);
    int rc2 = close_out(f, o->out);
    return rc ? rc : rc2;
}

int cmd_report(int argc, char **argv)
{
    ReportOpts o;
    int rc = parse(argc, argv, &o);
    if (rc) return opts_exit(rc);
    if (o.summary) return report_folder(&o);
    if (o.csv || o.html)
        return usage("--csv and --html go with --summary DIR (for one record: --format)");
    if (!o.record) return usage("which record?");
    const char *record = o.record, *format = o.format, *out = o.out, *png = o.png;
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
    if (report_use_scenario(&r, o.scenario) != 0) {
        report_free(&r);
        return EXIT_BAD_INPUT;
    }
    rc = EXIT_OK;
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
