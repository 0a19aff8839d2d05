/* play --text: a session in the terminal. The client's line, their posture and face in words,
 * the choices numbered in the order shown (shuffled per session from the seed; a rewind or an
 * undo shows the same order again); u undoes, r N rewinds to turn N, q quits. Text is wrapped
 * at words to the terminal's width; every string goes through term_safe first. --from NODE and
 * --set VAR=VALUE (cmd_why.c) start at a node with values changed, for authors: no record or
 * saved session is kept of such a session, and rewinds return to that node. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#include "../core/avatar.h"
#include "../core/transcript.h"
#include "cli.h"
#include "opts.h"
#include "../core/recap.h"
#include "../core/course.h"
#include "../store/progress.h"
#include "../store/record.h"
#include "../store/settings.h"
#include "../text/reply.h"

/* The terminal's width: COLUMNS, else the terminal's own, else 80. */
static int term_width(void)
{
    const char *env = getenv("COLUMNS");
    int w = env ? atoi(env) : 0;
    struct winsize ws;
    if (w <= 0 && isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0)
        w = ws.ws_col;
    if (w <= 0) w = 80;
    return w < 20 ? 20 : w;
}

/* Columns a UTF-8 run takes: one per code point (continuation bytes take none). */
static int cols(const char *p, size_t n)
{
    int c = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)p[i] & 0xC0) != 0x80) c++;
    return c;
}

/* Prints text (already term_safe) wrapped at spaces: the first line after `first` columns
 * already used, the following ones indented by `indent`. A word longer than a line stays
 * whole. Newlines in text start a new line. */
static void wrap_print(const char *text, int first, int indent)
{
    int width = term_width(), col = first;
    bool start = true; /* nothing printed on this line yet: no space before the word */
    const char *p = text;
    while (*p) {
        if (*p == '\n') {
            printf("\n%*s", indent, "");
            col = indent;
            start = true;
            p++;
            continue;
        }
        const char *w = p + strspn(p, " ");
        size_t wl = strcspn(w, " \n");
        if (!wl) {
            p = w;
            continue;
        }
        int need = cols(w, wl);
        if (!start && col + 1 + need > width) {
            printf("\n%*s", indent, "");
            col = indent;
            start = true;
        }
        printf("%s%.*s", start ? "" : " ", (int)wl, w);
        col += need + (start ? 0 : 1);
        start = false;
        p = w + wl;
    }
    putchar('\n');
}

/* A whole paragraph with a prefix ("  1. "): wrapped under itself. */
static void para(const char *prefix, const char *text, int indent)
{
    fputs(prefix, stdout);
    wrap_print(text, cols(prefix, strlen(prefix)), indent);
}

/* What the terminal shows of the client between prompts: the posture sentence only when it
 * changed since it was last printed. */
typedef struct View {
    char posture[512];
    bool practice;
    bool free; /* --free: the trainee types replies; the choices are not listed */
} View;

/* A cue in words ("Dana crosses her arms."), unless the posture it names is already held in
 * the expression of state: then it would repeat the posture line. */
static void cue_line(const Session *s, const char *cue, const double *state)
{
    AvatarCue cc = avatar_cue_parse(cue);
    if (cc == CUE_NONE) return;
    AvatarInputs in;
    AvatarExpr e;
    avatar_inputs(s->sc, state, &in);
    avatar_target(&in, &e);
    if (recap_cue_redundant(s->sc, state, &e, cc)) return;
    char words[512];
    avatar_cue_words(cc, s->sc->client_name, s->sc->pronoun, words, sizeof words);
    if (words[0]) para("", term_safe(words, false), 0);
}

static void show(View *v, const Session *s)
{
    char words[512], head[300];
    describe_client(s, s->state, words, sizeof words);
    if (strcmp(words, v->posture)) {
        snprintf(v->posture, sizeof v->posture, "%s", words);
        putchar('\n');
        para("", term_safe(words, false), 0);
    }
    if (s->over) return;
    int band = session_band(s);
    snprintf(head, sizeof head, "%s%s%s%s: ", term_safe(s->sc->client_name, false),
             band >= 0 ? " (" : "", band >= 0 ? band_name(band) : "", band >= 0 ? ")" : "");
    putchar('\n');
    para(head, term_safe(s->line, true), 2);
    const Node *n = session_node(s);
    cue_line(s, session_text_in(s, &n->cue_by, n->cue, s->state), s->state);
    for (int j = 0; !v->free && j < s->noffered; j++) {
        char num[16];
        const Choice *c = session_offered(s, session_shown(s, j));
        snprintf(num, sizeof num, "  %d. ", j + 1);
        para(num, term_safe(session_choice_text(s, c, s->state), true), 5);
    }
}

static void debrief(Host *h, const Session *s)
{
    const Node *n = session_node(s);
    char head[600], words[96], recap[1600];
    putchar('\n');
    snprintf(head, sizeof head, "%s: ", term_safe(s->sc->client_name, false));
    para(head, term_safe(s->line, true), 2);
    const double *at = session_state_at(s, s->nturns - 1 >= 0 ? s->nturns - 1 : 0);
    cue_line(s, session_text_in(s, &n->cue_by, n->cue, at), at);
    snprintf(head, sizeof head, "%s (%s)", term_safe(recap_title(s), false),
             outcome_name(n->outcome));
    putchar('\n');
    para("== ", head, 3);
    if (n->debrief) para("", term_safe(n->debrief, true), 0);
    recap_paragraph(s, recap, sizeof recap);
    if (recap[0]) {
        putchar('\n');
        para("", term_safe(recap, true), 0);
    }
    printf("\nWhat you chose:\n");
    for (int t = 1; t <= s->nturns; t++) {
        const Turn *tu = &s->turns[t - 1];
        const Choice *c = session_turn_choice(s, tu);
        char num[16], line[1400];
        recap_words(s->sc->moves[c->move].name, words, sizeof words);
        snprintf(num, sizeof num, "  %2d. ", t);
        const char *said = session_choice_text(s, c, session_state_at(s, t - 1));
        if (tu->typed) { /* the trainee's own words, beside what they were taken as */
            snprintf(line, sizeof line, "You typed: %s", term_safe(tu->typed->words, true));
            para(num, line, 6);
            snprintf(num, sizeof num, "      ");
            if (tu->choice < 0)
                snprintf(line, sizeof line, "Fit no reply; counted as %s", term_safe(words, false));
            else
                snprintf(line, sizeof line, "Taken as: %s [%s]", term_safe(said, true),
                         term_safe(words, false));
        } else
            snprintf(line, sizeof line, "%s [%s]", term_safe(said, true), term_safe(words, false));
        para(num, line, 6);
        if (c->feedback) para("      ", term_safe(c->feedback, true), 6);
    }
    putchar('\n');
    cli_print_summary(stdout, h, s, false);
    if (course_goes_on(s->sc, s->state, s->node))
        printf("\nn: go on to the next session; r N: rewind to turn N and choose again; q: quit\n");
    else
        printf("\nr N: rewind to turn N and choose again; q: quit\n");
}

static char *read_line(char *buf, size_t size)
{
    printf("> ");
    fflush(stdout);
    if (!fgets(buf, (int)size, stdin)) return NULL;
    size_t len = strcspn(buf, "\r\n");
    if (!buf[len]) { /* longer than the buffer: the rest of the line is dropped */
        int ch;
        while ((ch = getchar()) != EOF && ch != '\n') {
        }
    }
    buf[len] = '\0';
    return buf;
}

/* The session's record, rewritten after every choice and rewind (atomically), so what is on
 * disk is always the session as it stands, even when the terminal closes mid-way. */
/* After every choice, undo or rewind: the record, and the progress save that a crash
 * resumes from (losing at most the choice being made). */
static void keep_record(bool keep, const char *path, Host *h, const Session *s, const char *trainee,
                        time_t started)
{
    if (!keep) return; /* started with --from/--set: nothing could replay it */
    if (path[0] && s->nturns > 0) record_write(path, h, s, trainee, started, time(NULL));
    progress_save(h, s, trainee, started);
}

/* A saved, unfinished session of this client: resume it (--resume, or when the trainee
 * says yes), or start afresh (--fresh). Reports saves that cannot be used. */
static void offer_resume(Host *h, Session *s, int choice)
{
    Record r;
    char msg[4600];
    int found = progress_find(h->sc.id, &r, msg, sizeof msg);
    if (found < 0) {
        printf("(%s)\n", msg);
        return;
    }
    if (found == 0 || choice == 'n') {
        if (found) record_free(&r);
        return;
    }
    if (choice != 'y') {
        printf("You have an unfinished session of this client, stopped after turn %d. Resume it? "
               "[Y/n] ",
               r.nsteps);
        char buf[32];
        /* Only Enter or "y" resumes: anything else (a choice number typed too early) starts afresh.
         */
        if (!fgets(buf, sizeof buf, stdin) || !(buf[0] == '\n' || buf[0] == 'y' || buf[0] == 'Y')) {
            printf("(starting afresh; the saved session is replaced after your first choice)\n");
            record_free(&r);
            return;
        }
    }
    if (progress_resume(&r, s, msg, sizeof msg) == 0)
        printf("(resumed at turn %d of your saved session)\n", s->nturns);
    else
        printf("(%s)\n", msg);
    record_free(&r);
}

const char cmd_play_summary[] =
    "play a scenario in the terminal: u undoes, r N rewinds to turn N, q quits";

typedef struct PlayOpts {
    const char *name, *record, *trainee, *mode, *from, *set;
    unsigned long long seed; /* 0: a fresh seed: a new shuffle and new lines */
    bool text, no_record, resume, fresh, free, menu;
    const char *sets[64]; /* every --set (the table keeps only the last) */
    int nsets;
} PlayOpts;

static int play_parse(int argc, char **argv, PlayOpts *o)
{
    *o = (PlayOpts){0};
    const Option options[] = {
        OPTION_FLAG("--text", &o->text, "in the terminal (without it: in a window)"),
        OPTION_FLAG("--free", &o->free, "type your replies in your own words (free text)"),
        OPTION_FLAG("--menu", &o->menu,
                    "pick replies from the list (over replies = typed in the settings)"),
        OPTION_U64("--seed", &o->seed, "N", "the session's seed (default: a fresh one)", 1,
                   ULLONG_MAX),
        OPTION_STRING("--trainee", &o->trainee, "NAME", "the trainee's name in the record"),
        OPTION_STRING("--record", &o->record, "FILE", "write the session record to FILE"),
        OPTION_FLAG("--no-record", &o->no_record, "keep no session record"),
        OPTION_FLAG("--resume", &o->resume, "resume the saved, unfinished session"),
        OPTION_FLAG("--fresh", &o->fresh, "start afresh even when one is saved"),
        OPTION_STRING("--mode", &o->mode, "MODE",
                      "practice (your move and its MITI code after each reply) or assessment"),
        OPTION_STRING("--from", &o->from, "NODE",
                      "start at this node (for authors: no record, no saved session)"),
        OPTION_STRING("--set", &o->set, "VAR=VALUE",
                      "start with this variable set (repeat it; a number or true/false)"),
        {0}};
    const Command c = {"play", "--text [SCENARIO]", cmd_play_summary, options, 0, 1};
    int n, rc = opts_parse(&c, argc, argv, &o->name, &n);
    if (rc) return rc; /* --help too: the caller exits without playing */
    o->nsets = cli_collect_sets(argc, argv, o->sets, 64);
    if ((o->from || o->nsets) && (o->record || o->resume)) {
        fprintf(stderr, "rapport play: --from and --set start a session no record can replay: "
                        "drop --record and --resume\n");
        return EXIT_BAD_INPUT;
    }
    if (o->mode && strcmp(o->mode, "practice") && strcmp(o->mode, "assessment")) {
        fprintf(stderr, "rapport play: --mode: \"%s\" is not practice or assessment\n",
                term_safe(o->mode, false));
        return EXIT_BAD_INPUT;
    }
    if (o->free && o->menu) {
        fprintf(stderr, "rapport play: give --free or --menu, not both\n");
        return EXIT_BAD_INPUT;
    }
    if (o->resume && o->fresh) {
        fprintf(stderr, "rapport play: give --resume or --fresh, not both\n");
        return EXIT_BAD_INPUT;
    }
    if (o->trainee && !record_utf8_ok(o->trainee)) {
        fprintf(stderr, "rapport play: --trainee is not UTF-8 text: give the name in UTF-8\n");
        return EXIT_BAD_INPUT;
    }
    return EXIT_OK;
}

/* Practice or assessment: --mode, else the client's own mode, else the trainee's setting (the
 * window's rule). */
static bool play_practice(const PlayOpts *o, const Scenario *sc)
{
    if (o->mode) return !strcmp(o->mode, "practice");
    if (sc->mode) return sc->mode == 1;
    Settings set;
    settings_default(&set); /* no settings file: the defaults, not what the stack held */
    settings_load(&set);
    return set.mode == MODE_PRACTICE;
}

/* Typed replies: --free, --menu, else the trainee's setting (replies = typed). */
static bool play_free(const PlayOpts *o)
{
    if (o->free || o->menu) return o->free;
    Settings set;
    settings_default(&set);
    settings_load(&set);
    return set.typed;
}

/* A terminal session, and where its record goes ("" for nowhere). */
typedef struct Play {
    Host *h;
    Session s;
    View view;
    bool keep; /* a record and a progress save: not for a session started with --from/--set */
    time_t started;
    char trainee[128], path[4200];
    bool fixed_path; /* --record FILE: every session of a course is written there in turn */
    Replies rep;     /* --free: the matcher over the client's choices */
    /* --free: a reply that matched none confidently waits here while the closest are shown */
    char pending[SESSION_TYPED_MAX + 2];
    FtMatch pending_m;
    bool asking;
} Play;

/* Loads the client, starts the session, names the record; one line on stderr when not. */
static int play_open(Play *p, const PlayOpts *o)
{
    p->h = cli_load(o->name ? o->name : DEFAULT_CLIENT);
    if (!p->h) return EXIT_BAD_INPUT;
    Session *s = &p->s;
    if (session_init(s, &p->h->sc) != 0) {
        fprintf(stderr, "rapport: out of memory\n");
        host_close(p->h);
        return EXIT_BAD_INPUT;
    }
    /* --from and --set: an author's look at one node; a record of it could not be replayed. */
    p->keep = !o->from && !o->nsets;
    if (cli_start_session("play", s, o->seed ? o->seed : rng_fresh_seed(), o->from, o->sets,
                          o->nsets) != EXIT_OK) {
        session_free(s);
        host_close(p->h);
        return EXIT_BAD_INPUT;
    }
    p->started = time(NULL);
    char err[4400];
    if (o->trainee)
        snprintf(p->trainee, sizeof p->trainee, "%s", o->trainee);
    else
        record_default_trainee(p->trainee, sizeof p->trainee);
    p->path[0] = '\0';
    p->fixed_path = o->record != NULL;
    if (o->record)
        snprintf(p->path, sizeof p->path, "%s", o->record);
    else if (p->keep && !o->no_record &&
             record_new_path(NULL, p->h->sc.id, p->trainee, s->seed, p->started, p->path,
                             sizeof p->path, err, sizeof err) != 0) {
        fprintf(stderr, "%s\n", err);
        session_free(s);
        host_close(p->h);
        return EXIT_BAD_INPUT;
    }
    return EXIT_OK;
}

/* "u", "r" or "r N": back to an earlier turn. 1 when buf was not one of these. */
static int play_rewind(Play *p, const char *buf)
{
    Session *s = &p->s;
    if (strcmp(buf, "u") && strncmp(buf, "r ", 2) && strcmp(buf, "r")) return 1;
    int to = !strcmp(buf, "u") ? s->nturns - 1 : atoi(buf + 1) - 1;
    if (!strcmp(buf, "r")) to = 0;
    if (to < 0 || to > s->nturns) {
        printf("(no such turn: 1 to %d)\n", s->nturns);
        return EXIT_OK;
    }
    if (session_rewind(s, to) != 0) {
        fprintf(stderr, "%s\n", s->err);
        return EXIT_BAD_INPUT;
    }
    keep_record(p->keep, p->path, p->h, s, p->trainee, p->started);
    printf("(rewound to turn %d)\n", to + 1);
    show(&p->view, s);
    return EXIT_OK;
}

static int play_after(Play *p);

/* A number typed: the choice at that position in the order shown. */
static int play_choose(Play *p, const char *buf)
{
    Session *s = &p->s;
    char *end;
    long k = strtol(buf, &end, 10);
    if (s->over || *end || k < 1 || k > s->noffered) {
        if (s->over)
            printf("(the session has ended: r N rewinds, q quits)\n");
        else
            printf("(type a number from 1 to %d)\n", s->noffered);
        return EXIT_OK;
    }
    if (session_choose(s, session_shown(s, (int)k - 1)) != 0) {
        fprintf(stderr, "%s\n", s->err);
        return EXIT_BAD_INPUT;
    }
    return play_after(p);
}

/* After a turn: the record, the practice line, the client's cue and the next line. */
static int play_after(Play *p)
{
    Session *s = &p->s;
    keep_record(p->keep, p->path, p->h, s, p->trainee, p->started);
    const Turn *t = &s->turns[s->nturns - 1];
    const Choice *c = session_turn_choice(s, t);
    if (p->view.practice) { /* as the window's coach line: the move in words and its code */
        char words[96], line[200];
        Miti m = p->h->sc.moves[c->move].miti;
        recap_words(p->h->sc.moves[c->move].name, words, sizeof words);
        snprintf(line, sizeof line, "Your move: %s%s%s%s", term_safe(words, false),
                 m == MITI_NONE ? "" : " (", m == MITI_NONE ? "" : miti_name(m),
                 m == MITI_NONE ? "" : ")");
        para("", line, 0);
    }
    cue_line(s, session_text_in(s, &c->cue_by, c->cue, s->state),
             session_state_at(s, s->nturns - 1));
    show(&p->view, s);
    return EXIT_OK;
}

/* What a typed reply was taken as, in one line before the client answers. */
static void print_taken(const Session *s, const FtMatch *m, bool matched)
{
    const Choice *c = session_turn_choice(s, &s->turns[s->nturns - 1]);
    char line[1400], words[96];
    recap_words(s->sc->moves[c->move].name, words, sizeof words);
    if (matched)
        snprintf(line, sizeof line, "Taken as: %s",
                 term_safe(session_choice_text(s, c, session_state_at(s, s->nturns - 1)), true));
    else
        snprintf(line, sizeof line, "That fit none of the replies here; it counts as %s (%s).",
                 term_safe(words, false), miti_name(m->code.principal));
    para("", line, 0);
}

/* The closest replies to one that matched none confidently; the trainee picks or rephrases. */
static void ask_which(Play *p, const char *buf, const FtMatch *m)
{
    const Session *s = &p->s;
    snprintf(p->pending, sizeof p->pending, "%s", buf);
    p->pending_m = *m;
    p->asking = true;
    printf(m->nbest == 1 ? "Did you mean this?\n" : "Which did you mean?\n");
    for (int i = 0; i < m->nbest; i++) {
        const Choice *c = session_offered(s, m->best[i]);
        char num[16];
        snprintf(num, sizeof num, "  %d. ", i + 1);
        para(num, term_safe(session_choice_text(s, c, s->state), true), 5);
    }
    printf(m->nbest == 1 ? "(type 1 to say it, or say it another way)\n"
                         : "(type its number, or say it another way)\n");
}

/* --free: a reply typed, or (after "did you mean") the number of one of the closest. */
static int play_typed(Play *p, const char *buf)
{
    Session *s = &p->s;
    if (s->over) {
        printf("(the session has ended: r N rewinds, q quits)\n");
        return EXIT_OK;
    }
    if (!buf[strspn(buf, " \t")]) { /* Enter alone: nothing was said */
        printf("(type your reply in your own words; q quits)\n");
        return EXIT_OK;
    }
    FtMatch m;
    const char *words = buf;
    int k = -1;
    bool asked = false;
    char *end;
    long pick = strtol(buf, &end, 10);
    if (p->asking && *buf && !*end && pick >= 1 && pick <= p->pending_m.nbest) {
        m = p->pending_m;
        words = p->pending;
        k = m.best[pick - 1];
        asked = true;
    } else {
        replies_match(&p->rep, s, buf, NULL, &m);
        if (m.verdict == FT_ASK) {
            ask_which(p, buf, &m);
            return EXIT_OK;
        }
        if (m.verdict == FT_CONFIDENT) k = m.best[0];
    }
    p->asking = false;
    int rc = replies_take(&p->rep, s, words, &m, k, asked);
    if (rc < 0) {
        fprintf(stderr, "%s\n", s->err);
        return EXIT_BAD_INPUT;
    }
    if (rc == 1) { /* nothing to code: the client is puzzled and waits */
        char head[300];
        putchar('\n');
        snprintf(head, sizeof head, "%s: ", term_safe(s->sc->client_name, false));
        para(head, term_safe(session_unmatched_line(s), true), 2);
        printf("(say it another way)\n");
        return EXIT_OK;
    }
    print_taken(s, &m, k >= 0);
    return play_after(p);
}

/* "n" after a session another follows: the client comes to the next one or misses it (the
 * seed decides, by the model's chance). 1 when the course ended with a missed appointment. */
static int play_next(Play *p)
{
    Session *s = &p->s;
    const Scenario *sc = s->sc;
    if (!s->over || !course_goes_on(sc, s->state, s->node)) {
        printf("(no session follows this one)\n");
        return 0;
    }
    double chance;
    int rc;
    while ((rc = session_next_sitting(s, COURSE_DRAW, &chance)) == 0) {
        transcript_text_sitting(stdout, s, course_sitting(sc, s->state), 0, chance);
        if (!course_goes_on(sc, s->state, s->node)) return 1;
    }
    if (rc < 0) {
        fprintf(stderr, "%s\n", s->err);
        return -1;
    }
    transcript_text_sitting(stdout, s, course_sitting(sc, s->state), 1, chance);
    /* Each session is its own record; an explicit --record FILE holds the latest. */
    p->started = time(NULL);
    char err[4400];
    if (p->keep && p->path[0] && !p->fixed_path &&
        record_new_path(NULL, sc->id, p->trainee, s->seed, p->started, p->path, sizeof p->path, err,
                        sizeof err) != 0)
        fprintf(stderr, "%s\n", err);
    keep_record(p->keep, p->path, p->h, s, p->trainee, p->started);
    p->view.posture[0] = '\0';
    show(&p->view, s);
    return 0;
}

static int play_loop(Play *p)
{
    static char buf[SESSION_TYPED_MAX + 2];
    show(&p->view, &p->s);
    for (;;) {
        if (p->s.over) {
            debrief(p->h, &p->s);
            if (p->path[0])
                printf("(your session record: %s; rapport report %s makes the debrief page)\n",
                       p->path, p->path);
        }
        if (!read_line(buf, sizeof buf) || !strcmp(buf, "q")) return EXIT_OK;
        if (!strcmp(buf, "n")) {
            int next = play_next(p);
            if (next < 0) return EXIT_BAD_INPUT;
            if (next > 0) return EXIT_OK; /* the client stopped coming: the course is over */
            continue;
        }
        const char *cmd = p->view.free && buf[0] == '/' ? buf + 1 : buf;
        if (p->view.free && (!strcmp(cmd, "q") || !strcmp(cmd, "n"))) {
            if (!strcmp(cmd, "q")) return EXIT_OK;
            int next = play_next(p);
            if (next < 0) return EXIT_BAD_INPUT;
            if (next > 0) return EXIT_OK;
            continue;
        }
        /* typed replies: "r" only as "r" or "r N", so a reply such as "r u ok" is a reply */
        bool rewind =
            !p->view.free || !strcmp(cmd, "u") || !strcmp(cmd, "r") ||
            (!strncmp(cmd, "r ", 2) && cmd[2] && strspn(cmd + 2, "0123456789") == strlen(cmd + 2));
        int rc = rewind ? play_rewind(p, cmd) : 1;
        if (rc == 1)
            rc = p->view.free ? play_typed(p, buf) : play_choose(p, buf);
        else
            p->asking = false;
        if (rc) return rc;
    }
}

int cmd_play(int argc, char **argv)
{
    PlayOpts o;
    int rc = play_parse(argc, argv, &o);
    if (rc) return opts_exit(rc);
    Play p;
    if ((rc = play_open(&p, &o)) != EXIT_OK) return rc;
    p.view.posture[0] = '\0';
    p.view.practice = play_practice(&o, &p.h->sc);
    p.view.free = play_free(&o);
    p.asking = false;
    memset(&p.rep, 0, sizeof p.rep);
    char err[400];
    if (p.view.free && replies_open(&p.rep, &p.h->sc, err, sizeof err) != 0) {
        fprintf(stderr, "rapport play: --free: %s\n", err);
        session_free(&p.s);
        host_close(p.h);
        return EXIT_BAD_INPUT;
    }
    printf("%s\n", term_safe(p.h->sc.title, false));
    para("", term_safe(p.h->sc.setting, true), 0);
    if (p.keep)
        offer_resume(p.h, &p.s, o.resume ? 'y' : o.fresh ? 'n' : 0);
    else
        printf("(started at node '%s'; no record or saved session is kept)\n",
               term_safe(session_node(&p.s)->id, false));
    if (p.view.free)
        printf("(type your reply in your own words; u undoes, r N rewinds to turn N, q quits)\n");
    else
        printf("(type a number to answer; u undoes, r N rewinds to turn N, q quits)\n");
    rc = play_loop(&p);
    if (p.view.free) replies_close(&p.rep);
    session_free(&p.s);
    host_close(p.h);
    return rc;
}
