/* report summary: the class view over a folder of records. One row per trainee and client
 * (their latest session, with how many they played, and the record that stands for it), and,
 * for each client in its own section, where the class chose worst: the choice points with the
 * most harmful moves (Persuade, Confront) across every session in the folder. Reads the
 * records; a client file is read only for the titles of endings an older record lacks. With
 * --html --out FILE it also writes each trainee's latest debrief beside FILE and links it. */
#include <cjson/cJSON.h>
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "../core/recap.h"
#include "../store/paths.h"

typedef struct Row {
    char trainee[128], client[128], title[256], ending[256], outcome[16], started[32], file[256];
    char ending_id[128];
    char page[300]; /* the debrief page written for this row (beside the class page), or "" */
    char miti[REPORT_MITI_ROWS][32]; /* the class view's cells of the shared MITI layout */
    double score;
    bool pass, has_ending;
    int turns, sessions;
    int typed; /* of the turns, how many the trainee typed (issue 15) */
} Row;

typedef struct Point {
    char client[128], node[128], choice[128], text[512], miti[16];
    char say[512];         /* what the client said there: the point as a trainee knows it */
    int harmful, sessions; /* harmful choices here; sessions that passed through */
    char who[512];         /* trainees who chose a harmful move here */
} Point;

/* A client's ending titles, for records written before endings had titles. */
typedef struct ClientTitles {
    char id[128];
    Host *h; /* NULL when the client file could not be found or loaded */
} ClientTitles;

typedef struct Class {
    Row *rows;
    int nrows;
    Point *points;
    int npoints;
    ClientTitles clients[32];
    int nclients;
    const char *dir; /* the records' folder */
} Class;

/* The title of an ending of a client from its file (loaded once per client), or NULL. */
static const char *client_title(Class *c, const char *client, const char *ending)
{
    ClientTitles *ct = NULL;
    for (int i = 0; i < c->nclients; i++)
        if (!strcmp(c->clients[i].id, client)) ct = &c->clients[i];
    if (!ct && c->nclients < (int)(sizeof c->clients / sizeof c->clients[0])) {
        ct = &c->clients[c->nclients++];
        snprintf(ct->id, sizeof ct->id, "%s", client);
        char file[4096];
        ct->h = report_client_file(client, NULL, file, sizeof file) ? paths_load(file) : NULL;
    }
    if (!ct || !ct->h || !ending) return NULL;
    for (int i = 0; i < ct->h->sc.nnodes; i++) {
        const Node *n = &ct->h->sc.nodes[i];
        if (n->ending && n->title && !strcmp(n->ending, ending)) return n->title;
    }
    return NULL;
}

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

/* The class view's cell for a MITI measure: shorter words than the debrief's. */
#define TOO_SHORT "too short"
static void miti_cell(const MitiRow *row, char *out, size_t size)
{
    snprintf(out, size, "%s", row->too_short ? TOO_SHORT : row->number ? row->value : "none");
}

/* The row of a trainee and client, added when it is new. NULL when out of memory. */
static Row *find_row(Class *c, const char *who, const char *client, bool *found)
{
    for (int i = 0; i < c->nrows; i++)
        if (!strcmp(c->rows[i].trainee, who) && !strcmp(c->rows[i].client, client)) {
            *found = true;
            return &c->rows[i];
        }
    *found = false;
    Row *rows = realloc(c->rows, (size_t)(c->nrows + 1) * sizeof *rows);
    if (!rows) return NULL;
    c->rows = rows;
    return &c->rows[c->nrows++];
}

/* A row from a record: the session that now stands for the trainee with that client. */
static void fill_row(Row *row, const Report *r, const char *who, const char *file)
{
    memset(row, 0, sizeof *row);
    snprintf(row->trainee, sizeof row->trainee, "%s", who);
    snprintf(row->client, sizeof row->client, "%s", r->scenario_id);
    snprintf(row->title, sizeof row->title, "%s", r->title);
    snprintf(row->started, sizeof row->started, "%s", r->started);
    snprintf(row->file, sizeof row->file, "%s", file);
    row->score = report_value(r->summary, "score");
    row->pass = report_flag(r->summary, "pass");
    row->turns = r->nturns;
    row->typed = report_typed_turns(r);
    row->has_ending = r->ending != NULL;
    /* The ending as trainees read it; the id stays for the CSV's machines. */
    snprintf(row->ending, sizeof row->ending, "%s", r->ending ? r->ending_title : "not finished");
    snprintf(row->ending_id, sizeof row->ending_id, "%s", r->ending ? report_ending(r, "id") : "");
    snprintf(row->outcome, sizeof row->outcome, "%s", r->ending ? report_ending(r, "outcome") : "");
    MitiRow rows[REPORT_MITI_ROWS];
    report_miti_rows(r, rows);
    for (int i = 0; i < REPORT_MITI_ROWS; i++)
        if (report_miti_layout[i].column) miti_cell(&rows[i], row->miti[i], sizeof row->miti[i]);
}

/* The choice point of a client's node, added when it is new. NULL when out of memory. */
static Point *find_point(Class *c, const char *client, const char *node)
{
    for (int k = 0; k < c->npoints; k++)
        if (!strcmp(c->points[k].client, client) && !strcmp(c->points[k].node, node))
            return &c->points[k];
    Point *pts = realloc(c->points, (size_t)(c->npoints + 1) * sizeof *pts);
    if (!pts) return NULL;
    c->points = pts;
    Point *p = &c->points[c->npoints++];
    memset(p, 0, sizeof *p);
    snprintf(p->client, sizeof p->client, "%s", client);
    snprintf(p->node, sizeof p->node, "%s", node);
    return p;
}

/* Every session counts for the choice points, not only the latest. */
static void add_points(Class *c, const Report *r, const char *who)
{
    for (int i = 0; i < r->nturns; i++) {
        const ReportTurn *t = &r->turns[i];
        Point *p = find_point(c, r->scenario_id, t->node);
        if (!p) return;
        p->sessions++;
        if (!p->say[0]) snprintf(p->say, sizeof p->say, "%s", t->say ? t->say : "");
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

static void add_record(Class *c, const Report *r, const char *file)
{
    const char *who = r->trainee[0] ? r->trainee : "(not named)";
    bool found;
    Row *row = find_row(c, who, r->scenario_id, &found);
    if (!row) return;
    int sessions = found ? row->sessions + 1 : 1;
    /* The latest session stands for the trainee (ISO times sort as strings). */
    if (!found || strcmp(r->started, row->started) >= 0) {
        fill_row(row, r, who, file);
        const char *t = report_ending(r, "title");
        if (r->ending && !(t && *t) && (t = client_title(c, r->scenario_id, row->ending_id)))
            snprintf(row->ending, sizeof row->ending, "%s", t);
    }
    row->sessions = sessions;
    add_points(c, r, who);
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
#define T(s) report_term(s)

#define WORST_POINTS 5

/* Whether any latest session typed: only then has the class view a "typed" column, so a
 * class that only picked from the list sees the view it always has. */
static bool class_typed(const Class *c)
{
    for (int i = 0; i < c->nrows; i++)
        if (c->rows[i].typed) return true;
    return false;
}

static void text_rows(FILE *f, const Class *c)
{
    bool typed = class_typed(c);
    fprintf(f, "%-20s %-18s %8s %6s %-8s %-40s ", "trainee", "client", "sessions", "score", "pass",
            "ending");
    for (int m = 0; m < REPORT_MITI_ROWS; m++)
        if (report_miti_layout[m].column) fprintf(f, "%-10s ", report_miti_layout[m].column);
    fprintf(f, "%5s  %s%s\n", "turns", typed ? "typed  " : "", "latest record");
    for (int i = 0; i < c->nrows; i++) {
        const Row *r = &c->rows[i];
        char ending[300];
        snprintf(ending, sizeof ending, "%s%s%s%s", r->ending, r->outcome[0] ? " (" : "",
                 r->outcome, r->outcome[0] ? ")" : "");
        fprintf(f, "%-20s %-18s %8d %6.2f %-8s %-40s ", T(r->trainee), T(r->client), r->sessions,
                r->score, r->pass ? "pass" : "not yet", T(ending));
        for (int m = 0; m < REPORT_MITI_ROWS; m++)
            if (report_miti_layout[m].column) fprintf(f, "%-10s ", T(r->miti[m]));
        fprintf(f, "%5d  ", r->turns);
        if (typed) fprintf(f, "%5d  ", r->typed);
        fprintf(f, "%s\n", T(r->file));
    }
}

/* The clients of the folder, each once, in the rows' order (by trainee, then client): the
 * index of the row that first names each. */
static int client_list(const Class *c, int *first)
{
    int n = 0;
    for (int i = 0; i < c->nrows; i++) {
        bool seen = false;
        for (int k = 0; k < n && !seen; k++)
            seen = !strcmp(c->rows[first[k]].client, c->rows[i].client);
        if (!seen) first[n++] = i;
    }
    return n;
}

/* A choice point as a trainee knows it: what the client said there, briefly. */
static void point_words(const Point *p, char *buf, size_t size)
{
    recap_quote(p->say, 80, buf, size);
}

static void print_text(FILE *f, const Class *c)
{
    text_rows(f, c);
    int first[1024], nc = client_list(c, first);
    for (int k = 0; k < nc; k++) {
        const Row *cr = &c->rows[first[k]];
        fprintf(f, "\nWhere the class chose worst with %s (%s), Persuade or Confront:\n",
                T(cr->client), T(cr->title));
        int shown = 0;
        for (int i = 0; i < c->npoints && shown < WORST_POINTS; i++) {
            const Point *p = &c->points[i];
            if (!p->harmful || strcmp(p->client, cr->client)) continue;
            char say[200];
            point_words(p, say, sizeof say);
            fprintf(f, "  after \"%s\": %d of %d choices made there (%s), e.g. \"%s\" [%s]\n",
                    T(say), p->harmful, p->sessions, T(p->who), T(p->text), T(p->miti));
            shown++;
        }
        if (!shown) fprintf(f, "  nowhere: no session chose Persuade or Confront\n");
    }
}

static void print_csv(FILE *f, const Class *c)
{
    fputs("trainee,client,sessions,score,pass,ending,outcome", f);
    for (int m = 0; m < REPORT_MITI_ROWS; m++)
        if (report_miti_layout[m].column) fprintf(f, ",%s", report_miti_layout[m].key);
    bool typed = class_typed(c);
    fputs(typed ? ",turns,started,file,ending_title,typed\n" : ",turns,started,file,ending_title\n",
          f);
    for (int i = 0; i < c->nrows; i++) {
        const Row *r = &c->rows[i];
        csv_field(f, r->trainee);
        fputc(',', f);
        csv_field(f, r->client);
        fprintf(f, ",%d,%.3f,%s,", r->sessions, r->score, r->pass ? "true" : "false");
        csv_field(f, r->has_ending ? r->ending_id : "none");
        fputc(',', f);
        csv_cell(f, r->outcome);
        for (int m = 0; m < REPORT_MITI_ROWS; m++) {
            if (!report_miti_layout[m].column) continue;
            fputc(',', f);
            csv_cell(f, !strcmp(r->miti[m], TOO_SHORT) ? "" : r->miti[m]);
        }
        fprintf(f, ",%d,", r->turns);
        csv_cell(f, r->started);
        fputc(',', f);
        csv_field(f, r->file);
        fputc(',', f);
        csv_field(f, r->has_ending ? r->ending : "");
        if (typed) fprintf(f, ",%d", r->typed);
        fputc('\n', f);
    }
}

/* The page's head and the note above the table of trainees. */
static void html_head(FILE *f, const Class *c, const char *dir)
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
            "turns.</p>\n",
            c->nrows, c->nrows == 1 ? "" : "s");
}

static void html_row(FILE *f, const Row *r, bool typed)
{
    fputs("<tr><td>", f);
    html_escape(f, r->trainee);
    fputs("</td><td>", f);
    html_escape(f, r->client);
    fprintf(f,
            "</td><td class=\"num\">%d</td><td class=\"num\">%.2f</td><td class=\"%s\">%s</td><td>",
            r->sessions, r->score, r->pass ? "pass" : "fail", r->pass ? "pass" : "not yet");
    html_escape(f, r->ending);
    if (r->outcome[0]) {
        fputs(" (", f);
        html_escape(f, r->outcome);
        fputs(")", f);
    }
    for (int m = 0; m < REPORT_MITI_ROWS; m++) {
        if (!report_miti_layout[m].column) continue;
        fputs("</td><td class=\"num\">", f);
        html_escape(f, r->miti[m]);
    }
    fprintf(f, "</td><td class=\"num\">%d", r->turns);
    if (typed) fprintf(f, "</td><td class=\"num\">%d", r->typed);
    fputs("</td><td>", f);
    if (r->page[0]) { /* a relative link: the page sits beside this one */
        fputs("<a href=\"", f);
        html_escape(f, r->page);
        fputs("\">debrief</a>", f);
    } else {
        html_escape(f, r->file);
    }
    fputs("</td></tr>\n", f);
}

static void html_rows(FILE *f, const Class *c)
{
    fputs("<table>\n<tr><th>trainee</th><th>client</th><th>sessions</th><th>score</th><th>pass</"
          "th><th>ending</th>",
          f);
    for (int m = 0; m < REPORT_MITI_ROWS; m++) {
        if (!report_miti_layout[m].column) continue;
        fputs("<th>", f);
        html_escape(f, report_miti_layout[m].column);
        fputs("</th>", f);
    }
    bool typed = class_typed(c);
    fputs(typed ? "<th>turns</th><th>typed</th><th>latest debrief</th></tr>\n"
                : "<th>turns</th><th>latest debrief</th></tr>\n",
          f);
    for (int i = 0; i < c->nrows; i++)
        html_row(f, &c->rows[i], typed);
    fputs("</table>\n", f);
}

static void html_point(FILE *f, const Point *p)
{
    char say[200];
    point_words(p, say, sizeof say);
    fputs("<tr><td>&ldquo;", f);
    html_escape(f, say);
    fputs("&rdquo;", f);
    fprintf(f, "</td><td><span class=\"bar\" style=\"width:%dpx\"></span>%d of %d</td><td>",
            12 * p->harmful, p->harmful, p->sessions);
    html_escape(f, p->who);
    fputs("</td><td>&ldquo;", f);
    html_escape(f, p->text);
    fputs("&rdquo; [", f);
    html_escape(f, p->miti);
    fputs("]</td></tr>\n", f);
}

/* Where the class chose worst, one section per client, so no client hides another. */
static void html_points(FILE *f, const Class *c)
{
    fputs("<h2>Where the class chose worst</h2>\n<p class=\"note\">For each client, the choice "
          "points with the most Persuade and Confront moves across every session in the "
          "folder.</p>\n",
          f);
    int first[1024], nc = client_list(c, first);
    for (int k = 0; k < nc; k++) {
        const Row *cr = &c->rows[first[k]];
        fputs("<h3>", f);
        html_escape(f, cr->title);
        fputs(" <span class=\"note\">(", f);
        html_escape(f, cr->client);
        fputs(")</span></h3>\n<table>\n<tr><th>after the client said</th><th>harmful "
              "choices</th><th>who</th><th>for example</th></tr>\n",
              f);
        int shown = 0;
        for (int i = 0; i < c->npoints && shown < WORST_POINTS; i++) {
            const Point *p = &c->points[i];
            if (!p->harmful || strcmp(p->client, cr->client)) continue;
            html_point(f, p);
            shown++;
        }
        if (!shown)
            fputs("<tr><td colspan=\"4\">Nowhere: no session chose Persuade or "
                  "Confront.</td></tr>\n",
                  f);
        fputs("</table>\n", f);
    }
}

static void print_html(FILE *f, const Class *c, const char *dir)
{
    html_head(f, c, dir);
    html_rows(f, c);
    html_points(f, c);
    fputs("</main>\n</body>\n</html>\n", f);
}

/* The names of the folder's *.json files, sorted (the same folder, the same output). The count,
 * or -1 when the folder cannot be opened. */
static int list_records(const char *dir, char ***out)
{
    DIR *d = opendir(dir);
    if (!d) return -1;
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
    if (n) qsort(names, (size_t)n, sizeof *names, cmp_name);
    *out = names;
    return n;
}

/* Reads every record named (and frees the names); says on stderr why one is not read. The
 * number that could not be read. */
static int read_records(Class *c, const char *dir, char **names, int n)
{
    int bad = 0;
    for (int i = 0; i < n; i++) {
        char path[4400], err[4600];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        Report r;
        if (report_load(path, &r, err, sizeof err) != 0) {
            fprintf(stderr, "%s\n", err);
            bad++;
        } else {
            add_record(c, &r, names[i]);
            report_free(&r);
        }
        free(names[i]);
    }
    free(names);
    return bad;
}

/* Each row's latest debrief as a page in pages (the class page's folder), named from its
 * record's file with only safe characters, so the link needs no escaping beyond HTML's. */
static void write_pages(Class *c, const char *pages)
{
    for (int i = 0; i < c->nrows; i++) {
        Row *row = &c->rows[i];
        char name[300], path[4700], rec[4400], err[4600];
        snprintf(name, sizeof name, "debrief-%s", row->file);
        size_t n = strlen(name);
        if (n > 5 && !strcmp(name + n - 5, ".json")) name[n - 5] = '\0';
        for (char *p = name; *p; p++)
            if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-", *p))
                *p = '_';
        strncat(name, ".html", sizeof name - strlen(name) - 1);
        snprintf(rec, sizeof rec, "%s/%s", c->dir, row->file);
        snprintf(path, sizeof path, "%s/%s", pages, name);
        Report r;
        if (report_load(rec, &r, err, sizeof err) != 0) continue;
        if (row->has_ending) snprintf(r.ending_title, sizeof r.ending_title, "%s", row->ending);
        snprintf(r.scenario_note, sizeof r.scenario_note,
                 "written with the class view, without the client file: rapport report %s shows "
                 "the best path",
                 row->file);
        FILE *out = fopen(path, "w");
        if (out) {
            report_html(out, &r);
            if (fclose(out) == 0) snprintf(row->page, sizeof row->page, "%s", name);
        } else {
            fprintf(stderr, "rapport report: cannot write %s\n", path);
        }
        report_free(&r);
    }
}

int report_summary(FILE *f, const char *dir, int format)
{
    return report_summary_pages(f, dir, format, NULL);
}

int report_summary_pages(FILE *f, const char *dir, int format, const char *pages)
{
    char **names = NULL;
    int n = list_records(dir, &names);
    if (n < 0) {
        fprintf(stderr, "%s: cannot open the folder: %s\n", dir, strerror(errno));
        return 2;
    }
    if (n == 0) {
        fprintf(stderr, "%s: no session records (*.json) in this folder\n", dir);
        free(names);
        return 2;
    }
    Class c = {0};
    c.dir = dir;
    int rc = read_records(&c, dir, names, n) ? 2 : 0;
    if (c.nrows == 0) {
        fprintf(stderr, "%s: none of the %d .json files is a session record\n", dir, n);
        rc = 2;
    } else {
        qsort(c.rows, (size_t)c.nrows, sizeof *c.rows, cmp_row);
        qsort(c.points, (size_t)c.npoints, sizeof *c.points, cmp_point);
        if (format == SUMMARY_HTML && pages) write_pages(&c, pages);
        if (format == SUMMARY_CSV)
            print_csv(f, &c);
        else if (format == SUMMARY_HTML)
            print_html(f, &c, dir);
        else
            print_text(f, &c);
    }
    free(c.rows);
    free(c.points);
    for (int i = 0; i < c.nclients; i++)
        if (c.clients[i].h) host_close(c.clients[i].h);
    return rc;
}
