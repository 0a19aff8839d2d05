/* graph: the dialogue graph as Graphviz DOT or Mermaid: nodes with their first line, endings
 * by outcome, one edge per choice route (dashed when a condition guards it), the rules and
 * limits that end a session from any node, and optionally the coverage of an exploration. */
#include <lua.h>
#include <string.h>

#include "../core/explore.h"
#include "../core/transcript.h"
#include "cli.h"
#include "opts.h"

static void dot_text(FILE *f, const char *s, size_t max)
{
    size_t n = 0;
    for (; *s && n < max; s++, n++) {
        if (*s == '"' || *s == '\\') fputc('\\', f);
        if (*s == '\n') {
            fputs("\\n", f);
            continue;
        }
        fputc(*s, f);
    }
    if (*s) fputs("...", f);
}

static void mermaid_text(FILE *f, const char *s, size_t max)
{
    size_t n = 0;
    for (; *s && n < max; s++, n++) {
        if (*s == '"')
            fputs("#quot;", f);
        else if (*s == '<')
            fputs("#lt;", f);
        else if (*s == '>')
            fputs("#gt;", f);
        else if (*s == '\n')
            fputc(' ', f);
        else
            fputc(*s, f);
    }
    if (*s) fputs("...", f);
}

static const char *first_line(const Node *n)
{
    const Say *s = &n->say;
    if (s->kind == SAY_LIST && s->plain.count) return s->plain.lines[0];
    for (int b = 0; s->kind == SAY_KEYED && b < BAND_COUNT; b++)
        if (s->band[b].count) return s->band[b].lines[0];
    return s->kind == SAY_FUNCTION ? "(a line computed from state)" : "";
}

/* Does term a come before term b (by variable name, then as written)? a < 0 is before all. */
static bool term_before(const Scenario *sc, const Cond *c, int a, int b)
{
    if (a < 0) return true;
    int d = strcmp(sc->layout.vars[c->terms[a].var].name, sc->layout.vars[c->terms[b].var].name);
    return d < 0 || (d == 0 && a < b);
}

/* A rule's condition as the author wrote it ("discord >= 75 and asked = true"), so the graph
 * says when the rule fires; a function is named by where it is defined, since its logic
 * cannot be shown. */
static void cond_label(const Host *h, const Cond *c, char *out, size_t size)
{
    const Scenario *sc = &h->sc;
    out[0] = '\0';
    /* Terms by variable name (then as written): the loader keeps Lua's table order, which
     * varies from run to run. */
    int last = -1;
    for (int t = 0; t < c->nterms; t++) {
        int pick = -1;
        for (int k = 0; k < c->nterms; k++)
            if (term_before(sc, c, last, k) && (pick < 0 || term_before(sc, c, k, pick))) pick = k;
        last = pick;
        const Compare *m = &c->terms[pick];
        const VarDecl *v = &sc->layout.vars[m->var];
        size_t used = strlen(out);
        if (v->type == VAR_FLAG)
            snprintf(out + used, size - used, "%s%s = %s", t ? " and " : "", v->name,
                     m->value != 0 ? "true" : "false");
        else
            snprintf(out + used, size - used, "%s%s %s %g", t ? " and " : "", v->name,
                     cmp_symbol(m->op), m->value);
    }
    if (c->fn) {
        lua_Debug ar = {0};
        lua_rawgeti(h->L, LUA_REGISTRYINDEX, c->fn);
        int line = lua_getinfo(h->L, ">S", &ar) ? ar.linedefined : 0;
        size_t used = strlen(out);
        snprintf(out + used, size - used, "%swhen (function, %s:%d)", used ? " and " : "", sc->path,
                 line);
    }
    if (!out[0]) snprintf(out, size, "always");
}

static const char *outcome_colour(Outcome o)
{
    return o == OUTCOME_SUCCESS ? "#2e7d32" : o == OUTCOME_PARTIAL ? "#ef6c00" : "#c62828";
}

/* A choice's call into a sub-conversation, or its return from one (scripts/README.md,
 * "Flow"): the call as a bold edge, a return to a plain "(back)" node. */
static void dot_flow(const Scenario *sc, const Node *n, const Choice *c)
{
    if (c->call)
        printf("  \"%s\" -> \"%s\" [label=\"%s calls\", style=bold];\n", n->id,
               sc->nodes[c->call - 1].id, c->id);
    if (c->back) {
        printf("  \"(back)\" [shape=plaintext, style=\"\"];\n");
        printf("  \"%s\" -> \"(back)\" [label=\"%s %s\", style=dotted];\n", n->id, c->id,
               sc->moves[c->move].name);
    }
}

static void mermaid_flow(const Scenario *sc, int i, const Choice *c)
{
    if (c->call) printf("  n%d ==>|\"%s calls\"| n%d\n", i, c->id, c->call - 1);
    if (c->back) printf("  n%d -.->|\"%s back\"| back((back))\n", i, c->id);
}

static void write_dot(const Host *h, const Explorer *e)
{
    const Scenario *sc = &h->sc;
    printf("digraph \"%s\" {\n  rankdir=TB;\n  node [shape=box, style=\"rounded,filled\", "
           "fillcolor=\"#ffffff\", fontname=\"DejaVu Sans\", fontsize=10];\n"
           "  edge [fontname=\"DejaVu Sans\", fontsize=9];\n  label=\"",
           sc->id);
    dot_text(stdout, sc->title, 200);
    printf("\"; labelloc=t;\n");
    for (int i = 0; i < sc->nnodes; i++) {
        const Node *n = &sc->nodes[i];
        bool unseen = e && !e->reached[i];
        printf("  \"%s\" [label=\"%s%s\\n", n->id, n->ending ? "END " : "",
               n->ending ? n->ending : n->id);
        dot_text(stdout, first_line(n), 48);
        if (n->say.nconds) printf("\\n(+%d by condition)", n->say.nconds);
        printf("\"");
        if (n->ending)
            printf(", shape=doubleoctagon, color=\"%s\", fontcolor=\"%s\"",
                   outcome_colour(n->outcome), outcome_colour(n->outcome));
        if (i == sc->start) printf(", penwidth=2");
        if (unseen) printf(", fillcolor=\"#e0e0e0\", fontcolor=\"#757575\"");
        printf("];\n");
    }
    for (int i = 0; i < sc->nnodes; i++) {
        const Node *n = &sc->nodes[i];
        for (int k = 0; k < n->nchoices; k++) {
            const Choice *c = &n->choices[k];
            for (int r = 0; r < c->nroutes; r++) {
                bool conditional = !cond_is_always(&c->when) || !cond_is_always(&c->routes[r].when);
                bool taken = e && (e->taken[i] & (1u << k));
                printf("  \"%s\" -> \"%s\" [label=\"%s %s\"", n->id,
                       sc->nodes[c->routes[r].node].id, c->id, sc->moves[c->move].name);
                if (conditional) printf(", style=dashed");
                if (e)
                    printf(", color=\"%s\"%s", taken ? "#1565c0" : "#bdbdbd",
                           taken ? ", penwidth=1.6" : "");
                printf("];\n");
            }
            dot_flow(sc, n, c);
        }
    }
    /* A course of sessions: where each later session opens. */
    for (int k = 1; k < sc->nsittings; k++) {
        printf("  \"(session %d)\" [shape=plaintext, style=\"\", label=\"", k + 1);
        dot_text(stdout, sc->sittings[k].title, 60);
        printf("\"];\n  \"(session %d)\" -> \"%s\" [style=bold];\n", k + 1,
               sc->nodes[sc->sittings[k].start].id);
    }
    /* Rules and limits can end the session from any node. */
    if (sc->walkout >= 0 || sc->nrules || sc->turn_limit) {
        printf("  \"(any turn)\" [shape=plaintext, style=\"\"];\n");
        if (sc->walkout >= 0)
            printf("  \"(any turn)\" -> \"%s\" [label=\"walks out\", style=dotted];\n",
                   sc->nodes[sc->walkout].id);
        for (int r = 0; r < sc->nrules; r++) {
            char when[512];
            cond_label(h, &sc->rules[r].when, when, sizeof when);
            printf("  \"(any turn)\" -> \"%s\" [label=\"", sc->nodes[sc->rules[r].node].id);
            dot_text(stdout, when, sizeof when);
            printf("\", style=dotted];\n");
        }
        if (sc->turn_limit)
            printf("  \"(any turn)\" -> \"%s\" [label=\"after %d turns\", style=dotted];\n",
                   sc->nodes[sc->turn_limit_node].id, sc->turn_limit);
    }
    printf("}\n");
}

static void write_mermaid(const Host *h, const Explorer *e)
{
    const Scenario *sc = &h->sc;
    printf("flowchart LR\n");
    for (int i = 0; i < sc->nnodes; i++) {
        const Node *n = &sc->nodes[i];
        printf("  n%d%s\"%s%s<br/>", i, n->ending ? "([" : "[", n->ending ? "END " : "",
               n->ending ? n->ending : n->id);
        mermaid_text(stdout, first_line(n), 40);
        if (n->say.nconds) printf("<br/>(+%d by condition)", n->say.nconds);
        printf("\"%s\n", n->ending ? "])" : "]");
    }
    int edge = 0;
    for (int i = 0; i < sc->nnodes; i++) {
        const Node *n = &sc->nodes[i];
        for (int k = 0; k < n->nchoices; k++) {
            const Choice *c = &n->choices[k];
            for (int r = 0; r < c->nroutes; r++, edge++) {
                bool conditional = !cond_is_always(&c->when) || !cond_is_always(&c->routes[r].when);
                printf("  n%d %s|\"%s %s\"| n%d\n", i, conditional ? "-.->" : "-->", c->id,
                       sc->moves[c->move].name, c->routes[r].node);
                if (e && !(e->taken[i] & (1u << k)))
                    printf("  linkStyle %d stroke:#bdbdbd\n", edge);
            }
            mermaid_flow(sc, i, c);
            edge += (c->call != 0) + c->back;
        }
    }
    for (int k = 1; k < sc->nsittings; k++, edge++) {
        printf("  s%d((\"", k + 1);
        mermaid_text(stdout, sc->sittings[k].title, 60);
        printf("\")) ==> n%d\n", sc->sittings[k].start);
    }
    if (sc->walkout >= 0) printf("  any((any turn)) -.->|walks out| n%d\n", sc->walkout);
    for (int r = 0; r < sc->nrules; r++) {
        char when[512];
        cond_label(h, &sc->rules[r].when, when, sizeof when);
        printf("  any((any turn)) -.->|\"");
        mermaid_text(stdout, when, sizeof when);
        printf("\"| n%d\n", sc->rules[r].node);
    }
    if (sc->turn_limit)
        printf("  any((any turn)) -.->|after %d turns| n%d\n", sc->turn_limit, sc->turn_limit_node);
    printf("  classDef success stroke:#2e7d32,color:#2e7d32\n  classDef partial "
           "stroke:#ef6c00,color:#ef6c00\n"
           "  classDef fail stroke:#c62828,color:#c62828\n  classDef unseen "
           "fill:#e0e0e0,color:#757575\n");
    for (int i = 0; i < sc->nnodes; i++) {
        const Node *n = &sc->nodes[i];
        if (n->ending) printf("  class n%d %s\n", i, outcome_name(n->outcome));
        if (e && !e->reached[i]) printf("  class n%d unseen\n", i);
    }
}

const char cmd_graph_summary[] = "the dialogue graph of a scenario, as Graphviz dot or Mermaid";

int cmd_graph(int argc, char **argv)
{
    const char *name, *format = "dot";
    bool coverage = false;
    const Option options[] = {
        OPTION_STRING("--format", &format, "FORMAT", "dot (default) or mermaid"),
        OPTION_FLAG("--coverage", &coverage, "mark what the explorer never reaches"),
        {0}};
    const Command c = {"graph", "SCENARIO", cmd_graph_summary, options, 1, 1};
    int n, rc = opts_parse(&c, argc, argv, &name, &n);
    if (rc) return opts_exit(rc);
    if (strcmp(format, "dot") && strcmp(format, "mermaid")) {
        fprintf(stderr, "rapport graph: --format: \"%s\" is not dot or mermaid\n",
                term_safe(format, false));
        return EXIT_BAD_INPUT;
    }
    Host *h = cli_load(name);
    if (!h) return EXIT_BAD_INPUT;
    Explorer e;
    bool explored = false;
    if (coverage) {
        if (cli_explore(h, &e, 2000000, 0, cli_default_workers()) != 0) {
            explore_free(&e);
            host_close(h);
            return EXIT_BAD_INPUT;
        }
        explored = true;
    }
    if (!strcmp(format, "dot"))
        write_dot(h, explored ? &e : NULL);
    else
        write_mermaid(h, explored ? &e : NULL);
    if (explored) explore_free(&e);
    host_close(h);
    return EXIT_OK;
}
