/* play --text: a session in the terminal. The client's line, their posture and face in words,
 * the choices numbered in the order shown (shuffled per session from the seed; a rewind or an
 * undo shows the same order again); u undoes, r N rewinds to turn N, q quits. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../core/transcript.h"
#include "cli.h"
#include "../store/progress.h"
#include "../store/record.h"

static void show(const Session *s)
{
    char words[512];
    describe_client(s, s->state, words, sizeof words);
    printf("\n(%s)\n", term_safe(words, false));
    if (s->over) return;
    transcript_text_prompt(stdout, s);
}

static void debrief(Host *h, const Session *s)
{
    const Node *n = session_node(s);
    printf("\n%s: %s\n", term_safe(s->sc->client_name, false), term_safe(s->line, true));
    printf("\n== %s (%s)\n", term_safe(n->ending, false), outcome_name(n->outcome));
    if (n->debrief) printf("%s\n", term_safe(n->debrief, true));
    printf("\nWhat you chose:\n");
    for (int t = 1; t <= s->nturns; t++) {
        const Turn *tu = &s->turns[t - 1];
        const Choice *c = &s->sc->nodes[tu->node].choices[tu->choice];
        printf("  %2d. %s [%s]\n", t, term_safe(c->text, true),
               term_safe(s->sc->moves[c->move].name, false));
        if (c->feedback) printf("      %s\n", term_safe(c->feedback, true));
    }
    putchar('\n');
    cli_print_summary(stdout, h, s, false);
    printf("\nr N: rewind to turn N and choose again; q: quit\n");
}

static char *read_line(char *buf, size_t size)
{
    printf("> ");
    fflush(stdout);
    if (!fgets(buf, (int)size, stdin)) return NULL;
    buf[strcspn(buf, "\r\n")] = '\0';
    return buf;
}

/* The session's record, rewritten after every choice and rewind (atomically), so what is on
 * disk is always the session as it stands, even when the terminal closes mid-way. */
/* After every choice, undo or rewind: the record, and the progress save that a crash
 * resumes from (losing at most the choice being made). */
static void keep_record(const char *path, Host *h, const Session *s, const char *trainee,
                        time_t started)
{
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

int cmd_play(int argc, char **argv)
{
    const char *name = NULL, *record = NULL, *trainee_opt = NULL;
    bool no_record = false;
    unsigned long long seed = 0; /* a fresh seed unless --seed: a new shuffle and new lines */
    int resume = 0;              /* 'y' --resume, 'n' --fresh, 0 ask */
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--text")) continue;
        if (!strcmp(argv[i], "--resume") || !strcmp(argv[i], "--fresh")) {
            resume = argv[i][2] == 'r' ? 'y' : 'n';
            continue;
        }
        if (!strcmp(argv[i], "--no-record")) {
            no_record = true;
            continue;
        }
        if (!strcmp(argv[i], "--seed")) {
            if (!cli_option_u64("play", "--seed", i + 1 < argc ? argv[i + 1] : NULL, 1, ULLONG_MAX,
                                &seed))
                return EXIT_BAD_INPUT;
            i++;
            continue;
        }
        if ((!strcmp(argv[i], "--record") || !strcmp(argv[i], "--trainee")) && i + 1 < argc) {
            *(!strcmp(argv[i], "--record") ? &record : &trainee_opt) = argv[i + 1];
            i++;
            continue;
        }
        if (argv[i][0] == '-') {
            fprintf(
                stderr,
                "rapport play: unknown option: %s\nusage: rapport play --text [SCENARIO] "
                "[--seed N] [--trainee NAME] [--record FILE | --no-record] [--resume | --fresh]\n",
                argv[i]);
            return EXIT_BAD_INPUT;
        }
        if (name) {
            fprintf(stderr, "rapport play: one scenario at a time; unexpected: %s\n", argv[i]);
            return EXIT_BAD_INPUT;
        }
        name = argv[i];
    }
    if (trainee_opt && !record_utf8_ok(trainee_opt)) {
        fprintf(stderr, "rapport play: --trainee is not UTF-8 text: give the name in UTF-8\n");
        return EXIT_BAD_INPUT;
    }
    Host *h = cli_load(name ? name : DEFAULT_CLIENT);
    if (!h) return EXIT_BAD_INPUT;
    Session s;
    if (session_init(&s, &h->sc) != 0 || session_start(&s, seed ? seed : rng_fresh_seed()) != 0) {
        fprintf(stderr, "%s\n", s.err[0] ? s.err : "rapport: out of memory");
        host_close(h);
        return EXIT_BAD_INPUT;
    }
    time_t started = time(NULL);
    char trainee[128], path[4200] = "", err[4400];
    if (trainee_opt)
        snprintf(trainee, sizeof trainee, "%s", trainee_opt);
    else
        record_default_trainee(trainee, sizeof trainee);
    if (record)
        snprintf(path, sizeof path, "%s", record);
    else if (!no_record && record_new_path(NULL, h->sc.id, trainee, s.seed, started, path,
                                           sizeof path, err, sizeof err) != 0) {
        fprintf(stderr, "%s\n", err);
        session_free(&s);
        host_close(h);
        return EXIT_BAD_INPUT;
    }
    printf("%s\n%s\n", term_safe(h->sc.title, false), term_safe(h->sc.setting, true));
    offer_resume(h, &s, resume);
    printf("(type a number to answer; u undoes, r N rewinds to turn N, q quits)\n");
    int rc = EXIT_OK;
    char buf[256];
    show(&s);
    for (;;) {
        if (s.over) {
            debrief(h, &s);
            if (path[0])
                printf("(your session record: %s; rapport report %s makes the debrief page)\n",
                       path, path);
        }
        if (!read_line(buf, sizeof buf) || !strcmp(buf, "q")) break;
        if (!strcmp(buf, "u") || !strncmp(buf, "r ", 2) || !strcmp(buf, "r")) {
            int to = !strcmp(buf, "u") ? s.nturns - 1 : atoi(buf + 1) - 1;
            if (!strcmp(buf, "r")) to = 0;
            if (to < 0 || to > s.nturns) {
                printf("(no such turn: 1 to %d)\n", s.nturns);
                continue;
            }
            if (session_rewind(&s, to) != 0) {
                fprintf(stderr, "%s\n", s.err);
                rc = EXIT_BAD_INPUT;
                break;
            }
            keep_record(path, h, &s, trainee, started);
            show(&s);
            continue;
        }
        char *end;
        long k = strtol(buf, &end, 10);
        if (s.over || *end || k < 1 || k > s.noffered) {
            if (s.over)
                printf("(the session has ended: r N rewinds, q quits)\n");
            else
                printf("(type a number from 1 to %d)\n", s.noffered);
            continue;
        }
        /* The number typed is a position in the order shown. */
        if (session_choose(&s, session_shown(&s, (int)k - 1)) != 0) {
            fprintf(stderr, "%s\n", s.err);
            rc = EXIT_BAD_INPUT;
            break;
        }
        keep_record(path, h, &s, trainee, started);
        const Choice *c =
            &h->sc.nodes[s.turns[s.nturns - 1].node].choices[s.turns[s.nturns - 1].choice];
        if (c->cue)
            printf("(%s: %s)\n", term_safe(h->sc.client_name, false), term_safe(c->cue, true));
        show(&s);
    }
    session_free(&s);
    host_close(h);
    return rc;
}
