/* explore: every reachable state of a scenario, and what that says about it. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../core/explore.h"
#include "../core/transcript.h"
#include "cli.h"
#include "../core/course.h"
#include "opts.h"

const char cmd_explore_summary[] =
    "every reachable state of a scenario: endings, soft-locks, coverage, invariants";

static void progress(void *ctx, int32_t states, int depth)
{
    (void)ctx;
    if (states < 0)
        fputs("\r\033[K", stderr);
    else
        fprintf(stderr, "\rexploring: %d states, depth %d", states, depth);
}

/* "id,id,id": the witness as choice ids, ready for rapport run --choices. */
static void print_path(FILE *f, const Explorer *e, int32_t i)
{
    int path[SESSION_MAX_TURNS];
    int n = explore_path(e, i, path, SESSION_MAX_TURNS);
    int32_t chain[SESSION_MAX_TURNS + 1];
    int len = 0;
    for (int32_t k = i; k >= 0 && len <= SESSION_MAX_TURNS; k = e->parent[k])
        chain[len++] = k;
    for (int t = 0; t < n; t++) {
        const Node *node = &e->sc->nodes[explore_node(e, chain[len - 1 - t])];
        fprintf(f, "%s%s", t ? "," : "",
                explore_step_name(e->sc, (int)(node - e->sc->nodes), path[t]));
    }
}

static void json_path(FILE *f, const Explorer *e, int32_t i)
{
    fputc('"', f);
    print_path(f, e, i);
    fputc('"', f);
}

/* Replays the path to state i and prints it as a transcript (the counterexample). */
static void print_transcript(Host *h, const Explorer *e, int32_t i)
{
    int path[SESSION_MAX_TURNS];
    int n = explore_path(e, i, path, SESSION_MAX_TURNS);
    Session s;
    if (session_init(&s, &h->sc) != 0 || session_start(&s, 1) != 0) return;
    for (int t = 0; t < n; t++) {
        if (path[t] >= EXPLORE_ATTEND) { /* between two sessions of a course */
            transcript_text_end(stdout, &s);
            double chance = course_miss_chance(s.sc, s.state);
            if (session_next_sitting(&s, path[t] == EXPLORE_ATTEND ? COURSE_ATTEND : COURSE_MISS,
                                     NULL) < 0)
                break;
            transcript_text_sitting(stdout, &s, course_sitting(s.sc, s.state),
                                    path[t] == EXPLORE_ATTEND, chance);
            continue;
        }
        int k = 0;
        while (k < s.noffered && s.offered[k] != path[t])
            k++;
        if (k == s.noffered || session_choose(&s, k) != 0) break;
        transcript_text_turn(stdout, &s, s.nturns);
    }
    transcript_text_end(stdout, &s);
    session_free(&s);
}

/* The range variable v takes at ending node n, formatted as the transcript shows values. */
static void range_at(const Explorer *e, int n, int v, char lo[32], char hi[32])
{
    const VarDecl *d = &e->sc->layout.vars[v];
    state_format_value(d, e->lo[(size_t)n * (size_t)e->nvars + (size_t)v], lo, 32);
    state_format_value(d, e->hi[(size_t)n * (size_t)e->nvars + (size_t)v], hi, 32);
}

/* A course of sessions ends where no session follows: the best and worst outcomes are of
 * those states (the shortest way to each), not of every session's ending. */
static int32_t course_extreme(const Explorer *e, bool best)
{
    int32_t pick = -1;
    int rank = best ? -1 : 999;
    double *v = malloc((size_t)(e->nvars + 1) * sizeof *v);
    if (!v) return -1;
    for (int32_t i = 0; i < e->count; i++) {
        const Node *node = &e->sc->nodes[explore_node(e, i)];
        if (!node->ending) continue;
        explore_state(e, i, v);
        if (course_goes_on(e->sc, v, explore_node(e, i))) continue;
        /* A course that ended on a missed appointment ranks just below the same outcome
         * reached in the room. */
        int r = 2 * explore_outcome_rank(node->outcome) + (e->via[i] != EXPLORE_MISS);
        if (best ? r > rank : r < rank) rank = r, pick = i; /* breadth first: the shortest */
    }
    free(v);
    return pick;
}

static int32_t extreme(const Explorer *e, bool best)
{
    if (e->sc->nsittings > 1) return course_extreme(e, best);
    int32_t pick = -1;
    int rank = best ? -1 : 99;
    for (int n = 0; n < e->sc->nnodes; n++) {
        const Node *node = &e->sc->nodes[n];
        if (!node->ending || e->first_at[n] < 0) continue;
        int r = explore_outcome_rank(node->outcome);
        bool better = best ? r > rank : r < rank;
        if (better || (r == rank && explore_depth(e, e->first_at[n]) < explore_depth(e, pick))) {
            rank = r;
            pick = e->first_at[n];
        }
    }
    return pick;
}

static void coverage(const Explorer *e, int *nodes, int *nnodes, int *choices, int *nchoices,
                     int *bands)
{
    *nodes = *nnodes = *choices = *nchoices = *bands = 0;
    for (int n = 0; n < e->sc->nnodes; n++) {
        /* the walk-out ending the engine supplies counts only once it is reached */
        if (e->sc->nodes[n].line == 0 && !e->reached[n]) continue;
        (*nnodes)++;
        if (e->reached[n]) (*nodes)++;
        for (int k = 0; k < e->sc->nodes[n].nchoices; k++) {
            (*nchoices)++;
            if (e->taken[n] & (1u << k)) (*choices)++;
        }
    }
    for (int b = 0; b < BAND_COUNT; b++)
        *bands += e->bands[b];
}

static void print_endings(const Explorer *e)
{
    const Scenario *sc = e->sc;
    printf("endings:\n");
    for (int n = 0; n < sc->nnodes; n++) {
        const Node *node = &sc->nodes[n];
        if (!node->ending) continue;
        if (e->first_at[n] < 0 && node->line == 0) continue; /* the engine's walk-out */
        if (e->first_at[n] < 0) {
            printf("  %-22s %-8s NEVER REACHED\n", node->ending, outcome_name(node->outcome));
            continue;
        }
        printf("  %-22s %-8s %7d states, shortest %2d turns: ", node->ending,
               outcome_name(node->outcome), e->reached[n], explore_depth(e, e->first_at[n]));
        print_path(stdout, e, e->first_at[n]);
        putchar('\n');
    }
    int32_t best = extreme(e, true), worst = extreme(e, false);
    if (best < 0) return;
    printf("best outcome:  %s (%s) in %d turns: ",
           outcome_name(sc->nodes[explore_node(e, best)].outcome),
           sc->nodes[explore_node(e, best)].ending, explore_depth(e, best));
    print_path(stdout, e, best);
    printf("\nworst outcome: %s (%s) in %d turns: ",
           outcome_name(sc->nodes[explore_node(e, worst)].outcome),
           sc->nodes[explore_node(e, worst)].ending, explore_depth(e, worst));
    print_path(stdout, e, worst);
    putchar('\n');
}

/* Soft-locks, and (when the whole space was explored) states with no way to an ending. */
static void print_dead_ends(const Explorer *e)
{
    const Scenario *sc = e->sc;
    printf("soft-locks: %d\n", e->ndead);
    for (int k = 0; k < e->ndead && k < 16; k++) {
        printf("  node '%s' offers no choice after ",
               sc->nodes[explore_node(e, e->dead_ends[k])].id);
        print_path(stdout, e, e->dead_ends[k]);
        putchar('\n');
    }
    if (e->hit_states || e->hit_depth) return;
    printf("states with no way to an ending: %d\n", e->no_way_out);
    if (e->no_way_first >= 0) {
        printf("  first at node '%s' after ", sc->nodes[explore_node(e, e->no_way_first)].id);
        print_path(stdout, e, e->no_way_first);
        putchar('\n');
    }
}

static void print_coverage(const Explorer *e)
{
    const Scenario *sc = e->sc;
    int nodes, nnodes, choices, nchoices, bands;
    coverage(e, &nodes, &nnodes, &choices, &nchoices, &bands);
    printf("coverage: nodes %d/%d, choices %d/%d, bands", nodes, nnodes, choices, nchoices);
    for (int b = 0; b < BAND_COUNT; b++)
        if (e->bands[b]) printf(" %s", band_name(b));
    if (sc->var_resistance < 0) printf(" (no model)");
    putchar('\n');
    for (int n = 0; n < sc->nnodes; n++)
        for (int k = 0; k < sc->nodes[n].nchoices; k++)
            if (!(e->taken[n] & (1u << k)) && e->reached[n])
                printf("  never taken: node '%s' choice %s\n", sc->nodes[n].id,
                       sc->nodes[n].choices[k].id);
}

static void print_ending_vars(const Explorer *e)
{
    const Scenario *sc = e->sc;
    printf("variables at each ending:\n");
    for (int n = 0; n < sc->nnodes; n++) {
        if (!sc->nodes[n].ending || !e->reached[n]) continue;
        printf("  %s:", sc->nodes[n].ending);
        for (int v = 0; v < e->nvars; v++) {
            const VarDecl *d = &sc->layout.vars[v];
            if (d->flags & VAR_HIDDEN) continue;
            char a[32], b[32];
            range_at(e, n, v, a, b);
            if (!strcmp(a, b))
                printf(" %s %s", d->name, a);
            else
                printf(" %s %s..%s", d->name, a, b);
        }
        putchar('\n');
    }
}

static void print_invariants(Host *h, const Explorer *e)
{
    const Scenario *sc = e->sc;
    for (int k = 0; k < sc->ninvariants; k++) {
        const Invariant *inv = &sc->invariants[k];
        if (e->violation[k] < 0) {
            printf("invariant holds: %s\n", inv->name);
            continue;
        }
        printf("INVARIANT VIOLATED (%s:%d): %s\ncounterexample: ", sc->path, inv->line, inv->name);
        print_path(stdout, e, e->violation[k]);
        putchar('\n');
        print_transcript(h, e, e->violation[k]);
    }
}

static void print_text(Host *h, const Explorer *e)
{
    const char *status = e->hit_states  ? "stopped at --max-states"
                         : e->hit_depth ? "stopped at --max-depth"
                                        : "complete";
    /* Timings go to --stats: the report itself stays the same from run to run. */
    printf("explored %s: %d states, %lld transitions, depth %d, %s\n", e->sc->id, e->count,
           (long long)e->nedges, e->max_depth, status);
    print_endings(e);
    print_dead_ends(e);
    print_coverage(e);
    print_ending_vars(e);
    print_invariants(h, e);
}

static void print_json(const Explorer *e)
{
    const Scenario *sc = e->sc;
    printf("{\"scenario\":");
    json_string(stdout, sc->id);
    printf(",\"states\":%d,\"transitions\":%lld,\"depth\":%d,\"complete\":%s,\"hit_max_states\":%s,"
           "\"hit_max_depth\":%s,\"endings\":[",
           e->count, (long long)e->nedges, e->max_depth,
           !e->hit_states && !e->hit_depth ? "true" : "false", e->hit_states ? "true" : "false",
           e->hit_depth ? "true" : "false");
    bool first = true;
    for (int n = 0; n < sc->nnodes; n++) {
        const Node *node = &sc->nodes[n];
        if (!node->ending) continue;
        printf("%s{\"ending\":", first ? "" : ",");
        first = false;
        json_string(stdout, node->ending);
        printf(",\"outcome\":\"%s\",\"reached\":%s,\"states\":%d", outcome_name(node->outcome),
               e->first_at[n] >= 0 ? "true" : "false", e->reached[n]);
        if (e->first_at[n] >= 0) {
            printf(",\"shortest\":%d,\"witness\":", explore_depth(e, e->first_at[n]));
            json_path(stdout, e, e->first_at[n]);
            printf(",\"ranges\":{");
            bool f2 = true;
            for (int v = 0; v < e->nvars; v++) {
                const VarDecl *d = &sc->layout.vars[v];
                if (d->flags & VAR_HIDDEN) continue;
                char a[32], b[32];
                range_at(e, n, v, a, b);
                printf("%s\"%s\":[%s,%s]", f2 ? "" : ",", d->name, a, b);
                f2 = false;
            }
            printf("}");
        }
        printf("}");
    }
    int32_t best = extreme(e, true), worst = extreme(e, false);
    printf("],\"best\":");
    if (best >= 0) {
        printf("{\"ending\":");
        json_string(stdout, sc->nodes[explore_node(e, best)].ending);
        printf(",\"path\":");
        json_path(stdout, e, best);
        printf("},\"worst\":{\"ending\":");
        json_string(stdout, sc->nodes[explore_node(e, worst)].ending);
        printf(",\"path\":");
        json_path(stdout, e, worst);
        printf("}");
    } else {
        printf("null,\"worst\":null");
    }
    printf(",\"soft_locks\":%d,\"no_way_to_ending\":%d", e->ndead, e->no_way_out);
    int nodes, nnodes, choices, nchoices, bands;
    coverage(e, &nodes, &nnodes, &choices, &nchoices, &bands);
    printf(",\"coverage\":{\"nodes\":[%d,%d],\"choices\":[%d,%d],\"bands\":[", nodes, nnodes,
           choices, nchoices);
    first = true;
    for (int b = 0; b < BAND_COUNT; b++)
        if (e->bands[b]) printf("%s\"%s\"", first ? "" : ",", band_name(b)), first = false;
    printf("]},\"invariants\":[");
    for (int k = 0; k < sc->ninvariants; k++) {
        printf("%s{\"name\":", k ? "," : "");
        json_string(stdout, sc->invariants[k].name);
        printf(",\"holds\":%s", e->violation[k] < 0 ? "true" : "false");
        if (e->violation[k] >= 0) {
            printf(",\"counterexample\":");
            json_path(stdout, e, e->violation[k]);
        }
        printf("}");
    }
    printf("]}\n");
}

/* The explorer's workers: each thread loads its own copy of the scenario (its own Lua state)
 * from the text the main host loaded, so every copy is the same file. */
typedef struct WorkerHosts {
    const char *scripts_dir, *path, *source;
    pthread_mutex_t lock; /* opening a host is not safe on two threads at once */
    Host *hosts[CLI_WORKERS_MAX];
} WorkerHosts;

static const Scenario *worker_open(void *ctx, int k)
{
    WorkerHosts *w = ctx;
    if (k < 0 || k >= CLI_WORKERS_MAX) return NULL;
    pthread_mutex_lock(&w->lock);
    Host *h = host_open(w->scripts_dir);
    int rc = !h          ? -1
             : w->source ? host_load_text(h, w->path, w->source, strlen(w->source))
                         : host_load(h, w->path);
    pthread_mutex_unlock(&w->lock);
    if (rc != 0) {
        host_close(h);
        return NULL;
    }
    w->hosts[k] = h;
    return &h->sc;
}

static void worker_close(void *ctx, int k, const Scenario *sc)
{
    WorkerHosts *w = ctx;
    (void)sc;
    host_close(w->hosts[k]);
    w->hosts[k] = NULL;
}

/* Runs the explorer with the CLI's progress bar; used by lint and graph too. */
int cli_explore(Host *h, Explorer *e, long max_states, int max_depth, int workers)
{
    WorkerHosts wh = {.scripts_dir = cli_scripts_dir(), .path = h->sc.path, .source = h->source};
    ExploreLimits lim = {.max_states = (int32_t)max_states, .max_depth = max_depth};
    if (isatty(STDERR_FILENO)) lim.progress = progress;
    bool threads = workers > 1 && h->sc.path && pthread_mutex_init(&wh.lock, NULL) == 0;
    if (threads) {
        lim.workers = workers;
        lim.worker_open = worker_open;
        lim.worker_close = worker_close;
        lim.worker_ctx = &wh;
    }
    int rc = explore_run(e, &h->sc, &lim);
    if (threads) pthread_mutex_destroy(&wh.lock);
    if (rc != 0) {
        fprintf(stderr, "%s\n", e->err);
        return -1;
    }
    return 0;
}

int cmd_explore(int argc, char **argv)
{
    const char *name;
    unsigned long long max_states = 2000000, max_depth = 0,
                       workers = (unsigned long long)cli_default_workers();
    bool json = false, stats = false;
    const Option options[] = {
        OPTION_U64("--max-states", &max_states, "N", "stop after N states", 1, 100000000),
        OPTION_U64("--max-depth", &max_depth, "N", "stop after N turns", 1, SESSION_MAX_TURNS),
        OPTION_U64("--workers", &workers, "N",
                   "explore on N threads; the results do not change (default: the online CPUs)", 1,
                   CLI_WORKERS_MAX),
        OPTION_FLAG("--json", &json, "the results as one JSON object"),
        OPTION_FLAG("--stats", &stats, "timings and memory as JSON on stderr"),
        {0}};
    const Command c = {"explore", "SCENARIO", cmd_explore_summary, options, 1, 1};
    int nops, rc = opts_parse(&c, argc, argv, &name, &nops);
    if (rc) return opts_exit(rc);
    Host *h = cli_load(name);
    if (!h) return EXIT_BAD_INPUT;
    Explorer e;
    double t0 = cli_now();
    if (cli_explore(h, &e, (long)max_states, (int)max_depth, (int)workers) != 0) {
        explore_free(&e);
        host_close(h);
        return EXIT_BAD_INPUT;
    }
    double secs = cli_now() - t0;
    if (json)
        print_json(&e);
    else
        print_text(h, &e);
    if (stats)
        fprintf(stderr,
                "{\"load_ms\":%.2f,\"explore_ms\":%.2f,\"states\":%d,\"transitions\":%lld,\"states_"
                "per_s\":%.0f,\"workers\":%d,\"state_words\":%d,\"bytes_per_state\":%.1f,"
                "\"peak_rss_kb\":%ld}\n",
                cli_load_seconds * 1000, secs * 1000, e.count, (long long)e.nedges, e.count / secs,
                e.workers, e.nwords, e.count ? (double)explore_bytes(&e) / e.count : 0.0,
                cli_peak_rss_kb());
    rc = EXIT_OK;
    if (e.hit_states || e.hit_depth) {
        fprintf(stderr, "rapport explore: stopped at %s %s: the results cover part of the space\n",
                e.hit_states ? "--max-states" : "--max-depth",
                e.hit_states ? "(raise it, or add a turn_limit)" : "(raise it to explore deeper)");
        rc = EXIT_FAILED;
    }
    for (int n = 0; n < h->sc.nnodes; n++)
        if (h->sc.nodes[n].ending && e.first_at[n] < 0) rc = EXIT_FAILED;
    for (int k = 0; k < h->sc.ninvariants; k++)
        if (e.violation[k] >= 0) rc = EXIT_FAILED;
    if (e.ndead || e.no_way_out) rc = EXIT_FAILED;
    explore_free(&e);
    host_close(h);
    return rc;
}
