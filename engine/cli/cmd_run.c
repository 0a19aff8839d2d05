/* run: headless playthroughs. Given choices, or a policy over many seeded sessions. */
#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../core/bots.h"
#include "../core/transcript.h"
#include "cli.h"
#include "../core/course.h"
#include "opts.h"
#include "../store/record.h"

typedef struct RunOpts {
    const char *scenario, *choices, *policy, *record, *golden, *trainee, *record_dir;
    unsigned long long seed, runs, workers;
    int used_workers; /* threads the sessions were played on (1 unless --quiet) */
    bool json, quiet, stats, update, no_record;
    FILE *out; /* the transcript: stdout, or memory when comparing with a golden file */
} RunOpts;

const char cmd_run_summary[] =
    "play a scenario headless: the choices given, or a bot over many seeded sessions";

static int usage(const char *msg)
{
    fprintf(stderr, "rapport run: %s\n", msg);
    return EXIT_BAD_INPUT;
}

/* The options that go together, or not, checked once the table has read them all. */
static int check(RunOpts *o)
{
    if (o->policy && bot_parse(o->policy) < 0) {
        fprintf(stderr,
                "rapport run: --policy: \"%s\" is not a bot (random, mi, righting, "
                "questions, first, longest, shortest, you-words, no-but)\n",
                term_safe(o->policy, false));
        return EXIT_BAD_INPUT;
    }
    if (o->choices && o->policy) return usage("give --choices or --policy, not both");
    if (o->choices && o->runs > 1) return usage("--runs goes with --policy");
    if (!o->choices && !o->policy) o->policy = "random";
    if (o->record && o->runs > 1)
        return usage("--record keeps one session: drop --runs (or use --record-dir DIR)");
    if (o->no_record && (o->record || o->record_dir))
        return usage("--no-record and --record/--record-dir contradict each other");
    if (o->record && o->record_dir)
        return usage("give --record FILE or --record-dir DIR, not both");
    if (o->update && !o->golden) return usage("--update goes with --golden FILE");
    if (o->golden && o->quiet) return usage("--golden compares the transcript: drop --quiet");
    return EXIT_OK;
}

static int parse(int argc, char **argv, RunOpts *o)
{
    *o = (RunOpts){.seed = 1,
                   .runs = 1,
                   .workers = (unsigned long long)cli_default_workers(),
                   .used_workers = 1};
    const Option options[] = {
        OPTION_STRING("--choices", &o->choices, "LIST", "the choices to make, e.g. 1,3,ask_hopes"),
        OPTION_STRING(
            "--policy", &o->policy, "BOT",
            "a bot chooses: random (default), mi, righting, questions, first, longest, shortest, "
            "you-words, no-but"),
        OPTION_U64("--seed", &o->seed, "N", "the first session's seed", 0, ULLONG_MAX),
        OPTION_U64("--runs", &o->runs, "K", "sessions to play, seeds N, N+1, ...", 1, ULLONG_MAX),
        OPTION_FLAG("--json", &o->json, "the transcript as JSON lines"),
        OPTION_FLAG("--quiet", &o->quiet, "no transcript: the endings over all the runs"),
        OPTION_U64("--workers", &o->workers, "N",
                   "with --quiet: play on N threads; the counts do not change (default: the "
                   "online CPUs)",
                   1, CLI_WORKERS_MAX),
        OPTION_FLAG("--stats", &o->stats, "timings and memory as JSON on stderr"),
        OPTION_STRING("--record", &o->record, "FILE", "write the session record to FILE"),
        OPTION_STRING("--record-dir", &o->record_dir, "DIR", "write every session's record in DIR"),
        OPTION_FLAG("--no-record", &o->no_record, "keep no session record"),
        OPTION_STRING("--trainee", &o->trainee, "NAME", "the trainee's name in the record"),
        OPTION_STRING("--golden", &o->golden, "FILE", "compare the transcript with FILE"),
        OPTION_FLAG("--update", &o->update, "with --golden: rewrite FILE instead"),
        {0}};
    const Command c = {"run", "SCENARIO", cmd_run_summary, options, 1, 1};
    const char *scenario[1];
    int n, rc = opts_parse(&c, argc, argv, scenario, &n);
    if (rc) return rc;
    o->scenario = scenario[0];
    return check(o);
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
/* The transcript of a --choices list, as cli_play_choices plays it. */
static void list_turn(void *ctx, const Session *s)
{
    emit_turn(s, ctx);
}

static void list_ended(void *ctx, const Session *s)
{
    const RunOpts *o = ctx;
    if (!o->quiet && !o->json) transcript_text_end(o->out, s);
}

static void list_sitting(void *ctx, const Session *s, bool came, double chance)
{
    const RunOpts *o = ctx;
    if (!o->quiet && !o->json)
        transcript_text_sitting(o->out, s, course_sitting(s->sc, s->state), came, chance);
}

static int play_list(Session *s, const RunOpts *o)
{
    const ChoicesHooks hooks = {list_turn, list_ended, list_sitting, (void *)o};
    return cli_play_choices(s, "run", o->choices, &hooks);
}

static int play_policy(Session *s, const RunOpts *o, unsigned long long seed)
{
    Rng pick;
    rng_seed(&pick, seed ^ 0x9e3779b97f4a7c15ULL); /* its own stream: choices do not shift lines */
    BotKind bot = (BotKind)bot_parse(o->policy);
    for (;;) {
        if (s->over && course_goes_on(s->sc, s->state, s->node)) {
            /* a course: on to the next session, as the course's seed draws it */
            double chance = course_miss_chance(s->sc, s->state);
            if (!o->quiet && !o->json) transcript_text_end(o->out, s);
            int came = session_next_sitting(s, COURSE_DRAW, NULL);
            if (came < 0) {
                fprintf(stderr, "%s\n", s->err);
                return EXIT_BAD_INPUT;
            }
            if (!o->quiet && !o->json)
                transcript_text_sitting(o->out, s, course_sitting(s->sc, s->state), came, chance);
            continue;
        }
        if (s->over) break;
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

/* What the sessions of one `rapport run` add up to, for --quiet and --stats. */
typedef struct RunTally {
    unsigned long long choices, min_turns, max_turns, successes, passes;
    unsigned long long model_calls, model_answered; /* asked of the model memo, answered by it */
    int *endings;                                   /* per node: sessions that ended there */
} RunTally;

static void tally_session(RunTally *t, const Session *s)
{
    unsigned long long turns = (unsigned long long)s->nturns;
    t->choices += turns;
    if (turns < t->min_turns) t->min_turns = turns;
    if (turns > t->max_turns) t->max_turns = turns;
    if (s->over && t->endings) t->endings[s->node]++;
    if (s->over && s->sc->nodes[s->node].outcome == OUTCOME_SUCCESS) t->successes++;
}

/* Writes the session's record: to --record, or a fresh file (in --record-dir or the default
 * folder), named on a terminal when it went to the default folder. */
static int keep_record(Host *h, const Session *s, const RunOpts *o, const char *trainee,
                       unsigned long long seed, time_t started)
{
    char path[4200], err[4400];
    if (!o->record && record_new_path(o->record_dir, h->sc.id, trainee, seed, started, path,
                                      sizeof path, err, sizeof err) != 0) {
        fprintf(stderr, "%s\n", err);
        return EXIT_BAD_INPUT;
    }
    if (record_write(o->record ? o->record : path, h, s, trainee, started, time(NULL)) != 0)
        return EXIT_BAD_INPUT;
    if (!o->record && !o->record_dir && isatty(STDERR_FILENO))
        fprintf(stderr, "rapport: session record: %s\n", path);
    return EXIT_OK;
}

/* The end of one session's transcript and its summary (none with --quiet). */
static int finish_transcript(Host *h, const Session *s, const RunOpts *o)
{
    if (o->quiet) return EXIT_OK;
    int rc = EXIT_OK;
    if (o->json) {
        transcript_json_end(o->out, s);
        if (cli_print_summary(o->out, h, s, true) != 0) rc = EXIT_BAD_INPUT;
    } else {
        transcript_text_end(o->out, s);
        if (cli_print_summary(o->out, h, s, false) != 0) rc = EXIT_BAD_INPUT;
        if (o->runs > 1) fputc('\n', o->out);
    }
    return rc;
}

/* Session number r (from 0) of the run, with its seed. */
static int run_session(Host *h, Session *s, const RunOpts *o, unsigned long long r,
                       const char *trainee, RunTally *t)
{
    unsigned long long seed = o->seed + r;
    time_t started = time(NULL);
    if (!o->quiet && !o->json && o->runs > 1)
        fprintf(o->out, "== run %llu, seed %llu\n", r + 1, seed);
    if (!o->quiet && !o->json && o->runs == 1)
        fprintf(o->out, "== %s (%s), seed %llu\n", term_safe(h->sc.title, false), h->sc.id, seed);
    if (session_start(s, seed) != 0) {
        fprintf(stderr, "%s\n", s->err);
        return EXIT_BAD_INPUT;
    }
    int rc = o->choices ? play_list(s, o) : play_policy(s, o, seed);
    if (rc) {
        if (o->runs > 1) fprintf(stderr, "rapport run: in run %llu (seed %llu)\n", r + 1, seed);
        return rc;
    }
    tally_session(t, s);
    if (o->quiet) {
        bool pass = false;
        if (host_session_passed(h, s, &pass) != 0) {
            fprintf(stderr, "%s\n", h->err);
            return EXIT_BAD_INPUT;
        }
        t->passes += pass;
    }
    /* Every single session keeps a record (issue 6) unless told not to; many sessions only
     * into a folder named for them, never thousands of files by accident. */
    bool keep = !o->no_record && (o->record || o->record_dir || o->runs == 1);
    if (keep && (rc = keep_record(h, s, o, trainee, seed, started)) != EXIT_OK) return rc;
    return finish_transcript(h, s, o);
}

/* --quiet: how the sessions ended, over all the runs. */
static void print_tally(const Scenario *sc, const RunOpts *o, const RunTally *t)
{
    printf("%llu sessions, %llu choices, turns %llu to %llu, %d nodes\n", o->runs, t->choices,
           t->min_turns, t->max_turns, sc->nnodes);
    printf("  success %.1f%%, pass %.1f%% (policy %s)\n",
           100.0 * (double)t->successes / (double)o->runs,
           100.0 * (double)t->passes / (double)o->runs, o->policy ? o->policy : "choices");
    for (int i = 0; i < sc->nnodes; i++)
        if (sc->nodes[i].ending)
            printf("  %-24s %-8s %8d  %5.1f%%\n", term_safe(sc->nodes[i].ending, false),
                   outcome_name(sc->nodes[i].outcome), t->endings[i],
                   100.0 * t->endings[i] / (double)o->runs);
}

static void print_stats(const RunOpts *o, const RunTally *t, double secs)
{
    fprintf(stderr,
            "{\"load_ms\":%.2f,\"run_ms\":%.2f,\"sessions\":%llu,\"choices\":%llu,\"sessions_"
            "per_s\":%.0f,"
            "\"choices_per_s\":%.0f,\"workers\":%d,\"model_memo_asked\":%llu,\"model_memo_"
            "answered\":%llu,"
            "\"peak_rss_kb\":%ld}\n",
            cli_load_seconds * 1000, secs * 1000, o->runs, t->choices, (double)o->runs / secs,
            (double)t->choices / secs, o->used_workers, t->model_calls, t->model_answered,
            cli_peak_rss_kb());
}

/* --quiet without records: the sessions on every core. Each thread plays the sessions it takes
 * (each session's seed is its number's, whoever plays it) on its own copy of the client (its
 * own Lua state, opened in the thread: the host's watchdog times the thread that opened it)
 * and keeps its own tally; the tallies are summed, so the counts are exactly those of one
 * thread. */
typedef struct RunWorker {
    pthread_t thread;
    const RunOpts *o;
    Host *h;            /* the main host for thread 0, else opened by the thread */
    const Host *source; /* the main host: the file's path and text */
    pthread_mutex_t *lock;
    /* The next run not yet taken, shared: each thread takes RUN_CHUNK at a time, so a thread
     * still opening its host leaves the runs to the others. failed: a thread stopped at an
     * error, and the others take no more. */
    atomic_ullong *next;
    atomic_bool *failed;
    const char *trainee;
    int rc;
    bool opened;
    RunTally t;
} RunWorker;

enum { RUN_CHUNK = 64 };

static void *run_worker(void *arg)
{
    RunWorker *w = arg;
    if (!w->h) {
        pthread_mutex_lock(w->lock); /* opening a host is not safe on two threads at once */
        Host *h = host_open(cli_scripts_dir());
        const Host *m = w->source;
        int rc = !h          ? -1
                 : m->source ? host_load_text(h, m->sc.path, m->source, strlen(m->source))
                             : host_load(h, m->sc.path);
        pthread_mutex_unlock(w->lock);
        if (rc != 0) {
            host_close(h);
            return NULL; /* not opened: the other threads take its runs */
        }
        w->h = h;
        w->opened = true;
    }
    Session s;
    if (session_init(&s, &w->h->sc) != 0) {
        fprintf(stderr, "rapport: out of memory\n");
        w->rc = EXIT_BAD_INPUT;
        return NULL;
    }
    while (w->rc == EXIT_OK && !atomic_load(w->failed)) {
        unsigned long long r = atomic_fetch_add(w->next, RUN_CHUNK), end = r + RUN_CHUNK;
        if (r >= w->o->runs) break;
        if (end > w->o->runs) end = w->o->runs;
        for (; w->rc == EXIT_OK && r < end; r++)
            w->rc = run_session(w->h, &s, w->o, r, w->trainee, &w->t);
    }
    if (w->rc != EXIT_OK) atomic_store(w->failed, true);
    session_free(&s);
    return NULL;
}

static void tally_add(RunTally *t, const RunTally *u, int nnodes)
{
    t->choices += u->choices;
    t->successes += u->successes;
    t->passes += u->passes;
    if (u->min_turns < t->min_turns) t->min_turns = u->min_turns;
    if (u->max_turns > t->max_turns) t->max_turns = u->max_turns;
    for (int i = 0; i < nnodes; i++)
        t->endings[i] += u->endings[i];
}

/* Plays every session on n threads into t; the main thread is one of them, so the runs of a
 * thread that could not start or open the client are played by the others. */
static int run_parallel(Host *h, const RunOpts *o, int n, const char *trainee, RunTally *t)
{
    RunWorker w[CLI_WORKERS_MAX];
    pthread_mutex_t lock;
    atomic_ullong next = 0;
    atomic_bool failed = false;
    if (pthread_mutex_init(&lock, NULL) != 0) return -1;
    int nn = h->sc.nnodes, rc = EXIT_OK;
    for (int k = 0; k < n; k++) {
        w[k] = (RunWorker){.o = o,
                           .h = k == 0 ? h : NULL,
                           .source = h,
                           .lock = &lock,
                           .next = &next,
                           .failed = &failed,
                           .trainee = trainee,
                           .t = {.min_turns = ~0ULL, .endings = calloc((size_t)nn, sizeof(int))}};
        if (!w[k].t.endings) rc = EXIT_BAD_INPUT;
    }
    int started = 0;
    for (int k = 1; rc == EXIT_OK && k < n; k++, started++)
        if (pthread_create(&w[k].thread, NULL, run_worker, &w[k]) != 0) break;
    if (rc == EXIT_OK) run_worker(&w[0]);
    for (int k = 1; k <= started; k++)
        pthread_join(w[k].thread, NULL);
    for (int k = 0; k < n; k++) {
        if (rc == EXIT_OK) rc = w[k].rc;
        if (rc == EXIT_OK) tally_add(t, &w[k].t, nn);
        if (w[k].opened) host_memo_counts(w[k].h, &t->model_calls, &t->model_answered);
        if (w[k].opened) host_close(w[k].h);
        free(w[k].t.endings);
    }
    pthread_mutex_destroy(&lock);
    return rc;
}

/* All the sessions, the transcript to o->out; then the tally and the golden comparison. */
static int run_all(Host *h, Session *s, RunOpts *o, RunTally *t)
{
    char *captured = NULL;
    size_t captured_len = 0;
    o->out = o->golden ? open_memstream(&captured, &captured_len) : stdout;
    if (!o->out) o->out = stdout;
    char trainee[128];
    if (o->trainee)
        snprintf(trainee, sizeof trainee, "%s", o->trainee);
    else
        record_default_trainee(trainee, sizeof trainee);
    int rc = EXIT_OK;
    /* Threads only where nothing is written per session: the tally is all there is. */
    int n = o->runs < o->workers ? (int)o->runs : (int)o->workers;
    if (n > 1 && o->quiet && !o->record_dir && !o->record && !o->golden) {
        rc = run_parallel(h, o, n, trainee, t);
        if (rc < 0) rc = EXIT_BAD_INPUT;
        o->used_workers = n;
    } else {
        for (unsigned long long r = 0; rc == EXIT_OK && r < o->runs; r++)
            rc = run_session(h, s, o, r, trainee, t);
    }
    if (rc == EXIT_OK && o->quiet && t->endings) print_tally(&h->sc, o, t);
    if (o->golden && o->out != stdout) {
        fclose(o->out);
        if (rc == EXIT_OK) rc = golden_compare(o->golden, captured ? captured : "", o->update);
        free(captured);
    }
    return rc;
}

int cmd_run(int argc, char **argv)
{
    RunOpts o;
    int rc = parse(argc, argv, &o);
    if (rc) return opts_exit(rc);
    if (o.trainee && !record_utf8_ok(o.trainee)) {
        fprintf(stderr, "rapport run: --trainee is not UTF-8 text: give the name in UTF-8\n");
        return EXIT_BAD_INPUT;
    }
    Host *h = cli_load(o.scenario);
    if (!h) return EXIT_BAD_INPUT;
    Session s;
    if (session_init(&s, &h->sc) != 0) {
        host_close(h);
        fprintf(stderr, "rapport: out of memory\n");
        return EXIT_BAD_INPUT;
    }
    RunTally t = {.min_turns = ~0ULL, .endings = calloc((size_t)h->sc.nnodes, sizeof(int))};
    double t0 = cli_now();
    rc = run_all(h, &s, &o, &t);
    host_memo_counts(h, &t.model_calls, &t.model_answered);
    if (o.stats) print_stats(&o, &t, cli_now() - t0);
    free(t.endings);
    session_free(&s);
    host_close(h);
    return rc;
}
