/* report summary: the class view over a folder of records. One row per trainee and client
 * (their latest session, with how many they played), and where the class as a whole chose
 * worst: the choice points with the most harmful moves (Persuade, Confront) across every
 * session in the folder. Reads the records only; the client files are not needed. */
#include <cjson/cJSON.h>
#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../store/record.h"
#include "report.h"

typedef struct Row {
    char trainee[128], client[128], title[256], ending[128], outcome[16], started[32], rq[32],
        pct_cr[16], file[256];
    double score;
    bool pass, has_ending;
    int turns, sessions;
} Row;

typedef struct Point {
    char client[128], node[128], choice[128], text[512], miti[16];
    int harmful, sessions; /* harmful choices here; sessions that passed through */
    char who[512];         /* trainees who chose a harmful move here */
} Point;

typedef struct Class {
    Row *rows;
    int nrows;
    Point *points;
    int npoints;
} Class;

static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int cmp_row(const void *a, const void *b)
{
    const Row *x = a, *y = b;
    int c = strcmp(x->trainee, y->trainee);
    return c ? c : strcmp(x->client, y->client);
}

static int cmp_point(const void *a, const void *b)
{
    const Point *x = a, *y = b;
    if (x->harmful != y->harmful) return y->harmful - x->harmful;
    int c = strcmp(x->client, y->client);
    return c ? c : strcmp(x->node, y->node);
}

static void add_record(Class *c, const Report *r, const char *file)
{
    const char *who = r->trainee[0] ? r->trainee : "(not named)";
    Row *row = NULL;
    for (int i = 0; i < c->nrows; i++)
        if (!strcmp(c->rows[i].trainee, who) && !strcmp(c->rows[i].client, r->scenario_id))
            row = &c->rows[i];
    int sessions = row ? row->sessions + 1 : 1;
    /* The latest session stands for the trainee (ISO times sort as strings). */
    if (row && strcmp(r->started, row->started) < 0) {
        row->sessions = sessions;
    } else {
        if (!row) {
            Row *rows = realloc(c->rows, (size_t)(c->nrows + 1) * sizeof *rows);
            if (!rows) return;
            c->rows = rows;
            row = &c->rows[c->nrows++];
        }
        memset(row, 0, sizeof *row);
        snprintf(row->trainee, sizeof row->trainee, "%s", who);
        snprintf(row->client, sizeof row->client, "%s", r->scenario_id);
        snprintf(row->title, sizeof row->title, "%s", r->title);
        snprintf(row->started, sizeof row->started, "%s", r->started);
        snprintf(row->file, sizeof row->file, "%s", file);
        row->sessions = sessions;
        row->score = report_value(r->summary, "score");
        row->pass = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(r->summary, "pass"));
        row->turns = r->nturns;
        row->has_ending = r->ending != NULL;
        snprintf(row->ending, sizeof row->ending, "%s",
                 r->ending ? cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(r->ending, "id"))
                           : "none");
        snprintf(row->outcome, sizeof row->outcome, "%s",
                 r->ending
                     ? cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(r->ending, "outcome"))
                     : "");
        bool short_ = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(r->summary, "too_short"));
        double rq = report_value(r->summary, "rq"), cr = report_value(r->summary, "pct_cr");
        if (short_)
            snprintf(row->rq, sizeof row->rq, "too short");
        else if (isnan(rq))
            snprintf(row->rq, sizeof row->rq, "none");
        else
            snprintf(row->rq, sizeof row->rq, "%.2f", rq);
        if (short_)
            snprintf(row->pct_cr, sizeof row->pct_cr, "too short");
        else if (isnan(cr))
            snprintf(row->pct_cr, sizeof row->pct_cr, "none");
        else
            snprintf(row->pct_cr, sizeof row->pct_cr, "%.0f%%", cr * 100);
    }
    /* Every session counts for the choice points, not only the latest. */
    for (int i = 0; i < r->nturns; i++) {
        const ReportTurn *t = &r->turns[i];
        Point *p = NULL;
        for (int k = 0; k < c->npoints; k++)
            if (!strcmp(c->points[k].client, r->scenario_id) && !strcmp(c->points[k].node, t->node))
                p = &c->points[k];
        if (!p) {
            Point *pts = realloc(c->points, (size_t)(c->npoints + 1) * sizeof *pts);
            if (!pts) return;
            c->points = pts;
            p = &c->points[c->npoints++];
            memset(p, 0, sizeof *p);
            snprintf(p->client, sizeof p->client, "%s", r->scenario_id);
            snprintf(p->node, sizeof p->node, "%s", t->node);
        }
        p->sessions++;
        if (!report_miti_harmful(t->miti)) continue;
        if (!p->harmful) {
            snprintf(p->choice, sizeof p->choice, "%s", t->chose);
            snprintf(p->text, sizeof p->text, "%s", t->text);
            snprintf(p->miti, sizeof p->miti, "%s", t->miti);
        }
        p->harmful++;
        if (!strstr(p->who, who) && strlen(p->who) + strlen(who) + 3 < sizeof p->who)
            snprintf(p->who + strlen(p->who), sizeof p->who - strlen(p->who), "%s%s",
                     p->who[0] ? ", " : "", who);
    }
}

/* A quoted CSV cell. A cell a spreadsheet would take for a formula (it starts with =, +, -,
 * @, tab or CR) gets a leading single quote, as OWASP recommends against CSV injection. */
static void csv_field(FILE *f, const char *s)
{
    fputc('"', f);
    if (*s && strchr("=+-@\t\r", *s)) fputc('\'', f);
    for (; *s; s++) {
        if (*s == '"') fputc('"', f);
        fputc(*s, f);
    }
    fputc('"', f);
}

/* A cell written bare when it is plainly a word or a number (as the engine writes them), else
 * quoted and neutralised like the others. */
static void csv_cell(FILE *f, const char *s)
{
    size_t n = strlen(s);
    bool plain =
        strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.:%-") == n &&
        (n == 0 || !strchr("=+-@", s[0]));
    if (plain)
        fputs(s, f);
    else
        csv_field(f, s);
}

/* Text of a record for the terminal: control characters shown, not obeyed. */
#define T(s) term_safe((s), false)

#define WORST_POINTS 5

static void print_text(FILE *f, const Class *c)
{
    fprintf(f, "%-20s %-18s %8s %6s %-8s %-22s %-10s %-10s %5s\n", "trainee", "client", "sessions",
            "score", "pass", "ending", "R:Q", "% CR", "turns");
    for (int i = 0; i < c->nrows; i++) {
        const Row *r = &c->rows[i];
        char ending[160];
        snprintf(ending, sizeof ending, "%s%s%s%s", r->ending, r->outcome[0] ? " (" : "",
                 r->outcome, r->outcome[0] ? ")" : "");
        fprintf(f, "%-20s %-18s %8d %6.2f %-8s %-22s %-10s %-10s %5d\n", T(r->trainee),
                T(r->client), r->sessions, r->score, r->pass ? "pass" : "not yet", T(ending),
                T(r->rq), T(r->pct_cr), r->turns);
    }
    fprintf(f, "\nWhere the class chose worst (Persuade or Confront, across every session):\n");
    int shown = 0;
    for (int i = 0; i < c->npoints && shown < WORST_POINTS; i++) {
        const Point *p = &c->points[i];
        if (!p->harmful) break;
        fprintf(f, "  %s at '%s': %d of %d choices made there (%s), e.g. \"%s\" [%s]\n",
                T(p->client), T(p->node), p->harmful, p->sessions, T(p->who), T(p->text),
                T(p->miti));
        shown++;
    }
    if (!shown) fprintf(f, "  nowhere: no session in the folder chose Persuade or Confront\n");
}

static void print_csv(FILE *f, const Class *c)
{
    fputs("trainee,client,sessions,score,pass,ending,outcome,rq,pct_cr,turns,started,file\n", f);
    for (int i = 0; i < c->nrows; i++) {
        const Row *r = &c->rows[i];
        csv_field(f, r->trainee);
        fputc(',', f);
        csv_field(f, r->client);
        fprintf(f, ",%d,%.3f,%s,", r->sessions, r->score, r->pass ? "true" : "false");
        csv_field(f, r->ending);
        fputc(',', f);
        csv_cell(f, r->outcome);
        fputc(',', f);
        csv_cell(f, !strcmp(r->rq, "too short") ? "" : r->rq);
        fputc(',', f);
        csv_cell(f, !strcmp(r->pct_cr, "too short") ? "" : r->pct_cr);
        fprintf(f, ",%d,", r->turns);
        csv_cell(f, r->started);
        fputc(',', f);
        csv_field(f, r->file);
        fputc('\n', f);
    }
}

static void print_html(FILE *f, const Class *c, const char *dir)
{
    fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Class "
          "view: ",
          f);
    html_escape(f, dir);
    fputs("</title>\n<style>body{font-family:'DejaVu "
          "Sans',Verdana,sans-serif;color:#1d2327;margin:0;background:#fafafa}"
          "main{max-width:1100px;margin:0 auto;padding:24px "
          "28px;background:#fff}h1{font-size:24px}h2{font-size:19px;margin-top:28px}"
          "table{border-collapse:collapse;width:100%;font-size:14px}th,td{border-bottom:1px solid "
          "#e3e6e8;padding:6px 8px;text-align:left}"
          "th{background:#f0f2f4}td.num{text-align:right}.pass{color:#116329;font-weight:bold}."
          "fail{color:#a4262c}"
          ".bar{display:inline-block;height:10px;background:#c0392b;vertical-align:middle;margin-"
          "right:6px}"
          ".note{color:#50575e;font-size:13px}</style>\n</head>\n<body>\n<main>\n<h1>Class "
          "view</h1>\n<p class=\"note\">",
          f);
    html_escape(f, dir);
    fprintf(f,
            ": %d trainee%s. Each row is a trainee's latest session with that client; R:Q and %% "
            "complex reflections "
            "need 10 "
            "turns.</p>\n<table>\n<tr><th>trainee</th><th>client</th><th>sessions</th><th>score</"
            "th><th>pass</th>"
            "<th>ending</th><th>R:Q</th><th>%% CR</th><th>turns</th></tr>\n",
            c->nrows, c->nrows == 1 ? "" : "s");
    for (int i = 0; i < c->nrows; i++) {
        const Row *r = &c->rows[i];
        fputs("<tr><td>", f);
        html_escape(f, r->trainee);
        fputs("</td><td>", f);
        html_escape(f, r->client);
        fprintf(
            f,
            "</td><td class=\"num\">%d</td><td class=\"num\">%.2f</td><td class=\"%s\">%s</td><td>",
            r->sessions, r->score, r->pass ? "pass" : "fail", r->pass ? "pass" : "not yet");
        html_escape(f, r->ending);
        if (r->outcome[0]) {
            fputs(" (", f);
            html_escape(f, r->outcome);
            fputs(")", f);
        }
        fputs("</td><td class=\"num\">", f);
        html_escape(f, r->rq);
        fputs("</td><td class=\"num\">", f);
        html_escape(f, r->pct_cr);
        fprintf(f, "</td><td class=\"num\">%d</td></tr>\n", r->turns);
    }
    fputs("</table>\n<h2>Where the class chose worst</h2>\n<p class=\"note\">The choice points "
          "with the most Persuade and "
          "Confront moves across every session in the "
          "folder.</p>\n<table>\n<tr><th>client</th><th>choice point</th>"
          "<th>harmful choices</th><th>who</th><th>for example</th></tr>\n",
          f);
    int shown = 0;
    for (int i = 0; i < c->npoints && shown < WORST_POINTS; i++, shown++) {
        const Point *p = &c->points[i];
        if (!p->harmful) break;
        fputs("<tr><td>", f);
        html_escape(f, p->client);
        fputs("</td><td>", f);
        html_escape(f, p->node);
        fprintf(f, "</td><td><span class=\"bar\" style=\"width:%dpx\"></span>%d of %d</td><td>",
                12 * p->harmful, p->harmful, p->sessions);
        html_escape(f, p->who);
        fputs("</td><td>&ldquo;", f);
        html_escape(f, p->text);
        fputs("&rdquo; [", f);
        html_escape(f, p->miti);
        fputs("]</td></tr>\n", f);
    }
    if (!shown)
        fputs("<tr><td colspan=\"5\">Nowhere: no session chose Persuade or Confront.</td></tr>\n",
              f);
    fputs("</table>\n</main>\n</body>\n</html>\n", f);
}

int report_summary(FILE *f, const char *dir, int format)
{
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "%s: cannot open the folder: %s\n", dir, strerror(errno));
        return 2;
    }
    char **names = NULL;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (e->d_name[0] == '.' || len < 6 || strcmp(e->d_name + len - 5, ".json") != 0) continue;
        char **nn = realloc(names, (size_t)(n + 1) * sizeof *nn);
        if (!nn) break;
        names = nn;
        names[n] = strdup(e->d_name);
        if (names[n]) n++;
    }
    closedir(d);
    if (n == 0) {
        fprintf(stderr, "%s: no session records (*.json) in this folder\n", dir);
        free(names);
        return 2;
    }
    qsort(names, (size_t)n, sizeof *names, cmp_name); /* the same folder, the same output */
    Class c = {0};
    int bad = 0;
    for (int i = 0; i < n; i++) {
        char path[4400], err[4600];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        Report r;
        if (report_load(path, &r, err, sizeof err) != 0) {
            fprintf(stderr, "%s\n", err);
            bad++;
        } else {
            add_record(&c, &r, names[i]);
            report_free(&r);
        }
        free(names[i]);
    }
    free(names);
    int rc = bad ? 2 : 0;
    if (c.nrows == 0) {
        fprintf(stderr, "%s: none of the %d .json files is a session record\n", dir, n);
        rc = 2;
    } else {
        qsort(c.rows, (size_t)c.nrows, sizeof *c.rows, cmp_row);
        qsort(c.points, (size_t)c.npoints, sizeof *c.points, cmp_point);
        if (format == SUMMARY_CSV)
            print_csv(f, &c);
        else if (format == SUMMARY_HTML)
            print_html(f, &c, dir);
        else
            print_text(f, &c);
    }
    free(c.rows);
    free(c.points);
    return rc;
}
