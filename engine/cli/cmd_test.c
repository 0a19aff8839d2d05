/* test: plays each scenario's test plans headless and checks what they expect. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char *ending_of(const Session *s)
{
    return s->over ? session_node(s)->ending : NULL;
}

/* Checks one expectation; on a miss writes "expected ..., got ..." to msg. */
static bool check(const Session *s, const Expect *e, char *msg, size_t size)
{
    const Node *n = session_node(s);
    char got[64];
    switch (e->kind) {
    case EXPECT_ENDING: {
        const char *end = ending_of(s);
        if (end && !strcmp(end, e->text)) return true;
        snprintf(msg, size, "expected ending '%s', got %s%s%s", e->text, end ? "'" : "no ending (stopped at node '",
                 end ? end : n->id, end ? "'" : "')");
        return false;
    }
    case EXPECT_OUTCOME:
        if (s->over && !strcmp(outcome_name(n->outcome), e->text)) return true;
        snprintf(msg, size, "expected outcome '%s', got '%s'", e->text, s->over ? outcome_name(n->outcome) : "none");
        return false;
    case EXPECT_NODE:
        if (!strcmp(n->id, e->text)) return true;
        snprintf(msg, size, "expected to stop at node '%s', got '%s'", e->text, n->id);
        return false;
    case EXPECT_TURNS:
        if (cmp_holds(e->op, s->nturns, e->value)) return true;
        snprintf(msg, size, "expected turns %s %g, got %d", cmp_symbol(e->op), e->value, s->nturns);
        return false;
    case EXPECT_VAR: {
        const VarDecl *v = &s->sc->layout.vars[e->var];
        if (cmp_holds(e->op, s->state[e->var], e->value)) return true;
        state_format_value(v, s->state[e->var], got, sizeof got);
        if (v->type == VAR_FLAG)
            snprintf(msg, size, "expected %s = %s, got %s", v->name, e->value ? "true" : "false", got);
        else
            snprintf(msg, size, "expected %s %s %g, got %s", v->name, cmp_symbol(e->op), e->value, got);
        return false;
    }
    }
    return false;
}

/* Runs one plan; prints one line; returns true when it passed. Marks the ending reached. */
static bool run_plan(Session *s, const TestPlan *tp, bool *reached)
{
    const Scenario *sc = s->sc;
    char msg[1200];
    msg[0] = '\0';
    bool ok = session_start(s, tp->seed) == 0;
    if (!ok) snprintf(msg, sizeof msg, "at the start: %s", s->err);
    for (int i = 0; ok && i < tp->nsteps; i++) {
        const PlanStep *st = &tp->steps[i];
        char ref[32];
        if (!st->id) snprintf(ref, sizeof ref, "%d", st->number);
        if (s->over) {
            snprintf(msg, sizeof msg, "step %d (%s): the session already ended at '%s'", i + 1, st->id ? st->id : ref,
                     session_node(s)->ending);
            ok = false;
        } else if (session_choose_ref(s, st->id ? st->id : ref) != 0) {
            snprintf(msg, sizeof msg, "step %d: %s", i + 1, s->err);
            ok = false;
        }
    }
    for (int i = 0; ok && i < tp->nexpects; i++) {
        char m[512];
        if (!check(s, &tp->expects[i], m, sizeof m)) {
            /* Say every miss, not only the first. */
            size_t used = strlen(msg);
            snprintf(msg + used, sizeof msg - used, "%s%s", used ? "; " : "", m);
        }
    }
    if (ok && msg[0]) ok = false;
    if (s->over && !s->error) reached[s->node] = true;
    if (ok)
        printf("ok   %s: %s\n", sc->id, tp->name);
    else
        printf("FAIL %s: %s (%s:%d): %s\n", sc->id, tp->name, sc->path, tp->line, msg);
    return ok;
}

int cmd_test(int argc, char **argv)
{
    char **bundled = NULL;
    const char **names = (const char **)argv + 1;
    int count = argc - 1;
    for (int i = 1; i < argc; i++)
        if (argv[i][0] == '-') {
            fprintf(stderr, "rapport test: unknown option: %s\nusage: rapport test [SCENARIO...]\n", argv[i]);
            return EXIT_BAD_INPUT;
        }
    if (count == 0) {
        bundled = cli_bundled();
        if (!bundled || !bundled[0]) {
            fprintf(stderr, "rapport test: no bundled clients in %s/clients\n", cli_scripts_dir());
            cli_free_list(bundled);
            return EXIT_BAD_INPUT;
        }
        names = (const char **)bundled;
        while (names[count]) count++;
    }
    int passed = 0, failed = 0, bad = 0;
    for (int i = 0; i < count; i++) {
        Host *h = cli_load(names[i]);
        if (!h) {
            bad++;
            continue;
        }
        Session s;
        if (session_init(&s, &h->sc) != 0) {
            host_close(h);
            bad++;
            continue;
        }
        if (h->sc.ntests == 0) printf("note %s: no test plans\n", h->sc.id);
        bool *reached = calloc((size_t)h->sc.nnodes, sizeof *reached);
        for (int t = 0; reached && t < h->sc.ntests; t++) {
            if (run_plan(&s, &h->sc.tests[t], reached))
                passed++;
            else
                failed++;
        }
        for (int n = 0; reached && h->sc.ntests && n < h->sc.nnodes; n++)
            if (h->sc.nodes[n].ending && !reached[n])
                printf("note %s: no test plan reaches ending '%s'\n", h->sc.id, h->sc.nodes[n].ending);
        free(reached);
        session_free(&s);
        host_close(h);
    }
    cli_free_list(bundled);
    printf("%d passed, %d failed\n", passed, failed);
    if (bad) return EXIT_BAD_INPUT;
    return failed ? EXIT_FAILED : EXIT_OK;
}
