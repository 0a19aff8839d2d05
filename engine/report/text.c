/* report text: the debrief for a terminal (rapport report --format text). The same sections
 * as the HTML page, in the same order, as plain lines. */
#include <cjson/cJSON.h>
#include <math.h>
#include <string.h>

#include "report.h"

/* Terminal-safe: a record's strings may hold anything, and a terminal obeys escape sequences.
 * Every one goes through the report's one filter (report_term), short here as it is everywhere. */
#define T(s) report_term(s)
/* A move as the trainee reads it: in words, never its id. */
#define W(s) report_term(report_words(s))

/* "discord -16, rapport +4": every shown variable that changed, except the turn counter. */
static void effect_line(FILE *f, const cJSON *before, const cJSON *after)
{
    if (!before) {
        fputs("not in this record", f);
        return;
    }
    ReportChange ch[64];
    int n = report_changes(before, after, ch, 64);
    for (int i = 0; i < n; i++) {
        const ReportChange *c = &ch[i];
        char d[32];
        if (c->flag)
            fprintf(f, "%s%s %s", i ? ", " : "", T(c->name), c->after != 0 ? "set" : "cleared");
        else {
            report_num(c->after - c->before, d, sizeof d);
            fprintf(f, "%s%s %s%s", i ? ", " : "", T(c->name), c->after > c->before ? "+" : "", d);
        }
    }
    if (!n) fputs("no change", f);
}

static void value_cell(FILE *f, const cJSON *before, const cJSON *after, const char *var)
{
    char a[32], d[32], cell[80];
    double va = report_value(after, var), vb = report_value(before, var);
    report_num(va, a, sizeof a);
    if (isnan(vb) || isnan(va))
        snprintf(cell, sizeof cell, "%s", a);
    else {
        report_num(va - vb, d, sizeof d);
        snprintf(cell, sizeof cell, "%s (%s%s)", a, va > vb ? "+" : "", d);
    }
    fprintf(f, " %-11s", cell);
}

/* Who, when, which client, how it ended and the score. */
static void text_header(FILE *f, const Report *r)
{
    char a[32];
    fprintf(f, "Debrief: %s\n", T(r->title));
    if (r->sitting)
        fprintf(f, "Course: session %d of %d, %s\n", r->sitting, r->nsittings, T(r->sitting_title));
    fprintf(f, "Trainee: %s\n", r->trainee[0] ? T(r->trainee) : "(not named)");
    fprintf(
        f, "Session: %s to %s, %d turns, seed %llu, client %s (%s), engine %s, record version %d\n",
        T(r->started), T(r->ended), r->nturns, r->seed, T(r->scenario_id),
        r->hash[0] ? T(r->hash) : "no hash", r->engine[0] ? T(r->engine) : "?", r->version);
    if (r->ending)
        fprintf(f, "Ending: %s (%s)\n", T(r->ending_title), T(report_ending(r, "outcome")));
    else
        fprintf(f, "Ending: none (the session stopped before an ending)\n");
    report_num(report_value(r->summary, "score"), a, sizeof a);
    fprintf(f, "Score: %s, %s (a pass is 0.7 or more with no Confront)\n", a,
            report_flag(r->summary, "pass") ? "pass" : "not yet a pass");
}

/* The chart as a table: the three lines' values after each turn, with the change. */
static void text_lines(FILE *f, const Report *r)
{
    static const char *const vars[3] = {"resistance", "discord", "rapport"};
    fprintf(f, "\nResistance, discord and rapport by turn\n");
    fprintf(f, "  %-5s %-20s %-10s %-11s %-11s %-11s\n", "turn", "move", "MITI", "resistance",
            "discord", "rapport");
    if (r->initial) {
        fprintf(f, "  %-5s %-20s %-10s", "start", "", "");
        for (int v = 0; v < 3; v++)
            value_cell(f, NULL, r->initial, vars[v]);
        fputc('\n', f);
    }
    for (int i = 0; i < r->nturns; i++) {
        const ReportTurn *t = &r->turns[i];
        fprintf(f, "  %-5d %-20s %-10s", t->turn, W(t->move), T(report_code(t->codes)));
        for (int v = 0; v < 3; v++)
            value_cell(f, t->before, t->after, vars[v]);
        fputc('\n', f);
    }
}

/* The MITI-style table, one line per measure of the shared layout (trailing blanks trimmed). */
static void text_miti_table(FILE *f, const Report *r)
{
    MitiRow rows[REPORT_MITI_ROWS];
    report_miti_rows(r, rows);
    double utt = report_value(r->summary, "utterances");
    fprintf(f, "\nMITI-style summary (%d turns", r->nturns);
    if (!isnan(utt)) fprintf(f, ", %.0f utterances", utt);
    fprintf(f, ")%s\n",
            report_flag(r->summary, "too_short")
                ? ": too short to score the ratios (under 10 turns)"
                : "");
    fprintf(f, "  %-42s %-19s %-5s %-5s %-10s %s\n", "", "value", "fair", "good", "grade",
            "turns behind it");
    for (int i = 0; i < REPORT_MITI_ROWS; i++) {
        char line[512];
        snprintf(line, sizeof line, "  %-42s %-19s %-5s %-5s %-10s %s", rows[i].m->name,
                 rows[i].value, rows[i].m->fair, rows[i].m->good, rows[i].grade, rows[i].behind);
        size_t n = strlen(line);
        while (n > 0 && line[n - 1] == ' ')
            line[--n] = '\0';
        fprintf(f, "%s\n", line);
    }
    fprintf(f, "  The four global scores are MITI-style proxies computed from the coded choices "
               "and the client's\n"
               "  talk, not a human coder's rating; relational is the mean of the first two, "
               "technical of the others.\n");
}

/* The adherent counts and every MITI code the session used. */
static void text_counts(FILE *f, const Report *r)
{
    char a[32];
    for (int i = 0; i < REPORT_MITI_COUNTS; i++) {
        report_num(report_value(r->summary, report_miti_counts[i].key), a, sizeof a);
        fprintf(f, "%s%s %s", i ? ", " : "  ", report_miti_counts[i].name, a);
    }
    fputc('\n', f);
    const cJSON *counts = cJSON_GetObjectItemCaseSensitive(r->summary, "counts");
    fprintf(f, "  counts:");
    for (int i = 0; report_miti_codes[i]; i++) {
        double v = report_value(counts, report_miti_codes[i]);
        if (v > 0) fprintf(f, " %s %.0f", report_code(report_miti_codes[i]), v);
    }
    fputc('\n', f);
}

/* The outcome measures and how the score is made of process and outcome. */
static void text_outcome(FILE *f, const Report *r)
{
    const cJSON *sum = r->summary;
    char a[32], b[32];
    fprintf(f,
            "Outcome: final rapport %.0f, final credibility %.0f, peak discord %.0f, repairs %.0f, "
            "goal %s\n",
            report_value(sum, "final_rapport"), report_value(sum, "final_credibility"),
            report_value(sum, "peak_discord"), report_value(sum, "repairs"),
            report_flag(sum, "goal") ? "reached" : "not reached");
    report_num(report_value(sum, "process"), a, sizeof a);
    report_num(report_value(sum, "outcome"), b, sizeof b);
    fprintf(f, "Score: 0.6 x process %s + 0.4 x outcome %s\n", a, b);
}

/* One of the turns that raised discord most (the k-th), and the better choice offered there. */
static void text_worst_turn(FILE *f, const Report *r, int k)
{
    char a[32], b[32];
    const ReportTurn *t = &r->turns[r->worst[k]];
    double after = report_value(t->after, "discord");
    report_num(report_value(t->before, "discord"), a, sizeof a);
    report_num(after, b, sizeof b);
    fprintf(f, "  Turn %d: you %s \"%s\" [%s, %s]: discord %s -> %s.\n", t->turn,
            t->typed ? "typed" : "chose", T(report_reply(t)), W(t->move), T(report_code(t->codes)),
            a, b);
    if (r->better[k] < 0) {
        fprintf(f, "    No MI-consistent choice offered there would have left discord lower.\n");
        return;
    }
    const ReportOption *o = &t->offered[r->better[k]];
    double d = report_value(o->after, "discord");
    report_num(d, a, sizeof a);
    report_num(after - d, b, sizeof b);
    fprintf(f,
            "    MI-consistent instead: \"%s\" [%s, %s] would have left discord at %s (%s "
            "lower).\n",
            T(o->text), W(o->move), T(report_code(o->miti)), a, b);
}

static void text_worst(FILE *f, const Report *r)
{
    fprintf(f, "\nThe turns that raised discord most\n");
    if (!r->nworst)
        fprintf(f, "  none: no turn raised discord%s\n", r->initial ? "" : " (after the first)");
    for (int k = 0; k < r->nworst; k++)
        text_worst_turn(f, r, k);
}

/* Each piece of client change or sustain talk, what the trainee answered, and the advice. */
static void text_talk(FILE *f, const Report *r)
{
    fprintf(f, "\nWhat you did with the client's change and sustain talk\n");
    ReportTalk talk[256];
    int ntalk = report_talk(r, talk, 256);
    if (ntalk < 0)
        fprintf(f, "  Not in this record: it was written before client talk was coded.\n");
    else if (ntalk == 0)
        fprintf(f, "  The client said no change talk or sustain talk in this session.\n");
    for (int i = 0; i < ntalk; i++) {
        const ReportTalk *k = &talk[i];
        const ReportTurn *t = k->turn;
        fprintf(f, "  Turn %d, %s talk%s%s%s: \"%s\"\n", t->turn, T(k->talk), k->kind ? " (" : "",
                k->kind ? T(k->kind) : "", k->kind ? ")" : "", T(t->say));
        fprintf(f, "    You answered \"%s\" [%s, %s]: %s, %s.\n", T(report_reply(t)), W(t->move),
                T(report_code(t->codes)), T(k->answer),
                k->good ? "MI-consistent" : "not MI-consistent");
        fprintf(f, "    What an MI-consistent answer does: %s\n", T(k->advice));
    }
}

/* A typed reply (issue 15): the trainee's words beside the choice they were taken as (with
 * how the words were coded and how sure the match was) and the choices they were asked
 * between; or, when they fit no choice, the move they counted as. */
static void text_typed(FILE *f, const ReportTurn *t)
{
    if (t->unmatched) {
        fprintf(f, "     You typed: \"%s\" \u2014 fit none of the replies; counted as %s (%s)\n",
                T(t->typed), W(t->move), T(report_code(t->codes)));
        return;
    }
    char c[32];
    report_num(t->confidence, c, sizeof c);
    fprintf(f, "     You typed: \"%s\" (coded %s, confidence %s)\n", T(t->typed),
            T(report_code(t->typed_code)), c);
    fprintf(f, "     Taken as: %s [%s, %s]\n", T(t->text), W(t->move), T(report_code(t->codes)));
    int n = cJSON_GetArraySize(t->alternatives);
    if (!n) return;
    fprintf(f, "     Shown to confirm, as the match was unsure:");
    for (int i = 0; i < n; i++) {
        const char *id = cJSON_GetArrayItem(t->alternatives, i)->valuestring;
        fprintf(f, "%s \"%s\"", i ? " or" : "", T(report_option_text(t, id)));
    }
    fputc('\n', f);
}

static void text_choice(FILE *f, const ReportTurn *t)
{
    fprintf(f, "  %d. Client (%s): %s\n", t->turn, T(t->band), T(t->say));
    if (t->talk && strcmp(t->talk, "none") != 0)
        fprintf(f, "     Client talk: %s%s%s%s\n", T(t->talk), t->kind ? " (" : "",
                t->kind ? T(t->kind) : "", t->kind ? ")" : "");
    if (t->typed) {
        text_typed(f, t);
    } else {
        fprintf(f, "     You: %s [%s, %s]", T(t->text), W(t->move), T(report_code(t->codes)));
        if (t->pressed) fprintf(f, ", shown as %d of %d", t->pressed, t->noffered);
        fputc('\n', f);
    }
    fprintf(f, "     Effect: ");
    effect_line(f, t->before, t->after);
    fputc('\n', f);
    if (t->feedback) fprintf(f, "     Feedback: %s\n", T(t->feedback));
}

/* Every choice with its effect and feedback, then the ending's last line and debrief. */
static void text_choices(FILE *f, const Report *r)
{
    fprintf(f, "\nEvery choice\n");
    for (int i = 0; i < r->nturns; i++)
        text_choice(f, &r->turns[i]);
    if (r->ending) {
        const char *say = report_ending(r, "say"), *debrief = report_ending(r, "debrief");
        if (say && *say) fprintf(f, "  End. Client: %s\n", T(say));
        fprintf(f, "\nDebrief: %s\n", T(r->ending_title));
        if (debrief) fprintf(f, "  %s\n", T(debrief));
        char recap[2000];
        report_recap(r, recap, sizeof recap);
        if (recap[0]) fprintf(f, "  %s\n", T(recap));
    }
}

static void text_best(FILE *f, const Report *r)
{
    char a[32];
    fprintf(f, "\nThe best path the explorer finds\n");
    if (r->has_best) {
        report_num(r->best_score, a, sizeof a);
        fprintf(f, "  %d turns to \"%s\" (%s), scoring %s%s:\n", r->nbest, T(r->best_title),
                T(r->best_outcome), a, r->best_complete ? "" : " (the exploration was bounded)");
        for (int i = 0; i < r->nbest; i++) {
            report_num(r->best[i].discord, a, sizeof a);
            fprintf(f, "  %d. \"%s\" [%s, %s], discord %s\n", i + 1, T(r->best[i].text),
                    W(r->best[i].move), T(report_code(r->best[i].miti)), a);
        }
    }
    if (r->scenario_note[0])
        fprintf(f, "  Note: %s.\n", T(r->scenario_note));
    else if (!r->has_best)
        fprintf(f, "  Not available.\n");
}

int report_text(FILE *f, const Report *r)
{
    text_header(f, r);
    text_lines(f, r);
    text_miti_table(f, r);
    text_counts(f, r);
    text_outcome(f, r);
    text_worst(f, r);
    text_talk(f, r);
    text_choices(f, r);
    text_best(f, r);
    return 0;
}
