/* recap: what a trainee reads about their own session at its end, in words (no ids): the
 * ending's title, the turns that raised the client's discord most with the reply quoted and
 * the move named, and the skilled reply that was on offer there. Plain C over a Session, shared
 * by the window, the terminal and the reports. */
#ifndef RAPPORT_RECAP_H
#define RAPPORT_RECAP_H
#include <stdbool.h>
#include <stddef.h>

#include "avatar.h"
#include "session.h"

/* A move's name as a person reads it: "cancel_threat" -> "cancel threat". */
void recap_words(const char *id, char *buf, size_t size);
/* A reply quoted briefly: at most max bytes, cut at a word, with "..." when cut. */
void recap_quote(const char *text, size_t max, char *buf, size_t size);
/* MI-consistent in the MITI sense: reflections, affirmation, seeking collaboration,
 * emphasizing autonomy. */
bool recap_skilled(Miti m);
/* The ending's title ("Dana cancels the contract"), or "" when the session has not ended. */
const char *recap_title(const Session *s);
/* The computed paragraph after the ending's own debrief: the (at most two) turns that raised
 * discord most, each reply quoted and its move in words, and for the worst one a skilled reply
 * that was offered there. Only what was played or shown. "" when there is no discord. */
void recap_paragraph(const Session *s, char *buf, size_t size);
/* True when the posture a cue names is already held in prev, the expression before it (arms
 * crossed, leaning back, looking away...): a caption would say nothing new. Passing reactions
 * (a nod, a sigh) are never held. */
bool recap_cue_held(AvatarCue cue, const AvatarExpr *prev);
/* recap_cue_held, or the client's posture in words at state already says it (arms crossed and
 * leaning back from the resistant band on): a caption for cue would repeat what is shown. */
bool recap_cue_redundant(const Scenario *sc, const double *state, const AvatarExpr *prev,
                         AvatarCue cue);

#endif
