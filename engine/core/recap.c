/* recap: the end of a session told from what the trainee did (recap.h). Every name it prints
 * is written for people: move names in words, replies quoted, never a node or ending id. */
#include "recap.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

void recap_words(const char *id, char *buf, size_t size)
{
    if (!size) return;
    snprintf(buf, size, "%s", id ? id : "");
    for (char *p = buf; *p; p++)
        if (*p == '_' || *p == '-') *p = ' ';
}

void recap_quote(const char *text, size_t max, char *buf, size_t size)
{
    if (!size) return;
    if (!text) text = "";
    size_t n = strlen(text);
    if (n <= max) {
        snprintf(buf, size, "%s", text);
        return;
    }
    size_t cut = max;
    while (cut > max / 2 && text[cut] != ' ')
        cut--;
    if (text[cut] != ' ') /* one long word: back off to a whole UTF-8 character */
        while (cut > 0 && ((unsigned char)text[cut] & 0xC0) == 0x80)
            cut--;
    while (cut > 0 && strchr(" ,;:.", text[cut - 1]))
        cut--;
    snprintf(buf, size, "%.*s...", (int)cut, text);
}

bool recap_skilled(Miti m)
{
    return m == MITI_SR || m == MITI_CR || m == MITI_AF || m == MITI_SEEK || m == MITI_EMPHASIZE;
}

const char *recap_title(const Session *s)
{
    if (!s->over) return "";
    const Node *n = session_node(s);
    return n && n->title ? n->title : "";
}

static double discord_rise(const Session *s, int t)
{
    int v = s->sc->var_discord;
    return session_state_at(s, t)[v] - session_state_at(s, t - 1)[v];
}

/* The skilled reply offered at turn t (1-based) other than the one chosen, the complex
 * reflection first: -1 when none was offered. */
static int skilled_offered(const Session *s, int t)
{
    const Turn *tu = &s->turns[t - 1];
    const Node *n = &s->sc->nodes[tu->node];
    static const Miti pref[] = {MITI_CR, MITI_SR, MITI_AF, MITI_EMPHASIZE, MITI_SEEK};
    for (size_t p = 0; p < sizeof pref / sizeof pref[0]; p++)
        for (int i = 0; i < n->nchoices && i < 32; i++)
            if (i != tu->choice && (tu->offered & (1u << i)) &&
                s->sc->moves[n->choices[i].move].miti == pref[p])
                return i;
    return -1;
}

/* The two turns with the largest rise of discord, largest first; returns how many rose. */
static int worst_turns(const Session *s, int worst[2])
{
    int n = 0;
    worst[0] = worst[1] = 0;
    for (int t = 1; t <= s->nturns; t++) {
        double d = discord_rise(s, t);
        if (d < 1) continue; /* a rise under one point is noise, not a reaction */
        if (!worst[0] || d > discord_rise(s, worst[0])) {
            worst[1] = worst[0];
            worst[0] = t;
        } else if (!worst[1] || d > discord_rise(s, worst[1])) {
            worst[1] = t;
        }
    }
    n = worst[1] ? 2 : worst[0] ? 1 : 0;
    if (n == 2 && worst[1] < worst[0]) { /* told in the order they happened */
        int k = worst[0];
        worst[0] = worst[1];
        worst[1] = k;
    }
    return n;
}

static size_t add(char *buf, size_t size, size_t len, const char *text)
{
    if (len >= size) return len;
    int w = snprintf(buf + len, size - len, "%s", text);
    return w > 0 ? len + (size_t)w : len;
}

/* "at turn 3 you answered "..." (defend, discord +12)" */
static size_t told_turn(const Session *s, int t, char *buf, size_t size, size_t len)
{
    const Turn *tu = &s->turns[t - 1];
    const Choice *c = session_turn_choice(s, tu);
    char quote[200], words[96], one[400];
    recap_quote(session_choice_text(s, c, session_state_at(s, t - 1)), 70, quote, sizeof quote);
    recap_words(s->sc->moves[c->move].name, words, sizeof words);
    snprintf(one, sizeof one, "at turn %d you answered \"%s\" (%s; discord +%.0f)", t, quote, words,
             discord_rise(s, t));
    return add(buf, size, len, one);
}

void recap_paragraph(const Session *s, char *buf, size_t size)
{
    if (!size) return;
    buf[0] = '\0';
    if (s->sc->var_discord < 0 || s->nturns < 1) return;
    const char *who = s->sc->client_name ? s->sc->client_name : "The client";
    int worst[2];
    int n = worst_turns(s, worst);
    char head[160];
    if (!n) {
        snprintf(buf, size, "None of your replies raised %s's discord.", who);
        return;
    }
    snprintf(head, sizeof head, "What raised %s's discord most: ", who);
    size_t len = add(buf, size, 0, head);
    for (int k = 0; k < n; k++) {
        if (k) len = add(buf, size, len, "; ");
        len = told_turn(s, worst[k], buf, size, len);
    }
    len = add(buf, size, len, ".");
    int big = n == 2 && discord_rise(s, worst[1]) > discord_rise(s, worst[0]) ? worst[1] : worst[0];
    int alt = skilled_offered(s, big);
    if (alt < 0) return;
    const Choice *c = &s->sc->nodes[s->turns[big - 1].node].choices[alt];
    char quote[200], words[96], one[480];
    recap_quote(session_choice_text(s, c, session_state_at(s, big - 1)), 70, quote, sizeof quote);
    recap_words(s->sc->moves[c->move].name, words, sizeof words);
    snprintf(one, sizeof one, " At turn %d a skilled reply was on offer: \"%s\" (%s).", big, quote,
             words);
    add(buf, size, len, one);
}

/* A cue the face already shows says nothing new: the posture it names was held in prev, the
 * expression the client had before the cue. Passing reactions (a nod, a sigh) always count. */
bool recap_cue_held(AvatarCue cue, const AvatarExpr *prev)
{
    switch (cue) {
    case CUE_ARMS_CROSSED:
        return prev->arms >= 1.5;
    case CUE_LEAN_BACK:
        return prev->lean <= -0.5;
    case CUE_LEAN_IN:
        return prev->lean >= 0.5;
    case CUE_FROWN:
        return prev->au4 >= 0.6;
    case CUE_SMILE:
        return prev->au12 >= 0.6;
    case CUE_LOOK_AWAY:
        return fabs(prev->gaze_x) >= 0.5 || fabs(prev->head_turn) >= 0.5;
    case CUE_TEARS:
        return prev->tears >= 0.5;
    default:
        return false;
    }
}

bool recap_cue_redundant(const Scenario *sc, const double *state, const AvatarExpr *prev,
                         AvatarCue cue)
{
    if (recap_cue_held(cue, prev)) return true;
    /* From the resistant band on, the posture in words (describe_client) already says how the
     * client sits: arms crossed unless withdrawn, leaning back when dismissive. */
    bool closed = sc->has_model && sc->var_resistance >= 0 &&
                  band_of(sc, state[sc->var_resistance]) >= BAND_RESISTANT;
    if (!closed) return false;
    if (cue == CUE_ARMS_CROSSED) return sc->manner != MANNER_WITHDRAWN;
    return cue == CUE_LEAN_BACK && sc->manner == MANNER_DISMISSIVE;
}
