/* report: a session record read back for people. Loads a record (any version this engine
 * reads), turns it into per-turn series, finds the turns that raised discord most and the
 * MI-consistent choice that was offered there, and (with the client file) the best path the
 * explorer finds. Renders the debrief as HTML, text, or the chart alone as a PNG. */
#ifndef RAPPORT_REPORT_H
#define RAPPORT_REPORT_H
#include <stdbool.h>
#include <stdio.h>

#include "../lua/host.h"

struct cJSON;

typedef struct ReportOption {
    const char *id, *text, *move, *miti;
    const struct cJSON *after; /* the state this choice would have led to, or NULL */
} ReportOption;

typedef struct ReportTurn {
    int turn;
    const char *node, *band, *say, *chose, *text, *move, *miti, *feedback;
    /* The client talk this turn answered ("change", "sustain", "ask", "none"; NULL in a record
     * written before client talk was coded) and its DARN-CAT kind (NULL when none). */
    const char *talk, *kind;
    char codes[48]; /* the MITI codes as played, one per utterance: "CR+Q" */
    int pressed;    /* the position the choice was shown at (1-based), 0 when unknown */
    const struct cJSON *before, *after; /* the state before (NULL when unknown) and after */
    ReportOption *offered;
    int noffered, chosen; /* chosen: index into offered, -1 when not found */
    /* A reply the trainee typed (issue 15): their words (NULL when picked from the list), the
     * code the coder gave the words, how sure the match was (0..1) and the closest choices
     * they were asked between when the engine was not sure (ids; NULL or empty when not
     * asked). A "~move" turn (unmatched) fit no choice: chose names no choice, only the move
     * it counted as, and text is the words. */
    const char *typed, *typed_code;
    double confidence;
    const struct cJSON *alternatives;
    bool unmatched;
} ReportTurn;

typedef struct BestStep {
    char node[128], text[1024], move[64], miti[16];
    double discord;
} BestStep;

#define REPORT_WORST 3

typedef struct Report {
    char path[4096];
    struct cJSON *root;
    int version;
    const char *engine, *scenario_id, *title, *scenario_path, *hash, *trainee, *started, *ended;
    unsigned long long seed;
    ReportTurn *turns;
    int nturns;
    const struct cJSON *initial, *final_state, *summary, *ending;
    /* The turns that raised discord most (0-based, largest rise first) and, for each, the
     * offered MI-consistent alternative that would have left discord lowest (-1: none). */
    int worst[REPORT_WORST], better[REPORT_WORST], nworst;
    /* From the client file, when it could be loaded. */
    char scenario_note[2600]; /* why the file-based parts are missing or to be read with care */
    bool has_best;
    BestStep *best;
    int nbest;
    char best_ending[128], best_outcome[16];
    /* The titles a trainee reads for the session's ending and the best path's: the record's,
     * else the client file's, else the id in words; never the bare id. */
    char ending_title[256], best_title[256];
    double best_score;
    bool best_complete;
    /* A session of a course: its number (1-based) of how many, and its title; 0 otherwise. */
    int sitting, nsittings;
    const char *sitting_title;
} Report;

/* Reads and checks a record. 0, or -1 with one line ("file: what is wrong") in err. */
int report_load(const char *path, Report *r, char *err, size_t size);
/* The client file for a record: given (the user's --scenario FILE) when not NULL, else the
 * bundled client, or the educator's own, of that id (which must be lower-case letters,
 * digits and '-'). Never the record's "scenario.path": a record is data. False when there is
 * none. */
bool report_client_file(const char *id, const char *given, char *out, size_t size);
/* With the client file (report_client_file; which one is said on stderr): fills what an
 * older record lacks (the start state, what each offered choice would have done) when the
 * file is unchanged, and finds the best path. Without the record's client a note says what
 * is missing and why; a file the user named that does not load is bad input: -1. */
int report_use_scenario(Report *r, const char *given);
void report_free(Report *r);

/* Per-turn numbers; NAN when the record does not have them. */
double report_value(const struct cJSON *state, const char *var);

/* One shown variable that changed in a turn. */
typedef struct ReportChange {
    const char *name;
    bool flag; /* a flag: after says set (1) or cleared (0) */
    double before, after;
    bool good; /* rising discord, resistance or reactance is bad; rising anything else good */
} ReportChange;
/* The variables that changed between two states (the turn counter aside), at most max. */
int report_changes(const struct cJSON *before, const struct cJSON *after, ReportChange *out,
                   int max);
/* MI-consistent in the MITI sense: reflections, affirmations, seeking collaboration,
 * emphasizing autonomy. Harmful: Persuade and Confront (MI-non-adherent). */
bool report_miti_consistent(const char *miti);
/* The MITI codes in the order the debrief lists them, NULL-terminated. */
extern const char *const report_miti_codes[];
bool report_miti_harmful(const char *miti);
/* A number as a person reads it: "55", "4.2", "0.58". */
void report_num(double v, char *buf, size_t size);
/* A boolean of a JSON object (the summary's "pass", "goal", "too_short"): false when absent. */
bool report_flag(const struct cJSON *o, const char *key);
/* A string of the ending ("id", "outcome", "say", "debrief"); NULL when absent or no ending. */
const char *report_ending(const Report *r, const char *key);
/* An id as a person reads it ("cancel_threat" -> "cancel threat"), in one of a few rotating
 * buffers like report_term's. */
const char *report_words(const char *id);
/* MITI codes as the trainee reads them: "none" (a move without a code) is "no code". */
const char *report_code(const char *codes);
/* The computed paragraph after the ending's debrief: the turns that raised discord most, each
 * reply quoted briefly with its move in words, and the skilled reply offered at the worst.
 * "" when the record has no such turns. */
void report_recap(const Report *r, char *buf, size_t size);
/* What the trainee said at a turn, in their own words when they typed it. */
const char *report_reply(const ReportTurn *t);
/* The text of the choice of that id offered at a turn, or the id when it was not offered. */
const char *report_option_text(const ReportTurn *t, const char *id);
/* How many of a record's turns were typed. */
int report_typed_turns(const Report *r);
/* A record's text for a terminal: control characters (newlines too) shown, not obeyed. */
const char *report_term(const char *s);

/* The MITI-style summary as every view lays it out, defined once (report.c's
 * report_miti_layout) so that a new measure is added in one place: the debrief's table (HTML and
 * text), the class view's columns and the xAPI miti-summary extension all walk it in order. */
typedef enum MitiScale {
    MITI_SCALE_RATIO,   /* R:Q, "%.2f" */
    MITI_SCALE_PERCENT, /* a fraction shown as a whole percentage */
    MITI_SCALE_PROXY,   /* a 1-5 global proxy, with the turns behind it */
    MITI_SCALE_MEAN     /* a mean of two proxies, graded */
} MitiScale;
typedef struct MitiMeasure {
    const char *name;        /* as the debrief labels it */
    const char *key;         /* in the record's summary, its grades and its behind lists */
    const char *fair, *good; /* the thresholds as shown, "" where there are none */
    MitiScale scale;
    const char *column; /* the class view's heading, NULL when the class view leaves it out */
    bool rule_above;    /* the first of the means: the HTML table rules a line above it */
    bool xapi;          /* in the xAPI miti-summary extension */
} MitiMeasure;
#define REPORT_MITI_ROWS 8
extern const MitiMeasure report_miti_layout[REPORT_MITI_ROWS];
/* The two counts listed under the table, in order (also in the xAPI extension). */
typedef struct MitiCount {
    const char *name, *key;
} MitiCount;
#define REPORT_MITI_COUNTS 2
extern const MitiCount report_miti_counts[REPORT_MITI_COUNTS];

/* One measure of the table for a record: its value ("too short to score" for the ratios under
 * 10 turns; R:Q "no questions" when there were none; for the proxies and means "nothing to
 * rate" where the session gave nothing to rate, "not in this record" in a record written
 * before they were scored), its grade ("-" where there is none) and the turns behind it. */
typedef struct MitiRow {
    const MitiMeasure *m;
    const char *grade;
    char value[32];
    char behind[200]; /* "turns 1, 4, 7", "no turns", or "" where the row has none */
    bool too_short;   /* a ratio the session was too short to score */
    bool number;      /* value is the measure's number (not one of the words above) */
} MitiRow;
void report_miti_rows(const Report *r, MitiRow rows[REPORT_MITI_ROWS]);

/* One piece of client talk and what the trainee did with it (the summary's "talk" list). */
typedef struct ReportTalk {
    const ReportTurn *turn; /* the turn that answered it (its say is the client's line) */
    const char *talk, *kind, *answer, *advice; /* kind NULL when none */
    bool good;
} ReportTalk;
/* The summary's client talk, at most max entries; -1 when the record predates it. */
int report_talk(const Report *r, ReportTalk *out, int max);

int report_text(FILE *f, const Report *r);
int report_html(FILE *f, const Report *r);
/* The chart alone, drawn with SDL2's software renderer and saved as PNG. 0, or -1 with err. */
int report_png(const char *path, const Report *r, char *err, size_t size);
/* Where the end-of-line labels of resistance, discord and rapport go (in that order): at each
 * line's last value, pushed apart to at least sep, with to_y mapping a value to the page. */
void report_end_labels(const Report *r, double ys[3], double sep, double (*to_y)(double));
/* The SVG chart (shared by the single and the class pages). */
void report_svg(FILE *f, const Report *r);

/* The class view over a folder of records: text, CSV or HTML. Returns an exit code. */
enum { SUMMARY_TEXT, SUMMARY_CSV, SUMMARY_HTML };
int report_summary(FILE *f, const char *dir, int format);
/* The same; for HTML with pages (a folder: the class page's own) it also writes each row's
 * latest debrief there as debrief-RECORD.html and links it from the row. */
int report_summary_pages(FILE *f, const char *dir, int format, const char *pages);

/* The record as cmi5-shaped xAPI 1.0.3 statements: a JSON array of initialized, completed,
 * passed or failed, terminated (initialized and terminated alone when the session stopped
 * before an ending). NULL when out of memory. */
struct cJSON *xapi_statements(const Report *r);
/* An RFC 4122 version 5 UUID of name in the URL namespace (lower-case, 36 characters). */
void xapi_uuid5(const char *name, char out[37]);

/* HTML escaping for text and attributes. */
void html_escape(FILE *f, const char *s);

#endif
