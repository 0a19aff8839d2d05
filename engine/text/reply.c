/* reply: a typed reply in a session: the index over a scenario's choices, matching against
 * what a session offers, and playing the result (see reply.h). */
#include "reply.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int replies_open(Replies *r, const Scenario *sc, char *err, size_t size)
{
    memset(r, 0, sizeof *r);
    r->sc = sc;
    r->ft = freetext_open(err, size);
    if (!r->ft) return -1;
    int total = 0;
    r->base = malloc(sizeof *r->base * (size_t)(sc->nnodes + 1));
    if (!r->base) goto oom;
    for (int i = 0; i < sc->nnodes; i++) {
        r->base[i] = total;
        total += sc->nodes[i].nchoices;
    }
    r->base[sc->nnodes] = total;
    FtDoc *docs = calloc((size_t)(total ? total : 1), sizeof *docs);
    if (!docs) goto oom;
    for (int i = 0; i < sc->nnodes; i++)
        for (int j = 0; j < sc->nodes[i].nchoices; j++) {
            const Choice *c = &sc->nodes[i].choices[j];
            const char *move = sc->moves[c->move].name;
            int asks = !strcmp(move, "open_question")     ? FT_ASKS_OPEN
                       : !strcmp(move, "closed_question") ? FT_ASKS_CLOSED
                                                          : FT_ASKS_UNSAID;
            docs[r->base[i] + j] = (FtDoc){c->text,         (const char *const *)c->paraphrases,
                                           c->nparaphrases, c->codes,
                                           c->ncodes,       asks};
        }
    r->ix = freetext_index(r->ft, docs, total);
    free(docs);
    if (!r->ix) goto oom;
    return 0;
oom:
    snprintf(err, size, "out of memory");
    replies_close(r);
    return -1;
}

void replies_close(Replies *r)
{
    if (r->ix) freetext_index_free(r->ix);
    if (r->ft) freetext_close(r->ft);
    free(r->base);
    memset(r, 0, sizeof *r);
}

/* Matches against the given authored choices of a node, then maps the best back to positions
 * in `authored` (the matcher answers in positions of the list it was given). */
static void match_among(Replies *r, int node, const int *authored, int n, const char *reply,
                        const FtTuning *tuning, FtMatch *m)
{
    int docs[SESSION_MAX_CHOICES];
    for (int i = 0; i < n && i < SESSION_MAX_CHOICES; i++)
        docs[i] = r->base[node] + authored[i];
    freetext_match(r->ft, r->ix, reply, docs, n, tuning, m);
}

void replies_match(Replies *r, const Session *s, const char *reply, const FtTuning *tuning,
                   FtMatch *m)
{
    match_among(r, s->node, s->offered, s->over ? 0 : s->noffered, reply, tuning, m);
}

void replies_match_node(Replies *r, int node, const char *reply, const FtTuning *tuning, FtMatch *m)
{
    int all[SESSION_MAX_CHOICES];
    int n = r->sc->nodes[node].nchoices;
    for (int i = 0; i < n && i < SESSION_MAX_CHOICES; i++)
        all[i] = i;
    match_among(r, node, all, n, reply, tuning, m);
}

int replies_move_of(const Scenario *sc, const FtCode *code)
{
    static const char *const names[MITI_COUNT] = {
        [MITI_Q] = "open_question",         [MITI_SR] = "simple_reflection",
        [MITI_CR] = "complex_reflection",   [MITI_AF] = "affirm",
        [MITI_SEEK] = "seek_collaboration", [MITI_EMPHASIZE] = "emphasize_autonomy",
        [MITI_GI] = "give_information",     [MITI_PWP] = "persuade_with_permission",
        [MITI_PERSUADE] = "persuade",       [MITI_CONFRONT] = "confront",
    };
    Miti c = code->principal;
    if (c < 0 || c >= MITI_NONE) return -1;
    const char *name = c == MITI_Q && !code->open ? "closed_question" : names[c];
    int m = scenario_find_move(sc, name);
    for (int i = 0; m < 0 && i < sc->nmoves; i++)
        if (sc->moves[i].miti == c) m = i; /* a model without the usual names */
    return m;
}

int replies_take(Replies *r, Session *s, const char *reply, const FtMatch *m, int k, bool asked)
{
    int alts[FREETEXT_SHOW], nalts = 0;
    for (int i = 0; asked && i < m->nbest && m->best[i] < s->noffered; i++)
        alts[nalts++] = s->offered[m->best[i]];
    int rc;
    if (k >= 0) {
        rc = session_choose(s, k);
    } else {
        int move = replies_move_of(r->sc, &m->code);
        if (move < 0) return 1;
        rc = session_choose_free(s, move);
    }
    if (rc != 0) return -1;
    return session_set_typed(s, reply, (int)m->code.principal, m->confidence, alts, nalts);
}
