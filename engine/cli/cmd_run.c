/* run: headless playthroughs. Given choices, or a policy over many seeded sessions. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../core/bots.h"
#include "../core/transcript.h"
#include "cli.h"
#include "choices.h"
#include "../store/record.h"

typedef struct RunOpts {
    const char *scenario, *choices, *policy, *record, *golden, *trainee, *record_dir;
    unsigned long long seed, runs;
    bool json, quiet, stats, update, no_record;
    FILE *out; /* the transcript: stdout, or memory when comparing with a golden file */
} RunOpts;

static int usage(const char *msg, const char *arg)
{
    fprintf(stderr, "rapport run: %s%s%s\n", msg, arg ? ": " : "", arg ? arg : "");
    fprintf(
        stderr,
        "usage: rapport run SCENARIO [--choices 1,3,2] [--policy BOT] [--seed N] [--runs K] "
        "[--json] [--quiet] [--stats]\n"
        "       BOT: random, mi, righting, questions, first, longest, shortest, you-words, no-but\n"
        "       [--record FILE | --record-dir DIR | --no-record] [--trainee NAME] [--golden FILE "
        "[--update]]\n");
    return EXIT_BAD_INPUT;
}

static int parse(int argc, char **argv, RunOpts *o)
{
    *o = (RunOpts){.seed = 1, .runs = 1};
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool has_value = i + 1 < argc;
        if (!strcmp(a, "--json"))
            o->json = true;
        else if (!strcmp(a, "--quiet"))
            o->quiet = true;
        else if (!strcmp(a, "--stats"))
            o->stats = true;
        else if (!strcmp(a, "--update"))
            o->update = true;
        else if (!strcmp(a, "--no-record"))
            o->no_record = true;
        else if (!strcmp(a, "--record") || !strcmp(a, "--golden") || !strcmp(a, "--trainee") ||
                 !strcmp(a, "--record-dir")) {
            if (!has_value) return usage("this option needs a value", a);
            const char **slot = !strcmp(a, "--record")       ? &o->record
                                : !strcmp(a, "--golden")     ? &o->golden
                                : !strcmp(a, "--record-dir") ? &o->record_dir
                                                             : &o->trainee;
            *slot = argv[++i];
        } else if (!strcmp(a, "--choices")) {
            if (!has_value) return usage("--choices needs a list like 1,3,2", NULL);
            o->choices = argv[++i];
        } else if (!strcmp(a, "--policy")) {
            if (!has_value) return usage("--policy needs a bot's name", NULL);
            o->policy = argv[++i];
            if (bot_parse(o->policy) < 0) {
                fprintf(stderr,
                        "rapport run: --policy: \"%s\" is not a bot (random, mi, righting, "
                        "questions, first, longest, shortest, you-words, no-but)\n",
                        term_safe(o->policy, false));
                return EXIT_BAD_INPUT;
            }
        } else if (!strcmp(a, "--seed") || !strcmp(a, "--runs")) {
            bool seed = !strcmp(a, "--seed");
            if (!cli_option_u64("run", a, has_value ? argv[i + 1] : NULL, seed ? 0 : 1, ULLONG_MAX,
                                seed ? &o->seed : &o->runs))
                return EXIT_BAD_INPUT;
            i++;
        } else if (a[0] == '-' && a[1]) {
            return usage("unknown option", a);
        } else if (!o->scenario) {
            o->scenario = a;
        } else {
            return usage("one scenario at a time; unexpected", a);
        }
    }
    if (!o->scenario) return usage("which scenario?", NULL);
    if (o->choices && o->policy) return usage("give --choices or --policy, not both", NULL);
    if (o->choices && o->runs > 1) return usage("--runs goes with --policy", NULL);
    if (!o->choices && !o->policy) o->policy = "random";
    if (o->record && o->runs > 1)
        return usage("--record keeps one session: drop --runs (or use --record-dir DIR)", NULL);
    if (o->no_record && (o->record || o->record_dir))
        return usage("--no-record and --record/--record-dir contradict each other", NULL);
    if (o->record && o->record_dir)
        return usage("give --record FILE or --record-dir DIR, not both", NULL);
    if (o->update && !o->golden) return usage("--update goes with --golden FILE", NULL);
    if (o->golden && o->quiet) return usage("--golden compares the transcript: drop --quiet", NULL);
    return EXIT_OK;
}

static void emit_turn(const Session *s, const RunOpts *o)
{
    if (o->quiet) return;
    if (o->json)
        transcript_json_turn(o->out, s, s->nturns);
    else
        transcript_text_turn(o->out, s, s->nturns);
}

/* Plays the listed choices ("1,3,ask_hopes"). */
static int play_list(Session *s, const RunOpts *o)
{
    static char refs[SESSION_MAX_TURNS][CHOICE_REF_MAX];
    char err[256];
    int n = choices_parse(o->choices, refs, SESSION_MAX_TURNS, err, sizeof err);
    if (n < 0) {
        fprintf(stderr, "rapport run: --choices: %s\n", err);
        return EXIT_BAD_INPUT;
    }
    for (int step = 1; step <= n; step++) {
        const char *ref = refs[step - 1];
        if (s->over) {
            fprintf(stderr,
                    "rapport run: --choices: step %d (%s): the session already ended at '%s'\n",
                    step, ref, session_node(s)->ending);
            return EXIT_BAD_INPUT;
        }
        if (session_choose_ref(s, ref) != 0) {
            if (s->error == SERR_CHOICE)
                fprintf(stderr, "rapport run: --choices: step %d: %s\n", step, s->err);
            else
                fprintf(stderr, "%s\n", s->err);
            return EXIT_BAD_INPUT;
        }
        emit_turn(s, o);
    }
    return EXIT_OK;
}

static int play_policy(Session *s, const RunOpts *o, unsigned long long seed)
{
    Rng pick;
    rng_seed(&pick, seed ^ 0x9e3779b97f4a7c15ULL); /* its own stream: choices do not shift lines */
    BotKind bot = (BotKind)bot_parse(o->policy);
    while (!s->over) {
        if (session_choose(s, bot_pick(bot, s, &pick)) != 0) {
            fprintf(stderr, "%s\n", s->err);
            return EXIT_BAD_INPUT;
        }
        emit_turn(s, o);
    }
    return EXIT_OK;
}

/* Compares a transcript with a golden file, or rewrites the file with --update. */
static int golden_compare(const char *path, const char *got, bool update)
{
    if (update) {
        FILE *f = fopen(path, "w");
        if (!f || fputs(got, f) < 0 || fclose(f) != 0) {
            fprintf(stderr, "rapport run: cannot write %s\n", path);
            return EXIT_BAD_INPUT;
        }
        fprintf(stderr, "rapport run: wrote %s\n", path);
        return EXIT_OK;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "rapport run: --golden %s: cannot open it (create it with --update)\n",
                path);
        return EXIT_BAD_INPUT;
    }
    char line[8192];
    const char *p = got;
    int n = 0;
    for (;;) {
        char *want = fgets(line, sizeof line, f);
        n++;
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p + 1) : strlen(p);
        if (!want && !*p) break;
        if (!want || strlen(want) != len || strncmp(want, p, len) != 0) {
            fprintf(stderr,
                    "%s:%d: the transcript differs from the golden file\n  golden: %s%s  now:    "
                    "%.*s%s",
                    path, n, want ? want : "(end of file)\n", "", (int)len,
                    *p ? p : "(end of transcript)\n", nl || !*p ? "" : "\n");
            fclose(f);
            return EXIT_FAILED;
        }
        p += len;
    }
    fclose(f);
    return EXIT_OK;
}

int cmd_run(int argc, char **argv)
{
    RunOpts o;
    int rc = parse(argc, argv, &o);
    if (rc) return rc;
    if (o.trainee && !record_utf8_ok(o.trainee)) {
        fprintf(stderr, "rapport run: --trainee is not UTF-8 text: give the name in UTF-8\n");
        return EXIT_BAD_INPUT;
    }
    Host *h = cli_load(o.scenario);
    if (!h) return EXIT_BAD_INPUT;
    const Scenario *sc = &h->sc;
    Session s;
    if (session_init(&s, sc) != 0) {
        host_close(h);
        fprintf(stderr, "rapport: out of memory\n");
        return EXIT_BAD_INPUT;
    }
    int *endings = calloc((size_t)sc->nnodes, sizeof(int));
    double t0 = cli_now();
    time_t started = time(NULL);
    char *captured = NULL;
    size_t captured_len = 0;
    o.out = o.golden ? open_memstream(&captured, &captured_len) : stdout;
    if (!o.out) o.out = stdout;
    unsigned long long choices = 0, min_turns = ~0ULL, max_turns = 0, successes = 0, passes = 0;
    /* Every single session keeps a record (issue 6) unless told not to; many sessions only
     * into a folder named for them, never thousands of files by accident. */
    bool keep = !o.no_record && (o.record || o.record_dir || o.runs == 1);
    char trainee[128];
    if (o.trainee)
        snprintf(trainee, sizeof trainee, "%s", o.trainee);
    else
        record_default_trainee(trainee, sizeof trainee);
    for (unsigned long long r = 0; rc == EXIT_OK && r < o.runs; r++) {
        unsigned long long seed = o.seed + r;
        if (r > 0) started = time(NULL);
        if (!o.quiet && !o.json && o.runs > 1)
            fprintf(o.out, "== run %llu, seed %llu\n", r + 1, seed);
        if (!o.quiet && !o.json && o.runs == 1)
            fprintf(o.out, "== %s (%s), seed %llu\n", term_safe(sc->title, false), sc->id, seed);
        if (session_start(&s, seed) != 0) {
            fprintf(stderr, "%s\n", s.err);
            rc = EXIT_BAD_INPUT;
            break;
        }
        rc = o.choices ? play_list(&s, &o) : play_policy(&s, &o, seed);
        if (rc) {
            if (o.runs > 1) fprintf(stderr, "rapport run: in run %llu (seed %llu)\n", r + 1, seed);
            break;
        }
        choices += (unsigned long long)s.nturns;
        if ((unsigned long long)s.nturns < min_turns) min_turns = (unsigned long long)s.nturns;
        if ((unsigned long long)s.nturns > max_turns) max_turns = (unsigned long long)s.nturns;
        if (s.over && endings) endings[s.node]++;
        if (s.over && sc->nodes[s.node].outcome == OUTCOME_SUCCESS) successes++;
        if (o.quiet) {
            bool pass = false;
            if (host_session_passed(h, &s, &pass) != 0) {
                fprintf(stderr, "%s\n", h->err);
                rc = EXIT_BAD_INPUT;
                break;
            }
            passes += pass;
        }
        if (keep) {
            char path[4200], err[4400];
            if (!o.record && record_new_path(o.record_dir, sc->id, trainee, seed, started, path,
                                             sizeof path, err, sizeof err) != 0) {
                fprintf(stderr, "%s\n", err);
                rc = EXIT_BAD_INPUT;
                break;
            }
            if (record_write(o.record ? o.record : path, h, &s, trainee, started, time(NULL)) !=
                0) {
                rc = EXIT_BAD_INPUT;
                break;
            }
            if (!o.record && !o.record_dir && isatty(STDERR_FILENO))
                fprintf(stderr, "rapport: session record: %s\n", path);
        }
        if (o.quiet) continue;
        if (o.json) {
            transcript_json_end(o.out, &s);
            if (cli_print_summary(o.out, h, &s, true) != 0) rc = EXIT_BAD_INPUT;
        } else {
            transcript_text_end(o.out, &s);
            if (cli_print_summary(o.out, h, &s, false) != 0) rc = EXIT_BAD_INPUT;
            if (o.runs > 1) fputc('\n', o.out);
        }
    }
    if (rc == EXIT_OK && o.quiet && endings) {
        printf("%llu sessions, %llu choices, turns %llu to %llu, %d nodes\n", o.runs, choices,
               min_turns, max_turns, sc->nnodes);
        printf("  success %.1f%%, pass %.1f%% (policy %s)\n",
               100.0 * (double)successes / (double)o.runs, 100.0 * (double)passes / (double)o.runs,
               o.policy ? o.policy : "choices");
        for (int i = 0; i < sc->nnodes; i++)
            if (sc->nodes[i].ending)
                printf("  %-24s %-8s %8d  %5.1f%%\n", term_safe(sc->nodes[i].ending, false),
                       outcome_name(sc->nodes[i].outcome), endings[i],
                       100.0 * endings[i] / (double)o.runs);
    }
    if (o.golden && o.out != stdout) {
        fclose(o.out);
        if (rc == EXIT_OK) rc = golden_compare(o.golden, captured ? captured : "", o.update);
        free(captured);
    }
    if (o.stats) {
        double secs = cli_now() - t0;
        fprintf(stderr,
                "{\"load_ms\":%.2f,\"run_ms\":%.2f,\"sessions\":%llu,\"choices\":%llu,\"sessions_"
                "per_s\":%.0f,"
                "\"choices_per_s\":%.0f,\"peak_rss_kb\":%ld}\n",
                cli_load_seconds * 1000, secs * 1000, o.runs, choices, (double)o.runs / secs,
                (double)choices / secs, cli_peak_rss_kb());
    }
    free(endings);
    session_free(&s);
    host_close(h);
    return rc;
}
