/* reply: a typed reply in a session (issue 15). Builds the matcher's index over every choice
 * of a scenario (words, paraphrases, codes), matches a reply against the choices a session
 * offers, and plays it: the matched choice, or, when nothing fits, a turn that counts as the
 * reply's move while the client stays. Shared by play --free, the window, test plans,
 * `rapport calibrate` and the tests. */
#ifndef RAPPORT_REPLY_H
#define RAPPORT_REPLY_H
#include <stddef.h>

#include "../core/session.h"
#include "freetext.h"

typedef struct Replies {
    Freetext *ft;
    FtIndex *ix;
    const Scenario *sc;
    int *base; /* base[node]: the index of the node's first choice among the documents */
} Replies;

/* 0, or -1 with a one-line message in err (the stemmer could not be opened). */
int replies_open(Replies *r, const Scenario *sc, char *err, size_t size);
void replies_close(Replies *r);
/* Matches a reply against the choices the session offers now: m->best[] are positions in
 * s->offered (0-based). tuning NULL: the defaults. */
void replies_match(Replies *r, const Session *s, const char *reply, const FtTuning *tuning,
                   FtMatch *m);
/* Against every choice authored at a node, whatever the state (calibration): m->best[] are
 * authored indices. */
void replies_match_node(Replies *r, int node, const char *reply, const FtTuning *tuning,
                        FtMatch *m);
/* The move a reply that fits no choice counts as, from its code; -1 when it has none. */
int replies_move_of(const Scenario *sc, const FtCode *code);
/* Plays the reply: offered position k (>= 0), or (k < 0) a turn that counts as the reply's
 * move while the client stays (the node's `unmatched` line). The typed words, code,
 * confidence and (when the trainee was asked) the closest choices go with the turn.
 * 0 when a turn was played; 1 when nothing was (an uncoded reply fitting no choice: the client
 * answers session_unmatched_line and waits); -1 with s->err. */
int replies_take(Replies *r, Session *s, const char *reply, const FtMatch *m, int k, bool asked);

#endif
