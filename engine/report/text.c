/* report text: the debrief for a terminal (rapport report --format text). The same sections
 * as the HTML page, in the same order, as plain lines. */
#include <cjson/cJSON.h>
#include <math.h>
#include <string.h>

#include "../store/record.h"
#include "report.h"

/* Terminal-safe: a record's strings may hold anything, and a terminal obeys escape sequences.
 * The one filter (term_safe) shows control characters instead; newlines too, since each field
 * is one line here. */
static const char *T(const char *s)
{
    return term_safe(s, false);
}

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
            fprintf(f, "%s%s %s", i ? ", " : "", T(c->name), c->after ? "set" : "cleared");
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

int report_text(FILE *f, const Report *r)
{
    const cJSON *sum = r->summary;
    char a[32], b[32];
    fprintf(f, "Debrief: %s\n", T(r->title));
    fprintf(f, "Trainee: %s\n", r->trainee[0] ? T(r->trainee) : "(not named)");
    fprintf(
        f, "Session: %s to %s, %d turns, seed %llu, client %s (%s), engine %s, record version %d\n",
        T(r->started), T(r->ended), r->nturns, r->seed, T(r->scenario_id),
        r->hash[0] ? T(r->hash) : "no hash", r->engine[0] ? T(r->engine) : "?", r->version);
    if (r->ending)
        fprintf(f, "Ending: %s (%s)\n",
                T(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(r->ending, "id"))),
                T(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(r->ending, "outcome"))));
    else
        fprintf(f, "Ending: none (the session stopped before an ending)\n");
    report_num(report_value(sum, "score"), a, sizeof a);
    bool pass = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(sum, "pass"));
    fprintf(f, "Score: %s, %s (a pass is 0.7 or more with no Confront)\n", a,
            pass ? "pass" : "not yet a pass");

    fprintf(f, "\nResistance, discord and rapport by turn\n");
    fprintf(f, "  %-5s %-20s %-10s %-11s %-11s %-11s\n", "turn", "move", "MITI", "resistance",
            "discord", "rapport");
    if (r->initial) {
        fprintf(f, "  %-5s %-20s %-10s", "start", "", "");
        value_cell(f, NULL, r->initial, "resistance");
        value_cell(f, NULL, r->initial, "discord");
        value_cell(f, NULL, r->initial, "rapport");
        fputc('\n', f);
    }
    for (int i = 0; i < r->nturns; i++) {
        const ReportTurn *t = &r->turns[i];
        fprintf(f, "  %-5d %-20s %-10s", t->turn, T(t->move), T(t->codes));
        value_cell(f, t->before, t->after, "resistance");
        value_cell(f, t->before, t->after, "discord");
        value_cell(f, t->before, t->after, "rapport");
        fputc('\n', f);
    }

    MitiRow rows[REPORT_MITI_ROWS];
    report_miti_rows(r, rows);
    double utt = report_value(sum, "utterances");
    fprintf(f, "\nMITI-style summary (%d turns", r->nturns);
    if (!isnan(utt)) fprintf(f, ", %.0f utterances", utt);
    fprintf(f, ")%s\n",
            cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(sum, "too_short"))
                ? ": too short to score the ratios (under 10 turns)"
                : "");
    fprintf(f, "  %-42s %-19s %-5s %-5s %-10s %s\n", "", "value", "fair", "good", "grade",
            "turns behind it");
    for (int i = 0; i < REPORT_MITI_ROWS; i++) {
        char line[512];
        snprintf(line, sizeof line, "  %-42s %-19s %-5s %-5s %-10s %s", rows[i].name, rows[i].value,
                 rows[i].fair, rows[i].good, rows[i].grade, rows[i].behind);
        size_t n = strlen(line);
        while (n > 0 && line[n - 1] == ' ')
            line[--n] = '\0';
        fprintf(f, "%s\n", line);
    }
    fprintf(f, "  The four global scores are MITI-style proxies computed from the coded choices "
               "and the client's\n"
               "  talk, not a human coder's rating; relational is the mean of the first two, "
               "technical of the others.\n");
    report_num(report_value(sum, "adherent"), a, sizeof a);
    report_num(report_value(sum, "non_adherent"), b, sizeof b);
    fprintf(f,
            "  MI-adherent (AF + Seek + Emphasize) %s, MI-non-adherent (Persuade + Confront) %s\n",
            a, b);
    const cJSON *counts = cJSON_GetObjectItemCaseSensitive(sum, "counts");
    fprintf(f, "  counts:");
    for (int i = 0; report_miti_codes[i]; i++) {
        double v = report_value(counts, report_miti_codes[i]);
        if (v > 0) fprintf(f, " %s %.0f", report_miti_codes[i], v);
    }
    fputc('\n', f);
    fprintf(f,
            "Outcome: final rapport %.0f, final credibility %.0f, peak discord %.0f, repairs %.0f, "
            "goal %s\n",
            report_value(sum, "final_rapport"), report_value(sum, "final_credibility"),
            report_value(sum, "peak_discord"), report_value(sum, "repairs"),
            cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(sum, "goal")) ? "reached"
                                                                        : "not reached");
    report_num(report_value(sum, "process"), a, sizeof a);
    report_num(report_value(sum, "outcome"), b, sizeof b);
    fprintf(f, "Score: 0.6 x process %s + 0.4 x outcome %s\n", a, b);

    fprintf(f, "\nThe turns that raised discord most\n");
    if (!r->nworst)
        fprintf(f, "  none: no turn raised discord%s\n", r->initial ? "" : " (after the first)");
    for (int k = 0; k < r->nworst; k++) {
        const ReportTurn *t = &r->turns[r->worst[k]];
        double before = report_value(t->before, "discord"),
               after = report_value(t->after, "discord");
        report_num(before, a, sizeof a);
        report_num(after, b, sizeof b);
        fprintf(f, "  Turn %d, at '%s': you chose \"%s\" [%s, %s]: discord %s -> %s.\n", t->turn,
                T(t->node), T(t->text), T(t->move), T(t->codes), a, b);
        if (r->better[k] >= 0) {
            const ReportOption *o = &t->offered[r->better[k]];
            double d = report_value(o->after, "discord");
            report_num(d, a, sizeof a);
            report_num(after - d, b, sizeof b);
            fprintf(f,
                    "    MI-consistent instead: \"%s\" [%s, %s] would have left discord at %s (%s "
                    "lower).\n",
                    T(o->text), T(o->move), T(o->miti), a, b);
        } else {
            fprintf(f,
                    "    No MI-consistent choice offered there would have left discord lower.\n");
        }
    }

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
        fprintf(f, "    You answered \"%s\" [%s, %s]: %s, %s.\n", T(t->text), T(t->move),
                T(t->codes), T(k->answer), k->good ? "MI-consistent" : "not MI-consistent");
        fprintf(f, "    What an MI-consistent answer does: %s\n", T(k->advice));
    }

    fprintf(f, "\nEvery choice\n");
    for (int i = 0; i < r->nturns; i++) {
        const ReportTurn *t = &r->turns[i];
        fprintf(f, "  %d. Client (%s): %s\n", t->turn, T(t->band), T(t->say));
        if (t->talk && strcmp(t->talk, "none") != 0)
            fprintf(f, "     Client talk: %s%s%s%s\n", T(t->talk), t->kind ? " (" : "",
                    t->kind ? T(t->kind) : "", t->kind ? ")" : "");
        fprintf(f, "     You: %s [%s, %s]", T(t->text), T(t->move), T(t->codes));
        if (t->pressed) fprintf(f, ", shown as %d of %d", t->pressed, t->noffered);
        fputc('\n', f);
        fprintf(f, "     Effect: ");
        effect_line(f, t->before, t->after);
        fputc('\n', f);
        if (t->feedback) fprintf(f, "     Feedback: %s\n", T(t->feedback));
    }
    if (r->ending) {
        const char *say = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(r->ending, "say"));
        const char *debrief =
            cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(r->ending, "debrief"));
        if (say && *say) fprintf(f, "  End. Client: %s\n", T(say));
        if (debrief) fprintf(f, "\nDebrief\n  %s\n", T(debrief));
    }

    fprintf(f, "\nThe best path the explorer finds\n");
    if (r->has_best) {
        report_num(r->best_score, a, sizeof a);
        fprintf(f, "  %d turns to '%s' (%s), scoring %s%s:\n", r->nbest, T(r->best_ending),
                T(r->best_outcome), a, r->best_complete ? "" : " (the exploration was bounded)");
        for (int i = 0; i < r->nbest; i++) {
            report_num(r->best[i].discord, a, sizeof a);
            fprintf(f, "  %d. at '%s': \"%s\" [%s, %s], discord %s\n", i + 1, T(r->best[i].node),
                    T(r->best[i].text), T(r->best[i].move), T(r->best[i].miti), a);
        }
    }
    if (r->scenario_note[0])
        fprintf(f, "  Note: %s.\n", T(r->scenario_note));
    else if (!r->has_best)
        fprintf(f, "  Not available.\n");
    return 0;
}
