/* bots: move-tag preferences of the persona bots. */
#include "bots.h"

#include <string.h>

typedef struct Taste {
    const char *move;
    int mi, righting, questions;
} Taste;

/* Higher is preferred. The mi ranking follows the model: complex reflections and
 * collaboration first, then simple reflections and autonomy, then open questions; the
 * righting-reflex bot reaches for what feels like fixing the problem. */
static const Taste TASTES[] = {
    {"complex_reflection", 10, 0, 0}, {"welcome_pushback", 10, 0, 0}, {"reframe", 9, 0, 0},
    {"summary", 9, 0, 0},             {"name_resistance", 8, 0, 0},   {"simple_reflection", 8, 0, 0},
    {"emphasize_autonomy", 8, 0, 0},  {"seek_collaboration", 8, 0, 0}, {"propose_pilot", 7, 0, 0},
    {"affirm", 7, 0, 0},              {"open_question", 6, 0, 10},    {"transparency", 5, 1, 0},
    {"persuade_with_permission", 4, 2, 0}, {"give_information", 2, 3, 0}, {"provide_evidence", 2, 3, 0},
    {"closed_question", 1, 0, 9},     {"buckle", 0, 1, 0},            {"persuade", 0, 10, 0},
    {"defend", 0, 10, 0},             {"justify", 0, 10, 0},          {"confront", 0, 10, 0},
    {"blame_client", 0, 10, 0},
};

int bot_appetite(BotKind bot, const char *move)
{
    for (size_t i = 0; i < sizeof TASTES / sizeof TASTES[0]; i++)
        if (!strcmp(TASTES[i].move, move))
            return bot == BOT_MI ? TASTES[i].mi : bot == BOT_RIGHTING ? TASTES[i].righting
                                              : bot == BOT_QUESTIONS ? TASTES[i].questions : 0;
    return 0;
}

bool move_is_mi_consistent(const char *move)
{
    return bot_appetite(BOT_MI, move) >= 6;
}

int bot_pick(BotKind bot, const Session *s, Rng *r)
{
    if (bot == BOT_RANDOM) return (int)rng_below(r, (uint32_t)s->noffered);
    int best = -1, ties = 0, pick = 0;
    for (int k = 0; k < s->noffered; k++) {
        int a = bot_appetite(bot, s->sc->moves[session_offered(s, k)->move].name);
        if (a > best) {
            best = a, ties = 1, pick = k;
        } else if (a == best && rng_below(r, (uint32_t)++ties) == 0) {
            pick = k; /* reservoir sampling: each tied choice equally likely */
        }
    }
    return pick;
}
