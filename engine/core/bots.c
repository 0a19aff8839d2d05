/* bots: move-tag preferences of the persona bots. */
#include "bots.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

typedef struct Taste {
    const char *move;
    int mi, righting, questions;
} Taste;

/* Higher is preferred. The mi ranking follows the model: complex reflections and
 * collaboration first, then simple reflections and autonomy, then open questions; the
 * righting-reflex bot reaches for what feels like fixing the problem. */
static const Taste TASTES[] = {
    {"complex_reflection", 10, 0, 0},
    {"welcome_pushback", 10, 0, 0},
    {"reframe", 9, 0, 0},
    {"summary", 9, 0, 0},
    {"name_resistance", 8, 0, 0},
    {"simple_reflection", 8, 0, 0},
    {"emphasize_autonomy", 8, 0, 0},
    {"seek_collaboration", 8, 0, 0},
    {"propose_pilot", 7, 0, 0},
    {"affirm", 7, 0, 0},
    {"open_question", 6, 0, 10},
    {"transparency", 5, 1, 0},
    {"persuade_with_permission", 4, 2, 0},
    {"give_information", 2, 3, 0},
    {"provide_evidence", 2, 3, 0},
    {"closed_question", 1, 0, 9},
    {"buckle", 0, 1, 0},
    {"persuade", 0, 10, 0},
    {"defend", 0, 10, 0},
    {"justify", 0, 10, 0},
    {"confront", 0, 10, 0},
    {"blame_client", 0, 10, 0},
};

int bot_appetite(BotKind bot, const char *move)
{
    for (size_t i = 0; i < sizeof TASTES / sizeof TASTES[0]; i++)
        if (!strcmp(TASTES[i].move, move))
            return bot == BOT_MI          ? TASTES[i].mi
                   : bot == BOT_RIGHTING  ? TASTES[i].righting
                   : bot == BOT_QUESTIONS ? TASTES[i].questions
                                          : 0;
    return 0;
}

bool move_is_mi_consistent(const char *move)
{
    return bot_appetite(BOT_MI, move) >= 6;
}

/* Words a surface reader takes for empathy: addressing the client, or naming a feeling. */
static const char *const YOU_WORDS[] = {
    "you",         "your",         "yours", "yourself", "you're",   "you've",      "you'd",
    "you'll",      "feel",         "feels", "feeling",  "feelings", "felt",        "frustrated",
    "frustrating", "worried",      "worry", "afraid",   "scared",   "angry",       "upset",
    "hurt",        "disappointed", "sad",   "anxious",  "stressed", "overwhelmed", "pressure",
};

static bool is_word_char(unsigned char c)
{
    return isalnum(c) || c == '\'' || c >= 0x80;
}

/* Counts the words of text that are in list (case folded; curly apostrophes read as '). */
static int count_words(const char *text, const char *const *list, size_t n)
{
    int count = 0;
    for (const char *p = text; *p;) {
        while (*p && !is_word_char((unsigned char)*p))
            p++;
        char word[32];
        size_t len = 0;
        while (*p && is_word_char((unsigned char)*p)) {
            if ((unsigned char)p[0] == 0xe2 && (unsigned char)p[1] == 0x80 &&
                (unsigned char)p[2] == 0x99) {
                if (len + 1 < sizeof word) word[len++] = '\'';
                p += 3;
                continue;
            }
            if (len + 1 < sizeof word) word[len++] = (char)tolower((unsigned char)*p);
            p++;
        }
        word[len] = '\0';
        for (size_t i = 0; len && i < n; i++)
            if (!strcmp(word, list[i])) {
                count++;
                break;
            }
    }
    return count;
}

static const char *const HEDGES[] = {"but", "honestly"};

/* "but", "honestly" or "with respect": the words a surface reader takes for pushing back. */
static bool has_hedge(const char *text)
{
    if (count_words(text, HEDGES, sizeof HEDGES / sizeof HEDGES[0]) > 0) return true;
    for (const char *p = text; *p; p++)
        if (!strncasecmp(p, "with respect", 12)) return true;
    return false;
}

int bot_surface_score(BotKind bot, const char *text)
{
    switch (bot) {
    case BOT_LONGEST:
        return (int)strlen(text);
    case BOT_SHORTEST:
        return -(int)strlen(text);
    case BOT_YOU_WORDS:
        return count_words(text, YOU_WORDS, sizeof YOU_WORDS / sizeof YOU_WORDS[0]);
    case BOT_NO_BUT:
        return has_hedge(text) ? 0 : 1;
    default:
        return 0;
    }
}

/* The words of offered choice k as the trainee reads them now. */
static const char *shown_text(const Session *s, int k)
{
    const Choice *c = session_offered(s, k);
    return session_choice_text(s, c, s->state);
}

/* A surface bot reads the options top to bottom as shown and keeps the first best one. */
static int surface_pick(BotKind bot, const Session *s)
{
    int pick = session_shown(s, 0);
    if (bot == BOT_FIRST) return pick;
    int best = bot_surface_score(bot, shown_text(s, pick));
    for (int j = 1; j < s->noffered; j++) {
        int k = session_shown(s, j);
        int score = bot_surface_score(bot, shown_text(s, k));
        if (score > best) best = score, pick = k;
    }
    return pick;
}

int bot_pick(BotKind bot, const Session *s, Rng *r)
{
    if (bot == BOT_RANDOM) return (int)rng_below(r, (uint32_t)s->noffered);
    if (bot >= BOT_FIRST) return surface_pick(bot, s);
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
