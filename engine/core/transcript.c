/* transcript: text and JSON-lines renderings of a session, and the client in words. */
#include "transcript.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* Declared in store/record.h, which the terminal front-ends and the text report include. */
/* The length of the valid UTF-8 sequence at p (1 to 4), or 0 when p does not start one. */
static size_t utf8_len(const unsigned char *p)
{
    if (p[0] < 0x80) return 1;
    size_t n = p[0] >= 0xc2 && p[0] <= 0xdf   ? 2
               : p[0] >= 0xe0 && p[0] <= 0xef ? 3
               : p[0] >= 0xf0 && p[0] <= 0xf4 ? 4
                                              : 0;
    for (size_t i = 1; i < n; i++)
        if ((p[i] & 0xc0) != 0x80) return 0;
    if (n == 3 && ((p[0] == 0xe0 && p[1] < 0xa0) || (p[0] == 0xed && p[1] > 0x9f))) return 0;
    if (n == 4 && ((p[0] == 0xf0 && p[1] < 0x90) || (p[0] == 0xf4 && p[1] > 0x8f))) return 0;
    return n;
}

/* The one filter for text that reaches a terminal from a client file or a record: control
 * characters are shown, not obeyed. C0 and DEL in caret notation (ESC is ^[, BEL ^G), C1
 * controls as \u0080..\u009f, bytes that are not UTF-8 as \xNN; newline and tab are kept
 * when keep_newlines (a client's line), shown as ^J and ^I otherwise (one field of a record).
 * Printable UTF-8 is unchanged. A few rotating buffers, so one printf can take several. */
const char *term_safe(const char *s, bool keep_newlines)
{
    static char *bufs[8];
    static size_t caps[8];
    static int next;
    if (!s) return "";
    int k = next;
    next = (next + 1) % 8;
    size_t need = strlen(s) * 6 + 1;
    if (caps[k] < need) {
        char *b = realloc(bufs[k], need);
        if (!b) return "(out of memory)";
        bufs[k] = b;
        caps[k] = need;
    }
    char *out = bufs[k];
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p;) {
        size_t len = utf8_len(p);
        if (len == 0) {
            n += (size_t)sprintf(out + n, "\\x%02x", *p++);
        } else if (len == 1 && (*p < 0x20 || *p == 0x7f) &&
                   !(keep_newlines && (*p == '\n' || *p == '\t'))) {
            out[n++] = '^';
            out[n++] = *p == 0x7f ? '?' : (char)(*p + 0x40);
            p++;
        } else if (len == 2 && p[0] == 0xc2 && p[1] <= 0x9f) {
            n += (size_t)sprintf(out + n, "\\u%04x", p[1]);
            p += 2;
        } else {
            memcpy(out + n, p, len);
            n += len;
            p += len;
        }
    }
    out[n] = '\0';
    return out;
}

bool utf8_valid(const char *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        size_t n = s[i] ? utf8_len((const unsigned char *)s + i) : 0;
        if (n == 0 || n > len - i) return false;
        i += n;
    }
    return true;
}

char *utf8_repair(const char *s, size_t len)
{
    char *out = malloc(len * 3 + 1), *o = out;
    if (!out) return NULL;
    for (size_t i = 0; i < len;) {
        size_t n = s[i] ? utf8_len((const unsigned char *)s + i) : 0;
        if (n == 0 || n > len - i) {
            memcpy(o, "\xef\xbf\xbd", 3); /* U+FFFD */
            o += 3;
            i++;
        } else {
            memcpy(o, s + i, n);
            o += n;
            i += n;
        }
    }
    *o = '\0';
    return out;
}

/* The escapes are cJSON's (records, xAPI and --json summaries are printed by cJSON), so a
 * string reads the same in every JSON the engine writes; bytes that are not UTF-8 are written
 * as U+FFFD, as host_json_tree writes them. */
void json_string(FILE *f, const char *s)
{
    fputc('"', f);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        size_t n = utf8_len(p);
        if (n == 0) {
            fputs("\xef\xbf\xbd", f);
            continue;
        }
        if (n > 1) {
            fwrite(p, 1, n, f);
            p += n - 1;
            continue;
        }
        switch (*p) {
        case '"':
            fputs("\\\"", f);
            break;
        case '\\':
            fputs("\\\\", f);
            break;
        case '\n':
            fputs("\\n", f);
            break;
        case '\r':
            fputs("\\r", f);
            break;
        case '\t':
            fputs("\\t", f);
            break;
        case '\b':
            fputs("\\b", f);
            break;
        case '\f':
            fputs("\\f", f);
            break;
        default:
            if (*p < 0x20)
                fprintf(f, "\\u%04x", *p);
            else
                fputc(*p, f);
        }
    }
    fputc('"', f);
}

static double var(const Session *s, const double *state, const char *name, double dflt)
{
    int v = layout_find(&s->sc->layout, name);
    return v >= 0 ? state[v] : dflt;
}

/* The body in words for a band, the way the avatar holds it (avatar_target): open hands,
 * folded hands, then the client's manner: combative leans in with the arms crossed and, at
 * hostile, points; withdrawn draws in and holds an arm; dismissive leans back, arms crossed,
 * and at hostile looks at the watch. */
static void client_posture(const Scenario *sc, int band, char *buf, size_t size)
{
    bool she = strcmp(sc->pronoun, "she") == 0, he = strcmp(sc->pronoun, "he") == 0;
    const char *their = she ? "her" : he ? "his" : "their";
    bool pl = !she && !he;
    if (band == BAND_OPEN) {
        snprintf(buf, size, "%s forward, %s arms open on the table", pl ? "lean" : "leans", their);
    } else if (band == BAND_GUARDED) {
        snprintf(buf, size, "%s upright, %s hands folded", pl ? "sit" : "sits", their);
    } else if (sc->manner == MANNER_WITHDRAWN) {
        if (band == BAND_RESISTANT)
            snprintf(buf, size, "%s in %s chair, shoulders drawn in", pl ? "sink" : "sinks", their);
        else
            snprintf(buf, size, "%s in on %s, holding %s own arm, head down", pl ? "curl" : "curls",
                     pl    ? "themselves"
                     : she ? "herself"
                           : "himself",
                     their);
    } else if (sc->manner == MANNER_DISMISSIVE) {
        if (band == BAND_RESISTANT)
            snprintf(buf, size, "%s back, arms crossed", pl ? "lean" : "leans");
        else
            snprintf(buf, size, "%s back from the table, arms crossed, a glance at %s watch",
                     pl ? "lean" : "leans", their);
    } else {
        if (band == BAND_RESISTANT)
            snprintf(buf, size, "%s forward, arms crossed", pl ? "sit" : "sits");
        else
            snprintf(buf, size, "%s in across the table, pointing at you", pl ? "lean" : "leans");
    }
}

void describe_client(const Session *s, const double *state, char *buf, size_t size)
{
    const Scenario *sc = s->sc;
    if (!sc->has_model) {
        snprintf(buf, size, "%s listens.", sc->client_name);
        return;
    }
    bool she = strcmp(sc->pronoun, "she") == 0, he = strcmp(sc->pronoun, "he") == 0;
    const char *their = she ? "her" : he ? "his" : "their";
    bool plural = !she && !he;
    int band = band_of(sc, state[sc->var_resistance]);
    double rapport = var(s, state, "rapport", 40), reactance = var(s, state, "reactance", 10);
    double credibility = var(s, state, "credibility", 50);
    char posture[128], eyes[96], extra[96] = "";
    client_posture(sc, band, posture, sizeof posture);
    if (band >= BAND_RESISTANT && sc->manner == MANNER_COMBATIVE)
        snprintf(eyes, sizeof eyes, "%s you hard in the eye", plural ? "look" : "looks");
    else if (rapport >= 60)
        snprintf(eyes, sizeof eyes, "%s your eyes warmly", plural ? "meet" : "meets");
    else if (rapport >= 35)
        snprintf(eyes, sizeof eyes, "%s at you now and then", plural ? "glance" : "glances");
    else
        snprintf(eyes, sizeof eyes, "%s your eyes", plural ? "avoid" : "avoids");
    if (reactance >= 50)
        snprintf(extra, sizeof extra, "; %s jaw is tight and %s face flushed", their, their);
    else if (credibility <= 30)
        snprintf(extra, sizeof extra, "; %s mouth is set, unconvinced", their);
    snprintf(buf, size, "%s %s, and %s%s.", sc->client_name, posture, eyes, extra);
}

static void print_line(FILE *f, const Session *s, const char *line, int band, const char *cue)
{
    fprintf(f, "%s", term_safe(s->sc->client_name, false));
    if (band >= 0) fprintf(f, " (%s)", band_name(band));
    fprintf(f, ": %s", term_safe(line, true));
    if (cue) fprintf(f, "  [%s]", term_safe(cue, true));
    fputc('\n', f);
}

void turn_codes(const Turn *tu, char *buf, size_t size)
{
    size_t n = 0;
    buf[0] = '\0';
    for (int i = 0; i < tu->ncodes && n < size; i++) {
        int w = snprintf(buf + n, size - n, "%s%s", i ? "+" : "", miti_name((Miti)tu->codes[i]));
        if (w < 0) break;
        n += (size_t)w;
    }
    if (!tu->ncodes) snprintf(buf, size, "none");
}

int turn_pressed(const Turn *tu)
{
    for (int j = 0; j < tu->nshown; j++)
        if (tu->shown[j] == tu->choice) return j + 1;
    return tu->number;
}

void turn_talk(const Turn *tu, char *buf, size_t size)
{
    if (tu->talk != TALK_NONE && tu->kind != KIND_NONE)
        snprintf(buf, size, "%s (%s)", talk_name((Talk)tu->talk),
                 talk_kind_name((TalkKind)tu->kind));
    else
        snprintf(buf, size, "%s", talk_name((Talk)tu->talk));
}

void transcript_text_prompt(FILE *f, const Session *s)
{
    const Node *n = session_node(s);
    print_line(f, s, s->line, s->band, session_text_in(s, &n->cue_by, n->cue, s->state));
    for (int j = 0; j < s->noffered; j++) {
        const Choice *c = session_offered(s, session_shown(s, j));
        fprintf(f, "  %d. %s\n", j + 1, term_safe(session_choice_text(s, c, s->state), true));
    }
}

static void print_changes(FILE *f, const Session *s, const double *before, const double *after)
{
    const StateLayout *l = &s->sc->layout;
    bool any = false;
    for (int i = 0; i < l->count; i++) {
        const VarDecl *v = &l->vars[i];
        if ((v->flags & VAR_HIDDEN) || i == s->sc->var_turn || before[i] == after[i]) continue;
        char a[32], b[32];
        state_format_value(v, before[i], a, sizeof a);
        state_format_value(v, after[i], b, sizeof b);
        fprintf(f, "%s%s %s -> %s", any ? ", " : "     ", term_safe(v->name, false), a, b);
        any = true;
    }
    if (any) fputc('\n', f);
}

void transcript_text_turn(FILE *f, const Session *s, int t)
{
    const Turn *tu = &s->turns[t - 1];
    const Node *n = &s->sc->nodes[tu->node];
    const Choice *c = session_turn_choice(s, tu);
    const Move *m = &s->sc->moves[c->move];
    char codes[64], talk[64];
    turn_codes(tu, codes, sizeof codes);
    turn_talk(tu, talk, sizeof talk);
    const double *before = session_state_at(s, t - 1), *after = session_state_at(s, t);
    const char *cue = session_text_in(s, &c->cue_by, c->cue, after);
    fprintf(f, "[%d] ", t);
    print_line(f, s, tu->line, tu->band, session_text_in(s, &n->cue_by, n->cue, before));
    if (tu->talk != TALK_NONE) fprintf(f, "     client talk: %s\n", talk);
    for (int j = 0; j < tu->nshown; j++) {
        const Choice *o = &n->choices[tu->shown[j]];
        fprintf(f, "  %c %d. %s\n", tu->shown[j] == tu->choice ? '>' : ' ', j + 1,
                term_safe(session_choice_text(s, o, before), true));
    }
    if (tu->typed)
        fprintf(f, "     typed: %s  (coded %s, confidence %.2f)\n",
                term_safe(tu->typed->words, true), miti_name((Miti)tu->typed->code),
                tu->typed->confidence);
    if (tu->choice < 0)
        fputs("     fit no choice: the client stays\n", f);
    else
        fprintf(f, "     pressed %d (%s)\n", turn_pressed(tu), term_safe(c->id, false));
    fprintf(f, "     move: %s (%s)%s%s\n", term_safe(m->name, false), codes,
            cue ? "  client: " : "", cue ? term_safe(cue, true) : "");
    print_changes(f, s, before, after);
    if (c->feedback) fprintf(f, "     feedback: %s\n", term_safe(c->feedback, true));
}

void transcript_text_end(FILE *f, const Session *s)
{
    const Node *n = session_node(s);
    if (n->ending) {
        fprintf(f, "[end] ");
        print_line(f, s, s->line, s->band, session_text_in(s, &n->cue_by, n->cue, s->state));
        fprintf(f, "ending: %s (%s) after %d turns\n", term_safe(n->ending, false),
                outcome_name(n->outcome), s->nturns);
        if (n->debrief) fprintf(f, "debrief: %s\n", term_safe(n->debrief, true));
    } else {
        fprintf(f, "[stopped] at node '%s' after %d turns\n", term_safe(n->id, false), s->nturns);
    }
}

/* Between the sessions of a course: the next one's title, and whether the client came. */
void transcript_text_sitting(FILE *f, const Session *s, int k, int attended, double chance)
{
    const Scenario *sc = s->sc;
    const char *who = term_safe(sc->client_name ? sc->client_name : "The client", false);
    fprintf(f, "\n=== %s: ", term_safe(sc->sittings[k].title, false));
    if (attended)
        fprintf(f, "%s comes back (the chance of a missed appointment was %.0f%%)\n", who,
                chance * 100);
    else
        fprintf(f, "%s misses the appointment (the chance was %.0f%%)%s\n", who, chance * 100,
                k == sc->nsittings - 1 ? "; the course ends here" : "");
}

static void json_state(FILE *f, const Session *s, const double *state)
{
    const StateLayout *l = &s->sc->layout;
    fputs("{", f);
    bool first = true;
    for (int i = 0; i < l->count; i++) {
        const VarDecl *v = &l->vars[i];
        if (v->flags & VAR_HIDDEN) continue;
        char val[32];
        state_format_value(v, state[i], val, sizeof val);
        fprintf(f, "%s\"%s\":%s", first ? "" : ",", v->name, val);
        first = false;
    }
    fputs("}", f);
}

void transcript_json_turn(FILE *f, const Session *s, int t)
{
    const Turn *tu = &s->turns[t - 1];
    const Node *n = &s->sc->nodes[tu->node];
    const Choice *c = session_turn_choice(s, tu);
    const Move *m = &s->sc->moves[c->move];
    fprintf(f, "{\"turn\":%d,\"node\":", t);
    json_string(f, n->id);
    fputs(",\"band\":", f);
    json_string(f, band_name(tu->band));
    fputs(",\"say\":", f);
    json_string(f, tu->line ? tu->line : "");
    fputs(",\"talk\":{\"code\":", f);
    json_string(f, talk_name((Talk)tu->talk));
    if (tu->kind != KIND_NONE) {
        fputs(",\"kind\":", f);
        json_string(f, talk_kind_name((TalkKind)tu->kind));
    }
    fputs("},\"offered\":[", f);
    for (int k = 0; k < tu->nshown; k++) {
        int i = tu->shown[k];
        fprintf(f, "%s{\"n\":%d,\"id\":", k ? "," : "", k + 1);
        json_string(f, n->choices[i].id);
        fputs(",\"text\":", f);
        json_string(f, session_choice_text(s, &n->choices[i], session_state_at(s, t - 1)));
        fputs(",\"move\":", f);
        json_string(f, s->sc->moves[n->choices[i].move].name);
        fputs("}", f);
    }
    fprintf(f, "],\"pressed\":%d,\"chose\":%d,\"id\":", turn_pressed(tu), tu->number);
    json_string(f, c->id);
    if (tu->typed) {
        fputs(",\"typed\":", f);
        json_string(f, tu->typed->words);
        fprintf(f, ",\"typed_code\":\"%s\",\"confidence\":%.3f", miti_name((Miti)tu->typed->code),
                tu->typed->confidence);
    }
    fputs(",\"move\":", f);
    json_string(f, m->name);
    fputs(",\"miti\":", f);
    json_string(f, miti_name(tu->ncodes ? (Miti)tu->codes[0] : m->miti));
    fputs(",\"codes\":[", f);
    for (int i = 0; i < tu->ncodes; i++) {
        if (i) fputc(',', f);
        json_string(f, miti_name((Miti)tu->codes[i]));
    }
    fputc(']', f);
    fputs(",\"state\":", f);
    json_state(f, s, session_state_at(s, t));
    fputs("}\n", f);
}

void transcript_json_end(FILE *f, const Session *s)
{
    const Node *n = session_node(s);
    fputs("{\"end\":", f);
    json_string(f, n->ending ? "ending" : "stopped");
    fputs(",\"node\":", f);
    json_string(f, n->id);
    if (n->ending) {
        fputs(",\"ending\":", f);
        json_string(f, n->ending);
        fputs(",\"outcome\":", f);
        json_string(f, outcome_name(n->outcome));
    }
    fputs(",\"band\":", f);
    json_string(f, band_name(s->band));
    fputs(",\"say\":", f);
    json_string(f, s->line ? s->line : "");
    /* The seed exactly: a string of digits above 2^53, as in records. */
    unsigned long long seed = (unsigned long long)s->seed;
    fprintf(f,
            seed <= JSON_EXACT_MAX ? ",\"turns\":%d,\"seed\":%llu,\"state\":"
                                   : ",\"turns\":%d,\"seed\":\"%llu\",\"state\":",
            s->nturns, seed);
    json_state(f, s, s->state);
    fputs("}\n", f);
}
