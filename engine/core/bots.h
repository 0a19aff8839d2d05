/* bots: persona policies that pick a choice by its move tag (resistance-model.md, section 7).
 * mi prefers reflections, collaboration and autonomy; righting persuades, confronts and
 * defends; questions asks; random picks uniformly. Ties are broken by the bot's generator. */
#ifndef RAPPORT_BOTS_H
#define RAPPORT_BOTS_H
#include "rng.h"
#include "session.h"

/* The offered index (0-based, authored order) the bot picks at the session's current node.
 * Surface bots (first, longest, shortest, you-words, no-but) read only the text as shown. */
int bot_pick(BotKind bot, const Session *s, Rng *r);
/* How much a bot wants a move: higher is better, 0 when it has no preference. */
int bot_appetite(BotKind bot, const char *move);
/* How much a surface bot likes an option's text: higher is preferred. */
int bot_surface_score(BotKind bot, const char *text);
/* Is the move MI-consistent (what the mi bot would reach for)? */
bool move_is_mi_consistent(const char *move);

#endif
