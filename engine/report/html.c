/* report html: the debrief as one self-contained page (inline CSS and SVG, no scripts, no
 * fonts or images from anywhere else), so a trainee can keep it and open it offline. */
#include <cjson/cJSON.h>
#include <math.h>
#include <string.h>

#include "report.h"

void html_escape(FILE *f, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '&':
            fputs("&amp;", f);
            break;
        case '<':
            fputs("&lt;", f);
            break;
        case '>':
            fputs("&gt;", f);
            break;
        case '"':
            fputs("&quot;", f);
            break;
        case '\'':
            fputs("&#39;", f);
            break;
        default:
            fputc(*s, f);
        }
    }
}

static const char *move_class(const char *miti)
{
    return report_miti_harmful(miti) ? "harm" : report_miti_consistent(miti) ? "mi" : "neutral";
}

/* Chart geometry: states 0..n along x, 0..100 up y. */
enum { CW = 920, CH = 360, ML = 44, MR = 116, MT = 16, MB = 92 };

static double cx(int i, int n)
{
    return ML + (n > 0 ? (double)i * (CW - ML - MR) / n : 0);
}

static double cy(double v)
{
    return MT + (100 - v) * (CH - MT - MB) / 100.0;
}

static void series(FILE *f, const Report *r, const char *var, const char *cls, double label_y)
{
    fprintf(f, "<polyline class=\"%s\" points=\"", cls);
    int n = r->nturns;
    bool first = true;
    if (r->initial && !isnan(report_value(r->initial, var))) {
        fprintf(f, "%.1f,%.1f", cx(0, n), cy(report_value(r->initial, var)));
        first = false;
    }
    for (int i = 0; i < n; i++) {
        double v = report_value(r->turns[i].after, var);
        if (isnan(v)) continue;
        fprintf(f, "%s%.1f,%.1f", first ? "" : " ", cx(i + 1, n), cy(v));
        first = false;
    }
    fputs("\"/>\n", f);
    double last = n ? report_value(r->turns[n - 1].after, var) : report_value(r->initial, var);
    if (!isnan(last)) {
        fprintf(f, "<text class=\"lbl %s-t\" x=\"%d\" y=\"%.1f\">", cls, CW - MR + 6, label_y + 4);
        html_escape(f, var);
        fprintf(f, " %.0f</text>\n", last);
    }
}

/* The resistance bands, faint, behind everything, and the grid with its axis. */
static void svg_grid(FILE *f)
{
    static const char *bands[] = {"open", "guarded", "resistant", "hostile"};
    for (int b = 0; b < 4; b++)
        fprintf(f,
                "<rect class=\"band%d\" x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\"/><text "
                "class=\"bandname\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n",
                b, ML, cy(25.0 * (b + 1)), CW - ML - MR, cy(0) - cy(25), CW - MR - 4,
                cy(25.0 * (b + 1)) + 12, bands[b]);
    for (int v = 0; v <= 100; v += 25)
        fprintf(f,
                "<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/><text "
                "class=\"axis\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>\n",
                ML, cy(v), CW - MR, cy(v), ML - 6, cy(v) + 4, v);
}

/* A move: a mark under its turn at x, coloured by kind, the MITI code beside it, and a faint
 * line up through the chart where the move was harmful. */
static void svg_move(FILE *f, const ReportTurn *t, double x)
{
    const char *cls = move_class(t->miti);
    if (!strcmp(cls, "harm"))
        fprintf(f, "<line class=\"harmline\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\"/>\n", x,
                MT, x, cy(0));
    fprintf(f, "<g class=\"move %s\"><title>Turn %d: ", cls, t->turn);
    html_escape(f, report_reply(t));
    fputs(" (", f);
    html_escape(f, report_words(t->move));
    fputs(", ", f);
    html_escape(f, report_code(t->codes));
    fputs(")</title>", f);
    fprintf(f,
            "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"7\"/><text class=\"turnno\" x=\"%.1f\" "
            "y=\"%.1f\" text-anchor=\"middle\">%d</text>",
            x, cy(0) + 12, x, cy(0) + 16, t->turn);
    fprintf(f,
            "<text class=\"code\" x=\"%.1f\" y=\"%.1f\" transform=\"rotate(-50 %.1f %.1f)\" "
            "text-anchor=\"end\">",
            x + 3, cy(0) + 30, x + 3, cy(0) + 30);
    html_escape(f, report_code(t->codes));
    fputs("</text></g>\n", f);
}

/* The three lines, labelled at their ends, and points on discord for the worst turns. */
static void svg_lines(FILE *f, const Report *r)
{
    double ys[3];
    report_end_labels(r, ys, 15, cy);
    series(f, r, "rapport", "rapport", ys[2]);
    series(f, r, "discord", "discord", ys[1]);
    series(f, r, "resistance", "resistance", ys[0]);
    for (int k = 0; k < r->nworst; k++) {
        int i = r->worst[k];
        fprintf(f,
                "<circle class=\"worst\" cx=\"%.1f\" cy=\"%.1f\" r=\"6\"><title>Turn %d raised "
                "discord most (#%d)</title></circle>\n",
                cx(i + 1, r->nturns), cy(report_value(r->turns[i].after, "discord")),
                r->turns[i].turn, k + 1);
    }
}

void report_svg(FILE *f, const Report *r)
{
    int n = r->nturns;
    fprintf(f,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" "
            "height=\"%d\" role=\"img\" "
            "aria-labelledby=\"chart-title\">\n<title id=\"chart-title\">Resistance, discord and "
            "rapport after each of "
            "%d turns</title>\n",
            CW, CH, CW, CH, n);
    svg_grid(f);
    for (int i = 0; i <= n; i++) {
        fprintf(f, "<text class=\"axis\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>\n",
                cx(i, n), CH - MB + 16, i == 0 ? "start" : "");
        if (i > 0) svg_move(f, &r->turns[i - 1], cx(i, n));
    }
    svg_lines(f, r);
    fputs("</svg>\n", f);
}

static const char *css =
    "body{font-family:'DejaVu Sans',Verdana,sans-serif;color:#1d2327;background:#fafafa;margin:0}"
    "main{max-width:980px;margin:0 auto;padding:24px 28px;background:#fff}"
    "h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 8px;border-bottom:2px solid "
    "#e3e6e8;padding-bottom:4px}"
    ".meta{color:#50575e;font-size:14px;margin:2px 0}"
    ".verdict{display:flex;gap:14px;margin:14px 0;flex-wrap:wrap}"
    ".card{border:1px solid #dcdcde;border-radius:6px;padding:8px 14px;min-width:120px}"
    ".card b{display:block;font-size:22px}.card span{font-size:13px;color:#50575e}"
    ".pass b{color:#116329}.fail b{color:#a4262c}"
    "table{border-collapse:collapse;width:100%;font-size:14px}th,td{border-bottom:1px solid "
    "#e3e6e8;padding:6px 8px;text-align:left;vertical-align:top}"
    "th{background:#f0f2f4}td.num{text-align:right;white-space:nowrap}"
    ".g-good{color:#116329;font-weight:bold}.g-fair{color:#8a5a00;font-weight:bold}.g-below{color:#"
    "a4262c;font-weight:bold}"
    "svg{max-width:100%;height:auto;font-size:12px}"
    ".band0{fill:#eef7ee}.band1{fill:#fbf8ea}.band2{fill:#fcf0e6}.band3{fill:#fbeaea}.bandname{"
    "fill:#8c8f94;font-size:11px}"
    ".grid{stroke:#dcdcde}.axis{fill:#50575e}"
    "polyline{fill:none;stroke-width:3;stroke-linejoin:round}"
    ".resistance{stroke:#1d2327}.discord{stroke:#c0392b;stroke-dasharray:8 "
    "4}.rapport{stroke:#1f6fb2;stroke-dasharray:2 3;stroke-width:3.5}"
    ".resistance-t{fill:#1d2327}.discord-t{fill:#c0392b}.rapport-t{fill:#1f6fb2}.lbl{font-weight:"
    "bold}"
    ".move circle{stroke:#fff;stroke-width:1.5}.move.mi circle{fill:#2e8540}.move.neutral "
    "circle{fill:#8c8f94}.move.harm circle{fill:#c0392b}"
    ".turnno{fill:#fff;font-size:10px;font-weight:bold}.code{fill:#3c434a;font-size:11px}"
    ".harmline{stroke:#c0392b;stroke-opacity:.25;stroke-width:6}.worst{fill:none;stroke:#c0392b;"
    "stroke-width:2.5}"
    ".legend{font-size:13px;color:#3c434a;margin:6px 0}.legend "
    "span{margin-right:16px;white-space:nowrap}"
    ".sw{display:inline-block;width:22px;height:0;border-top:3px "
    "solid;vertical-align:middle;margin-right:4px}"
    ".dot{display:inline-block;width:11px;height:11px;border-radius:50%;vertical-align:middle;"
    "margin-right:4px}"
    ".say{color:#50575e;font-style:italic}.tag{font-size:12px;border-radius:3px;padding:1px "
    "5px;white-space:nowrap;color:#fff}"
    ".tag.mi{background:#2e8540}.tag.neutral{background:#6b6f74}.tag.harm{background:#c0392b}"
    ".up{color:#a4262c}.down{color:#116329}.fb{font-size:13px;color:#3c434a}"
    ".worstbox{border-left:4px solid #c0392b;background:#fdf4f4;padding:8px 12px;margin:10px 0}"
    ".better{border-left:4px solid #2e8540;background:#f2f9f3;padding:6px 10px;margin-top:6px}"
    ".note{color:#50575e;font-size:13px}ol.path li{margin:4px 0}"
    "tr.mean td{border-top:2px solid #c3c4c7}td.turns{color:#50575e;font-size:13px}"
    ".talkkind{font-size:12px;font-weight:bold;text-transform:uppercase;letter-spacing:.03em}"
    ".talkkind.change{color:#116329}.talkkind.sustain{color:#8a5a00}"
    ".answer{font-size:13px;margin-top:4px;font-weight:bold}.answer.good{color:#116329}.answer.bad{"
    "color:#a4262c}"
    "table.talk td:first-child{width:2em}table.talk "
    "td:nth-child(4){font-size:13px;color:#3c434a;width:30%}";

/* A move and its MITI code (or codes, "CR+Q", when shown is given), coloured by the first. */
static void tag(FILE *f, const char *move, const char *miti, const char *shown)
{
    fprintf(f, "<span class=\"tag %s\">", move_class(miti));
    html_escape(f, report_words(move));
    fputs(" &middot; ", f);
    html_escape(f, report_code(shown ? shown : miti));
    fputs("</span>", f);
}

/* The effect of one turn: each shown variable that changed, coloured by whether it helps. */
static void effect(FILE *f, const cJSON *before, const cJSON *after)
{
    if (!before) {
        fputs("<span class=\"note\">not in this record</span>", f);
        return;
    }
    ReportChange ch[64];
    int n = report_changes(before, after, ch, 64);
    for (int i = 0; i < n; i++) {
        const ReportChange *c = &ch[i];
        fputs(i ? ", " : "", f);
        if (c->flag) {
            html_escape(f, c->name);
            fputs(c->after != 0 ? " set" : " cleared", f);
            continue;
        }
        char d[32];
        report_num(c->after - c->before, d, sizeof d);
        fprintf(f, "<span class=\"%s\">", c->good ? "down" : "up");
        html_escape(f, c->name);
        fprintf(f, " %s%s</span>", c->after > c->before ? "+" : "&minus;", d[0] == '-' ? d + 1 : d);
    }
    if (!n) fputs("no change", f);
}

/* The page's head, title and the session's identity. */
static void html_header(FILE *f, const Report *r)
{
    fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, "
          "initial-scale=1\">\n<title>Debrief: ",
          f);
    html_escape(f, r->title);
    fprintf(f, "</title>\n<style>%s</style>\n</head>\n<body>\n<main>\n<h1>Debrief: ", css);
    html_escape(f, r->title);
    fputs("</h1>\n", f);
    if (r->sitting) {
        fprintf(f, "<p class=\"meta\">Session %d of %d: ", r->sitting, r->nsittings);
        html_escape(f, r->sitting_title);
        fputs("</p>\n", f);
    }
    fputs("<p class=\"meta\">Trainee: <b>", f);
    html_escape(f, r->trainee[0] ? r->trainee : "(not named)");
    fprintf(f, "</b> &middot; %d turns &middot; ", r->nturns);
    html_escape(f, r->started);
    fputs(" to ", f);
    html_escape(f, r->ended);
    fprintf(f, "</p>\n<p class=\"meta\">Client <code>");
    html_escape(f, r->scenario_id);
    fputs("</code> (file hash ", f);
    html_escape(f, r->hash[0] ? r->hash : "none");
    fprintf(f, "), seed %llu, engine ", r->seed);
    html_escape(f, r->engine[0] ? r->engine : "?");
    fprintf(f, ", record version %d</p>\n", r->version);
}

/* The verdict cards: score and pass, ending, peak discord, final rapport. */
static void html_verdict(FILE *f, const Report *r)
{
    const cJSON *sum = r->summary;
    char a[32];
    bool pass = report_flag(sum, "pass");
    report_num(report_value(sum, "score"), a, sizeof a);
    fprintf(f,
            "<div class=\"verdict\">\n<div class=\"card %s\"><b>%s</b><span>score &middot; "
            "%s</span></div>\n",
            pass ? "pass" : "fail", a, pass ? "pass" : "not yet a pass (0.7 and no Confront)");
    fputs("<div class=\"card\"><b>", f);
    if (r->ending) {
        html_escape(f, r->ending_title);
        fputs("</b><span>ending &middot; ", f);
        html_escape(f, report_ending(r, "outcome"));
    } else
        fputs("none</b><span>the session stopped before an ending", f);
    fprintf(f, "</span></div>\n<div class=\"card\"><b>%.0f</b><span>peak discord</span></div>\n",
            report_value(sum, "peak_discord"));
    fprintf(f, "<div class=\"card\"><b>%.0f</b><span>final rapport</span></div>\n</div>\n",
            report_value(sum, "final_rapport"));
}

/* The chart with its legend. */
static void html_chart(FILE *f, const Report *r)
{
    fputs("<h2>Resistance, discord and rapport, turn by turn</h2>\n", f);
    fputs(
        "<p class=\"legend\"><span><i class=\"sw\" "
        "style=\"border-color:#1d2327\"></i>resistance</span>"
        "<span><i class=\"sw\" "
        "style=\"border-color:#c0392b;border-top-style:dashed\"></i>discord</span>"
        "<span><i class=\"sw\" "
        "style=\"border-color:#1f6fb2;border-top-style:dotted\"></i>rapport</span>"
        "<span><i class=\"dot\" style=\"background:#2e8540\"></i>MI-consistent move</span>"
        "<span><i class=\"dot\" style=\"background:#8c8f94\"></i>neutral (questions, "
        "information)</span>"
        "<span><i class=\"dot\" style=\"background:#c0392b\"></i>Persuade or Confront</span></p>\n",
        f);
    report_svg(f, r);
}

/* A threshold cell: "&ge; 40%", or empty where the measure has none. */
static void threshold_cell(FILE *f, const char *at)
{
    fputs("</td><td class=\"num\">", f);
    if (at[0]) fputs("&ge; ", f);
    html_escape(f, at);
}

/* One measure of the MITI table, as the shared layout defines it. */
static void miti_row(FILE *f, const MitiRow *row)
{
    const char *g = row->grade;
    fprintf(f, "<tr%s><td>", row->m->rule_above ? " class=\"mean\"" : "");
    html_escape(f, row->m->name);
    fputs("</td><td class=\"num\">", f);
    html_escape(f, row->value);
    threshold_cell(f, row->m->fair);
    threshold_cell(f, row->m->good);
    fprintf(f, "</td><td class=\"%s\">",
            !strcmp(g, "good")         ? "g-good"
            : !strcmp(g, "fair")       ? "g-fair"
            : !strcmp(g, "below fair") ? "g-below"
                                       : "");
    html_escape(f, g);
    fputs("</td><td class=\"turns\">", f);
    html_escape(f, row->behind);
    fputs("</td></tr>\n", f);
}

/* The MITI-style table: the layout's measures, then the adherent counts under a rule. */
static void html_miti_table(FILE *f, const Report *r)
{
    MitiRow rows[REPORT_MITI_ROWS];
    report_miti_rows(r, rows);
    fprintf(f,
            "<h2 id=\"miti\">MITI-style summary</h2>\n%s<table "
            "class=\"miti\">\n<tr><th>summary</th><th>you</th><th>fair</th><th>good</th><th>grade</"
            "th><th>turns behind it</th></tr>\n",
            report_flag(r->summary, "too_short")
                ? "<p>Under 10 turns the session is <b>too short to score</b> the ratios; "
                  "the global scores are shown.</p>\n"
                : "");
    for (int i = 0; i < REPORT_MITI_ROWS; i++)
        miti_row(f, &rows[i]);
    for (int i = 0; i < REPORT_MITI_COUNTS; i++) {
        char a[32];
        report_num(report_value(r->summary, report_miti_counts[i].key), a, sizeof a);
        fprintf(f, "<tr%s><td>", i ? "" : " class=\"mean\"");
        html_escape(f, report_miti_counts[i].name);
        fprintf(f, "</td><td class=\"num\">%s</td><td></td><td></td><td>count</td><td></td></tr>\n",
                a);
    }
    fputs("</table>\n", f);
}

/* The codes the session used, and what the global scores are. */
static void html_codes(FILE *f, const Report *r)
{
    const cJSON *counts = cJSON_GetObjectItemCaseSensitive(r->summary, "counts");
    fputs("<p class=\"note\">Codes: ", f);
    int nc = 0;
    for (int i = 0; report_miti_codes[i]; i++) {
        double v = report_value(counts, report_miti_codes[i]);
        if (v > 0) fprintf(f, "%s%s %.0f", nc++ ? ", " : "", report_code(report_miti_codes[i]), v);
    }
    double utt = report_value(r->summary, "utterances");
    if (!isnan(utt)) fprintf(f, " (%.0f utterances in %d turns)", utt, r->nturns);
    fputs(". The four global scores are MITI-style proxies computed from the coded choices and the "
          "client&rsquo;s talk, "
          "not a human coder&rsquo;s rating: relational is the mean of partnership and empathy, "
          "technical the mean of "
          "cultivating change talk and softening sustain talk.</p>\n",
          f);
}

/* The outcome measures and how the score is made of process and outcome. */
static void html_outcome(FILE *f, const Report *r)
{
    const cJSON *sum = r->summary;
    char process[32], outcome[32], score[32];
    report_num(report_value(sum, "process"), process, sizeof process);
    report_num(report_value(sum, "outcome"), outcome, sizeof outcome);
    report_num(report_value(sum, "score"), score, sizeof score);
    fprintf(
        f,
        "<table><tr><th>outcome</th><th></th></tr>\n<tr><td>final rapport</td><td "
        "class=\"num\">%.0f</td></tr>\n"
        "<tr><td>final credibility</td><td class=\"num\">%.0f</td></tr>\n<tr><td>peak "
        "discord</td><td class=\"num\">%.0f</td></tr>\n"
        "<tr><td>repairs (discord above 50 brought under 25 within 4 turns)</td><td "
        "class=\"num\">%.0f</td></tr>\n"
        "<tr><td>goal reached</td><td class=\"num\">%s</td></tr>\n<tr><td>score = 0.6 &times; "
        "process %s + 0.4 &times; outcome %s</td><td class=\"num\"><b>%s</b></td></tr>\n</table>\n",
        report_value(sum, "final_rapport"), report_value(sum, "final_credibility"),
        report_value(sum, "peak_discord"), report_value(sum, "repairs"),
        report_flag(sum, "goal") ? "yes" : "no", process, outcome, score);
}

/* One of the turns that raised discord most (the k-th), and the better choice offered there. */
static void html_worst_turn(FILE *f, const Report *r, int k)
{
    char a[32], b[32];
    const ReportTurn *t = &r->turns[r->worst[k]];
    double after = report_value(t->after, "discord");
    report_num(report_value(t->before, "discord"), a, sizeof a);
    report_num(after, b, sizeof b);
    fprintf(f, "<div class=\"worstbox\"><b>Turn %d</b>: you %s &ldquo;", t->turn,
            t->typed ? "typed" : "said");
    html_escape(f, report_reply(t));
    fputs("&rdquo; ", f);
    tag(f, t->move, t->miti, t->codes);
    fprintf(f, ". Discord went from %s to <b>%s</b>.\n", a, b);
    if (r->better[k] >= 0) {
        const ReportOption *o = &t->offered[r->better[k]];
        double d = report_value(o->after, "discord");
        report_num(d, a, sizeof a);
        report_num(after - d, b, sizeof b);
        fputs("<div class=\"better\">An MI-consistent choice was offered: &ldquo;", f);
        html_escape(f, o->text);
        fputs("&rdquo; ", f);
        tag(f, o->move, o->miti, NULL);
        fprintf(f, ". It would have left discord at <b>%s</b>, %s lower.</div>\n", a, b);
    } else {
        fputs("<div class=\"note\">No MI-consistent choice offered there would have left "
              "discord lower.</div>\n",
              f);
    }
    fputs("</div>\n", f);
}

static void html_worst(FILE *f, const Report *r)
{
    fputs("<h2 id=\"worst\">The turns that raised discord most</h2>\n", f);
    if (!r->nworst) fputs("<p>No turn raised discord.</p>\n", f);
    for (int k = 0; k < r->nworst; k++)
        html_worst_turn(f, r, k);
}

/* One piece of client talk: what the client said, the answer, an MI-consistent answer. */
static void talk_row(FILE *f, const ReportTalk *k)
{
    const ReportTurn *t = k->turn;
    fprintf(f, "<tr><td>%d</td><td><span class=\"talkkind %s\">", t->turn,
            !strcmp(k->talk, "change") ? "change" : "sustain");
    html_escape(f, k->talk);
    fputs(" talk", f);
    if (k->kind) {
        fputs(" &middot; ", f);
        html_escape(f, k->kind);
    }
    fputs("</span><div class=\"say\">&ldquo;", f);
    html_escape(f, t->say);
    fputs("&rdquo;</div></td><td>&ldquo;", f);
    html_escape(f, report_reply(t));
    fputs("&rdquo; ", f);
    tag(f, t->move, t->miti, t->codes);
    fprintf(f, "<div class=\"answer %s\">", k->good ? "good" : "bad");
    html_escape(f, k->answer);
    fprintf(f, ": %s</div></td><td>", k->good ? "MI-consistent" : "not MI-consistent");
    html_escape(f, k->advice);
    fputs("</td></tr>\n", f);
}

static void html_talk(FILE *f, const Report *r)
{
    fputs("<h2 id=\"talk\">What you did with the client&rsquo;s change and sustain talk</h2>\n", f);
    ReportTalk talk[256];
    int ntalk = report_talk(r, talk, 256);
    if (ntalk < 0)
        fputs("<p class=\"note\">Not in this record: it was written before client talk was "
              "coded.</p>\n",
              f);
    else if (ntalk == 0)
        fputs("<p>The client said no change talk or sustain talk in this session.</p>\n", f);
    else
        fputs("<p class=\"note\">Change talk is the client&rsquo;s own case for change; sustain "
              "talk their case for "
              "things as they are. How you answer each decides which one grows.</p>\n<table "
              "class=\"talk\">\n"
              "<tr><th>#</th><th>the client said</th><th>you answered</th><th>an MI-consistent "
              "answer</th></tr>\n",
              f);
    for (int i = 0; i < ntalk; i++)
        talk_row(f, &talk[i]);
    if (ntalk > 0) fputs("</table>\n", f);
}

/* The choices a trainee was asked between when the match of their words was unsure. */
static void typed_alternatives(FILE *f, const ReportTurn *t)
{
    int n = cJSON_GetArraySize(t->alternatives);
    if (!n) return;
    fputs("<div class=\"note\">Shown to confirm, as the match was unsure:", f);
    for (int i = 0; i < n; i++) {
        fputs(i ? " or &ldquo;" : " &ldquo;", f);
        html_escape(f, report_option_text(t, cJSON_GetArrayItem(t->alternatives, i)->valuestring));
        fputs("&rdquo;", f);
    }
    fputs("</div>", f);
}

/* A typed reply (issue 15): the trainee's words beside the choice they were taken as, with how
 * the words were coded and how sure the match was; or, when they fit no choice, the move they
 * counted as. */
static void typed_reply(FILE *f, const ReportTurn *t)
{
    fputs("<div>You typed: &ldquo;", f);
    html_escape(f, t->typed);
    if (t->unmatched) {
        fputs("&rdquo; &mdash; fit none of the replies; counted as ", f);
        html_escape(f, report_words(t->move));
        fputs(" (", f);
        html_escape(f, report_code(t->codes));
        fputs(")</div>", f);
        return;
    }
    char c[32];
    report_num(t->confidence, c, sizeof c);
    fputs("&rdquo; <span class=\"note\">(coded ", f);
    html_escape(f, report_code(t->typed_code));
    fprintf(f, ", confidence %s)</span></div><div>Taken as: &ldquo;", c);
    html_escape(f, t->text);
    fputs("&rdquo; ", f);
    tag(f, t->move, t->miti, t->codes);
    fputs("</div>", f);
    typed_alternatives(f, t);
}

/* One turn of the choices table: what the client said, the choice, feedback, effect. */
static void choice_row(FILE *f, const ReportTurn *t)
{
    fprintf(f, "<tr><td>%d</td><td><div class=\"say\">&ldquo;", t->turn);
    html_escape(f, t->say);
    fputs("&rdquo;", f);
    if (t->talk && strcmp(t->talk, "none") != 0) {
        fputs(" <span class=\"note\">(", f);
        html_escape(f, t->talk);
        fputs(" talk", f);
        if (t->kind) {
            fputs(": ", f);
            html_escape(f, t->kind);
        }
        fputs(")</span>", f);
    }
    fputs("</div>", f);
    if (t->typed) {
        typed_reply(f, t);
    } else {
        fputs("<div>You: &ldquo;", f);
        html_escape(f, t->text);
        fputs("&rdquo; ", f);
        tag(f, t->move, t->miti, t->codes);
        if (t->pressed)
            fprintf(f, " <span class=\"note\">shown as %d of %d</span>", t->pressed, t->noffered);
        fputs("</div>", f);
    }
    if (t->feedback) {
        fputs("<div class=\"fb\">", f);
        html_escape(f, t->feedback);
        fputs("</div>", f);
    }
    fputs("</td><td>", f);
    effect(f, t->before, t->after);
    fputs("</td></tr>\n", f);
}

static void html_choices(FILE *f, const Report *r)
{
    fputs("<h2 id=\"choices\">Every choice, its feedback and its "
          "effect</h2>\n<table>\n<tr><th>#</th><th>the client said, you "
          "chose</th><th>effect</th></tr>\n",
          f);
    for (int i = 0; i < r->nturns; i++)
        choice_row(f, &r->turns[i]);
    fputs("</table>\n", f);
}

/* The ending's last line from the client and its debrief, when the session reached one. */
static void html_ending(FILE *f, const Report *r)
{
    if (!r->ending) return;
    const char *say = report_ending(r, "say"), *debrief = report_ending(r, "debrief");
    fputs("<h2 id=\"ending\">How it ended: ", f);
    html_escape(f, r->ending_title);
    fputs("</h2>\n", f);
    if (say && *say) {
        fputs("<p class=\"say\">&ldquo;", f);
        html_escape(f, say);
        fputs("&rdquo;</p>\n", f);
    }
    if (debrief) {
        fputs("<p>", f);
        html_escape(f, debrief);
        fputs("</p>\n", f);
    }
    char recap[2000]; /* what this trainee did, after the ending's canned text */
    report_recap(r, recap, sizeof recap);
    if (recap[0]) {
        fputs("<p class=\"recap\">", f);
        html_escape(f, recap);
        fputs("</p>\n", f);
    }
}

/* The explorer's best path, or why it is missing. */
static void html_best(FILE *f, const Report *r)
{
    char a[32];
    fputs("<h2 id=\"best\">The best path the explorer finds</h2>\n", f);
    if (r->has_best) {
        report_num(r->best_score, a, sizeof a);
        fprintf(f, "<p>%d turns to <b>", r->nbest);
        html_escape(f, r->best_title);
        fputs("</b> (", f);
        html_escape(f, r->best_outcome);
        fprintf(f, "), a score of %s%s, from the same start:</p>\n<ol class=\"path\">\n", a,
                r->best_complete ? "" : " (the exploration was bounded)");
        for (int i = 0; i < r->nbest; i++) {
            fputs("<li>&ldquo;", f);
            html_escape(f, r->best[i].text);
            fputs("&rdquo; ", f);
            tag(f, r->best[i].move, r->best[i].miti, NULL);
            report_num(r->best[i].discord, a, sizeof a);
            fprintf(f, " <span class=\"note\">discord %s</span></li>\n", a);
        }
        fputs("</ol>\n", f);
    }
    if (r->scenario_note[0]) {
        fputs("<p class=\"note\">Note: ", f);
        html_escape(f, r->scenario_note);
        fputs(".</p>\n", f);
    } else if (!r->has_best)
        fputs("<p class=\"note\">Not available.</p>\n", f);
}

int report_html(FILE *f, const Report *r)
{
    html_header(f, r);
    html_verdict(f, r);
    html_chart(f, r);
    html_miti_table(f, r);
    html_codes(f, r);
    html_outcome(f, r);
    html_worst(f, r);
    html_talk(f, r);
    html_choices(f, r);
    html_ending(f, r);
    html_best(f, r);
    fputs("<p class=\"note\">Made by rapport report from ", f);
    html_escape(f, r->path);
    fputs(".</p>\n</main>\n</body>\n</html>\n", f);
    return 0;
}
