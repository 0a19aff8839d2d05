/* tokens: the Freetext handle (stemmer, speller, spelling cache) and the tokeniser that turns any
 * bytes into lowercase words, contractions expanded, misspellings corrected and stems attached,
 * split into utterances at . ? ! ; and newlines. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hunspell/hunspell.h>
#include <libstemmer.h>

#include "text_internal.h"

#define FT_AFF_PATH "/usr/share/hunspell/en_US.aff"
#define FT_DIC_PATH "/usr/share/hunspell/en_US.dic"
#define FT_SPELL_MIN 4      /* shorter words are left alone: too many near neighbours */
#define FT_SPELL_MAX 30     /* longer ones are junk, not typos */
#define FT_SUGGEST_CALLS 1  /* Hunspell_suggest calls per matched reply (10-60 ms each, cold) */
#define FT_CORRECTIONS 12   /* misspelt words corrected per reply; the rest stay as typed */
#define FT_CACHE_SLOTS 1024 /* spelling cache (open addressing); emptied when 3/4 full */
#define FT_SUGG_KEEP 6      /* suggestions kept per misspelt word */

/* One cached speller verdict: correct, or the suggestions it offered (lowercase, one word). */
typedef struct FtSpell {
    char word[FT_WORD_MAX];
    bool used, correct, suggested;
    int nsugg;
    char sugg[FT_SUGG_KEEP][FT_WORD_MAX];
} FtSpell;

struct Freetext {
    struct sb_stemmer *stemmer;
    Hunhandle *speller; /* NULL without the dictionary */
    FtSpell *cache;     /* FT_CACHE_SLOTS entries */
    int cached;
    int suggest_calls; /* this reply's, against FT_SUGGEST_CALLS */
    int corrections;   /* this reply's misspelt words looked at, against FT_CORRECTIONS */
    FtTokens scratch;
};

static bool file_exists(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return false;
    fclose(f);
    return true;
}

Freetext *freetext_open(char *err, size_t errlen)
{
    Freetext *ft = calloc(1, sizeof *ft);
    if (!ft) {
        if (err && errlen) snprintf(err, errlen, "freetext: out of memory");
        return NULL;
    }
    ft->stemmer = sb_stemmer_new("english", NULL);
    if (!ft->stemmer) {
        if (err && errlen) snprintf(err, errlen, "freetext: cannot open the english stemmer");
        free(ft);
        return NULL;
    }
    /* Hunspell_create does not fail on missing files; it would then reject every word. */
    if (file_exists(FT_AFF_PATH) && file_exists(FT_DIC_PATH)) {
        ft->cache = calloc(FT_CACHE_SLOTS, sizeof *ft->cache);
        if (ft->cache) ft->speller = Hunspell_create(FT_AFF_PATH, FT_DIC_PATH);
    }
    return ft;
}

void freetext_close(Freetext *ft)
{
    if (!ft) return;
    if (ft->speller) Hunspell_destroy(ft->speller);
    sb_stemmer_delete(ft->stemmer);
    free(ft->cache);
    free(ft);
}

bool freetext_has_speller(const Freetext *ft)
{
    return ft && ft->speller;
}

void ft_stem(Freetext *ft, const char *word, char *out)
{
    size_t n = strlen(word);
    const sb_symbol *s = sb_stemmer_stem(ft->stemmer, (const sb_symbol *)word, (int)n);
    int len = s ? sb_stemmer_length(ft->stemmer) : -1;
    if (len < 0 || len >= FT_WORD_MAX) { /* out of memory: the word is its own stem */
        memcpy(out, word, n + 1);
        return;
    }
    memcpy(out, s, (size_t)len);
    out[len] = '\0';
}

/* ---- stopwords: sorted for bsearch ---- */

static const char *const stopwords[] = {
    "a",     "about",  "all",   "am",   "an",    "and",   "any",     "are",   "as",   "at",
    "be",    "been",   "being", "but",  "by",    "can",   "could",   "did",   "do",   "does",
    "doing", "for",    "from",  "had",  "has",   "have",  "he",      "her",   "here", "him",
    "his",   "how",    "i",     "if",   "in",    "into",  "is",      "it",    "its",  "just",
    "me",    "might",  "more",  "my",   "of",    "on",    "or",      "our",   "over", "really",
    "she",   "should", "so",    "some", "than",  "that",  "the",     "their", "them", "then",
    "there", "these",  "they",  "this", "those", "to",    "too",     "up",    "us",   "very",
    "was",   "we",     "were",  "what", "when",  "where", "which",   "who",   "whom", "why",
    "will",  "with",   "would", "you",  "your",  "yours", "yourself"};

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

bool ft_is_stopword(const char *word)
{
    return bsearch(&word, stopwords, sizeof stopwords / sizeof *stopwords, sizeof *stopwords,
                   cmp_str) != NULL;
}

/* ---- spelling ---- */

static unsigned hash_word(const char *w)
{
    unsigned h = 2166136261u; /* FNV-1a: short keys, no need for better */
    for (; *w; w++)
        h = (h ^ (unsigned char)*w) * 16777619u;
    return h;
}

/* A suggestion is kept when it is one lowercase ASCII word close to the typed one: Hunspell's
 * n-gram suggestions for junk are far away and would turn gibberish into words. */
static bool usable_suggestion(const char *word, const char *s, char *out)
{
    size_t n = strlen(s);
    if (n == 0 || n >= FT_WORD_MAX) return false;
    for (size_t i = 0; i <= n; i++) {
        char c = s[i];
        if (c && !isalpha((unsigned char)c)) return false;
        out[i] = (char)tolower((unsigned char)c);
    }
    int cap = strlen(word) >= 7 ? 2 : 1; /* two edits only in longer words */
    return text_distance(word, out, cap) <= cap;
}

static bool speller_knows(Hunhandle *h, const char *word)
{
    if (Hunspell_spell(h, word)) return true;
    /* Names are capitalised in the dictionary and the tokeniser lowercases: "keith". */
    char cap[FT_WORD_MAX];
    memcpy(cap, word, strlen(word) + 1);
    cap[0] = (char)toupper((unsigned char)cap[0]);
    if (Hunspell_spell(h, cap)) return true;
    if (strlen(cap) > 5) return false; /* acronyms are short; each look-up costs on junk */
    for (char *c = cap; *c; c++)       /* and acronyms: "ok", "crm" */
        *c = (char)toupper((unsigned char)*c);
    return Hunspell_spell(h, cap) != 0;
}

/* The cache entry for word, checked with Hunspell_spell when new (cheap); suggestions are
 * asked for later, only when needed. NULL never: a full cache is emptied first. */
static FtSpell *spell_entry(Freetext *ft, const char *word)
{
    unsigned mask = FT_CACHE_SLOTS - 1, i = hash_word(word) & mask;
    while (ft->cache[i].used) {
        if (strcmp(ft->cache[i].word, word) == 0) return &ft->cache[i];
        i = (i + 1) & mask;
    }
    if (ft->cached >= FT_CACHE_SLOTS * 3 / 4) { /* full enough: start again, memory bounded */
        memset(ft->cache, 0, FT_CACHE_SLOTS * sizeof *ft->cache);
        ft->cached = 0;
        i = hash_word(word) & mask;
    }
    FtSpell *e = &ft->cache[i];
    memcpy(e->word, word, strlen(word) + 1);
    e->used = true;
    e->suggested = false;
    e->nsugg = 0;
    ft->cached++;
    e->correct = speller_knows(ft->speller, word);
    return e;
}

/* Hunspell_suggest costs tens of milliseconds a call on en_US (its n-gram pass), so a reply
 * gets at most FT_SUGGEST_CALLS of them; the answers are cached. */
static void ask_suggestions(Freetext *ft, FtSpell *e)
{
    if (e->suggested || ft->suggest_calls >= FT_SUGGEST_CALLS) return;
    ft->suggest_calls++;
    e->suggested = true;
    char **list = NULL;
    int n = Hunspell_suggest(ft->speller, &list, e->word);
    for (int i = 0; i < n && e->nsugg < FT_SUGG_KEEP; i++)
        if (usable_suggestion(e->word, list[i], e->sugg[e->nsugg])) e->nsugg++;
    if (list) Hunspell_free_list(ft->speller, &list, n);
}

/* Typos seldom touch the first letter; comparing only such words keeps the search cheap. */
static bool same_start(const char *a, const char *b)
{
    return a[0] == b[0] || (a[0] == b[1] && a[1] == b[0]);
}

/* The closest of the index's words, then of the coder's cue words, within the typo distance:
 * fast, and it knows the names and jargon of the scenario that the dictionary lacks. */
static bool nearest_known(const FtIndex *ix, const char *word, char *out)
{
    int cap = strlen(word) >= 7 ? 2 : 1; /* two edits only in longer words */
    int bestd = cap + 1;
    for (int i = 0, n = ix ? ft_index_word_count(ix) : 0; i < n && bestd > 1; i++) {
        const char *w = ft_index_word(ix, i);
        if (!same_start(word, w)) continue;
        int d = text_distance(word, w, cap);
        if (d < bestd) {
            bestd = d;
            snprintf(out, FT_WORD_MAX, "%s", w);
        }
    }
    return bestd <= cap || ft_coder_nearest(word, cap, out);
}

/* Whether some index word is within the typo distance of word, whatever its first letter. */
static bool index_near(const FtIndex *ix, const char *word)
{
    int cap = strlen(word) >= 7 ? 2 : 1;
    for (int i = 0, n = ix ? ft_index_word_count(ix) : 0; i < n; i++)
        if (text_distance(word, ft_index_word(ix, i), cap) <= cap) return true;
    return false;
}

static bool all_letters(const char *w)
{
    for (; *w; w++)
        if (!isalpha((unsigned char)*w)) return false;
    return true;
}

/* Without the dictionary a word is taken as known when it looks pronounceable (a vowel). */
static bool looks_like_word(const char *w)
{
    return strpbrk(w, "aeiouy0123456789") != NULL;
}

/* Corrects word in place when the speller thinks it misspelt; true when it is a known word. */
static bool correct_word(Freetext *ft, char *word, const FtIndex *ix)
{
    char stem[FT_WORD_MAX];
    ft_stem(ft, word, stem);
    if (ft_is_stopword(word) || (ix && ft_index_has_stem(ix, stem))) return true;
    if (!all_letters(word)) return true; /* numbers are known words */
    if (!ft->speller) return looks_like_word(word);
    size_t n = strlen(word);
    if (n > FT_SPELL_MAX) return false;
    FtSpell *e = spell_entry(ft, word);
    if (e->correct) return true;
    if (n < FT_SPELL_MIN) return false;
    if (ft->corrections >= FT_CORRECTIONS) return false;
    ft->corrections++;
    char fix[FT_WORD_MAX];
    if (nearest_known(ix, word, fix)) {
        memcpy(word, fix, strlen(fix) + 1);
        return true;
    }
    /* Hunspell's own suggestions are slow (tens of ms) and matter only when they lead to one
     * of the choices' words: asked for only when some index word is that close to the typed
     * one with another first letter ("jeith"). The cue words were tried above. */
    if (!index_near(ix, word)) return false;
    ask_suggestions(ft, e);
    if (e->nsugg == 0) return false;
    int pick = 0; /* the first suggestion the choices use, else the speller's first */
    for (int i = 0; ix && i < e->nsugg; i++) {
        ft_stem(ft, e->sugg[i], stem);
        if (ft_index_has_stem(ix, stem)) {
            pick = i;
            break;
        }
    }
    memcpy(word, e->sugg[pick], strlen(e->sugg[pick]) + 1);
    return true;
}

/* ---- contractions ---- */

static const char *const is_bases[] = {
    "it",  "that", "what", "there", "here",       "he",      "she",       "who",      "where",
    "how", "why",  "when", "this",  "everything", "nothing", "something", "everyone", "someone"};

static bool in_list(const char *w, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(w, list[i]) == 0) return true;
    return false;
}

/* Splits a word with an apostrophe into the words it stands for ("you're" -> you, are;
 * "don't" -> do, not; "keith's" -> keith), so rules read "you are", "do not". Returns how many
 * words went to out (at most 2). */
static int expand_contraction(const char *w, char out[2][FT_WORD_MAX])
{
    static const struct {
        const char *suffix, *word;
    } tails[] = {{"'re", "are"}, {"'ve", "have"}, {"'ll", "will"}, {"'m", "am"}, {"'d", "would"}};
    static const struct {
        const char *whole, *a, *b;
    } odd[] = {{"can't", "can", "not"}, {"won't", "will", "not"}, {"shan't", "shall", "not"},
               {"ain't", "is", "not"},  {"let's", "let", "us"},   {"y'all", "you", "all"}};
    size_t n = strlen(w);
    for (size_t i = 0; i < sizeof odd / sizeof *odd; i++)
        if (strcmp(w, odd[i].whole) == 0) {
            snprintf(out[0], FT_WORD_MAX, "%s", odd[i].a);
            snprintf(out[1], FT_WORD_MAX, "%s", odd[i].b);
            return 2;
        }
    if (n > 3 && strcmp(w + n - 3, "n't") == 0) {
        snprintf(out[0], FT_WORD_MAX, "%.*s", (int)(n - 3), w);
        snprintf(out[1], FT_WORD_MAX, "not");
        return 2;
    }
    for (size_t i = 0; i < sizeof tails / sizeof *tails; i++) {
        size_t k = strlen(tails[i].suffix);
        if (n > k && strcmp(w + n - k, tails[i].suffix) == 0) {
            snprintf(out[0], FT_WORD_MAX, "%.*s", (int)(n - k), w);
            snprintf(out[1], FT_WORD_MAX, "%s", tails[i].word);
            return 2;
        }
    }
    if (n > 2 && strcmp(w + n - 2, "'s") == 0) {
        snprintf(out[0], FT_WORD_MAX, "%.*s", (int)(n - 2), w);
        if (!in_list(out[0], is_bases, sizeof is_bases / sizeof *is_bases)) return 1;
        snprintf(out[1], FT_WORD_MAX, "is"); /* "it's" is "it is"; "keith's" is a possessive */
        return 2;
    }
    /* Anything else ("o'clock", "rock'n'roll"): the apostrophes go. */
    size_t j = 0;
    for (size_t i = 0; i < n; i++)
        if (w[i] != '\'') out[0][j++] = w[i];
    out[0][j] = '\0';
    return j ? 1 : 0;
}

/* Contractions typed without their apostrophe ("dont", "youre", "whats") are not words; read
 * as if the apostrophe were there, so the speller does not turn "youre" into "your". Forms that
 * are words of their own ("its", "ill", "were", "well", "wont") are left alone, except "lets"
 * "ill" and "id" opening a clause ("lets just drop it", "ok ill send it", "id suggest"). */
static const char *bare_contraction(const char *w, bool clause_start)
{
    static const char *const bare[][2] = {
        {"arent", "aren't"},   {"cant", "can't"},     {"couldnt", "couldn't"},
        {"didnt", "didn't"},   {"doesnt", "doesn't"}, {"dont", "don't"},
        {"hadnt", "hadn't"},   {"hasnt", "hasn't"},   {"havent", "haven't"},
        {"hes", "he's"},       {"im", "i'm"},         {"isnt", "isn't"},
        {"ive", "i've"},       {"shes", "she's"},     {"shouldnt", "shouldn't"},
        {"thats", "that's"},   {"theres", "there's"}, {"theyre", "they're"},
        {"theyve", "they've"}, {"wasnt", "wasn't"},   {"werent", "weren't"},
        {"whats", "what's"},   {"whos", "who's"},     {"wouldnt", "wouldn't"},
        {"youd", "you'd"},     {"youll", "you'll"},   {"youre", "you're"},
        {"youve", "you've"},   {"wheres", "where's"}, {"heres", "here's"},
        {"hows", "how's"},     {"whens", "when's"},   {"whys", "why's"}};
    for (size_t i = 0; i < sizeof bare / sizeof *bare; i++)
        if (strcmp(w, bare[i][0]) == 0) return bare[i][1];
    if (!clause_start) return NULL;
    return strcmp(w, "lets") == 0  ? "let's"
           : strcmp(w, "ill") == 0 ? "i'll"
           : strcmp(w, "id") == 0  ? "i'd"
                                   : NULL;
}

/* ---- texting ---- */

/* Words as typed on a phone ("u", "ur", "idk"), read as the words they stand for, so the coder's
 * cues and the choices' words see "you", "your". One to three words each. */
static const char *const texting[][2] = {
    {"u", "you"},
    {"ya", "you"},
    {"r", "are"},
    {"ull", "you'll"},
    {"ud", "you'd"},
    {"uve", "you've"},
    {"urself", "yourself"},
    {"thru", "through"},
    {"tho", "though"},
    {"pls", "please"},
    {"plz", "please"},
    {"cuz", "because"},
    {"coz", "because"},
    {"cos", "because"},
    {"bc", "because"},
    {"idk", "i don't know"},
    {"dunno", "don't know"},
    {"rn", "right now"},
    {"gonna", "going to"},
    {"wanna", "want to"},
    {"gotta", "got to"},
    {"ppl", "people"},
    {"thx", "thanks"},
    {"np", "no problem"},
    {"n", "and"},
};

/* Words after which "ur" is "you're" rather than "your": a verb in -ing, or a word that
 * describes the client ("ur not", "ur the one", "ur being"). */
static const char *const you_are_next[] = {
    "the",        "a",        "an",          "not",        "so",       "really",  "right",
    "wrong",      "clearly",  "obviously",   "still",      "just",     "already", "only",
    "probably",   "too",      "way",         "very",       "quite",    "pretty",  "allowed",
    "welcome",    "entitled", "responsible", "sure",       "unsure",   "certain", "scared",
    "afraid",     "tired",    "exhausted",   "worried",    "stressed", "upset",   "angry",
    "frustrated", "nervous",  "good",        "great",      "fine",     "ok",      "okay",
    "happy",      "ready",    "able",        "busy",       "free",     "new",     "here",
    "there",      "back",     "out",         "up",         "off",      "done",    "doing",
    "in",         "on",       "at",          "under",      "over",     "between", "about",
    "like",       "bracing",  "expecting",   "definitely", "totally",  "kind",    "sort",
    "both",       "one",      "stuck",       "never",      "always",   "also",
};

/* The next word of s from i on (letters and digits, lower-cased), "" at the end. */
static void peek_word(const unsigned char *s, size_t i, size_t n, char *out, size_t size)
{
    while (i < n && !isalnum(s[i]) && s[i] != '.' && s[i] != '?' && s[i] != '!')
        i++;
    size_t k = 0;
    while (i < n && isalnum(s[i]) && k + 1 < size)
        out[k++] = (char)tolower(s[i++]);
    out[k] = '\0';
}

/* What a typed word stands for: itself, or its texting expansion. */
static const char *untext(const char *word, const unsigned char *s, size_t i, size_t n)
{
    if (strcmp(word, "ur") == 0) {
        char next[FT_WORD_MAX];
        peek_word(s, i, n, next, sizeof next);
        size_t len = strlen(next);
        bool are = len > 4 && strcmp(next + len - 3, "ing") == 0;
        for (size_t k = 0; !are && k < sizeof you_are_next / sizeof *you_are_next; k++)
            are = strcmp(next, you_are_next[k]) == 0;
        return are ? "you're" : "your";
    }
    for (size_t k = 0; k < sizeof texting / sizeof *texting; k++)
        if (strcmp(word, texting[k][0]) == 0) return texting[k][1];
    return word;
}

/* ---- the tokeniser ---- */

static void push_word(Freetext *ft, FtTokens *t, const char *word, bool known)
{
    if (t->ntok >= FT_MAX_TOKENS || !word[0]) return;
    FtToken *k = &t->tok[t->ntok++];
    snprintf(k->word, FT_WORD_MAX, "%s", word);
    ft_stem(ft, k->word, k->stem);
    k->known = known;
    t->utt[t->nutt].count++;
}

/* after_comma: a comma (or dash, colon) came between this word and the one before, which
 * starts a clause as much as "and" does ("no rush, ill wait"). */
static void emit_word(Freetext *ft, FtTokens *t, char *word, const FtIndex *ix, bool correct,
                      bool after_comma)
{
    const FtUtterance *u = &t->utt[t->nutt];
    const char *prev = u->count ? t->tok[t->ntok - 1].word : "";
    bool clause_start = !u->count || after_comma || !strcmp(prev, "ok") || !strcmp(prev, "okay") ||
                        !strcmp(prev, "so") || !strcmp(prev, "and") || !strcmp(prev, "but");
    const char *full = strchr(word, '\'') ? NULL : bare_contraction(word, clause_start);
    if (full) snprintf(word, FT_WORD_MAX, "%s", full);
    if (!correct) {
        char parts[2][FT_WORD_MAX];
        int n = strchr(word, '\'') ? expand_contraction(word, parts) : 1;
        if (n == 1 && !strchr(word, '\'')) snprintf(parts[0], FT_WORD_MAX, "%s", word);
        for (int i = 0; i < n; i++)
            push_word(ft, t, parts[i], true);
        return;
    }
    if (!strchr(word, '\'')) {
        bool known = correct_word(ft, word, ix);
        push_word(ft, t, word, known);
        return;
    }
    char parts[2][FT_WORD_MAX];
    int n = expand_contraction(word, parts);
    for (int i = 0; i < n; i++) {
        bool known = ft_is_stopword(parts[i]) || strcmp(parts[i], "not") == 0 ||
                     correct_word(ft, parts[i], ix);
        push_word(ft, t, parts[i], known);
    }
}

/* Closes the current utterance at a terminator; "What??" marks the one before. */
static void end_utterance(FtTokens *t, char term)
{
    FtUtterance *u = &t->utt[t->nutt];
    if (u->count == 0) {
        if (term == '?' && t->nutt > 0 &&
            t->utt[t->nutt - 1].first + t->utt[t->nutt - 1].count == t->ntok)
            t->utt[t->nutt - 1].question = true;
        return;
    }
    u->question = term == '?';
    if (t->nutt + 1 >= FT_MAX_UTTS) return; /* the rest joins this one */
    t->nutt++;
    t->utt[t->nutt] = (FtUtterance){t->ntok, 0, false};
}

static bool is_word_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* Length of an apostrophe at s (' or U+2019 as E2 80 99), 0 when there is none. */
static size_t apostrophe_at(const unsigned char *s, size_t left)
{
    if (left >= 1 && s[0] == '\'') return 1;
    if (left >= 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0x99) return 3;
    return 0;
}

static bool is_terminator(const unsigned char *s, size_t i, size_t n)
{
    unsigned char c = s[i];
    if (c == '?' || c == '!' || c == ';' || c == '\n') return true;
    /* "38.5" is one number, not two sentences. */
    return c == '.' && !(i > 0 && isdigit(s[i - 1]) && i + 1 < n && isdigit(s[i + 1]));
}

const FtTokens *ft_tokenize(Freetext *ft, const char *reply, const FtIndex *ix, bool correct)
{
    FtTokens *t = &ft->scratch;
    t->ntok = 0;
    t->nutt = 0;
    t->utt[0] = (FtUtterance){0, 0, false};
    ft->suggest_calls = 0;
    ft->corrections = 0;
    const unsigned char *s = (const unsigned char *)(reply ? reply : "");
    size_t n = strnlen((const char *)s, FREETEXT_MAX_BYTES);
    char word[FT_WORD_MAX];
    size_t len = 0;
    bool comma = false; /* a comma since the last word */
    for (size_t i = 0; i <= n && t->ntok < FT_MAX_TOKENS; i++) {
        if (i < n && is_word_char(s[i])) {
            if (len < FT_WORD_MAX - 1) word[len++] = (char)tolower(s[i]);
            continue;
        }
        size_t ap = i < n ? apostrophe_at(s + i, n - i) : 0;
        if (ap && len > 0 && i + ap < n && isalpha(s[i + ap]) && len < FT_WORD_MAX - 1) {
            word[len++] = '\''; /* in-word apostrophe: normalised to ' */
            i += ap - 1;
            continue;
        }
        if (len > 0) {
            word[len] = '\0';
            const char *full = untext(word, s, i, n);
            if (full == word) {
                emit_word(ft, t, word, ix, correct, comma);
            } else { /* each word of the expansion, as if typed */
                for (const char *p = full; *p;) {
                    size_t k = strcspn(p, " ");
                    char part[FT_WORD_MAX];
                    snprintf(part, sizeof part, "%.*s", (int)k, p);
                    emit_word(ft, t, part, ix, correct, comma && p == full);
                    p += k + (p[k] == ' ');
                }
            }
            comma = false;
            len = 0;
        }
        if (i < n && (s[i] == ',' || s[i] == ':' || s[i] == '-')) comma = true;
        if (i < n && is_terminator(s, i, n)) end_utterance(t, (char)s[i]);
    }
    if (t->utt[t->nutt].count > 0) t->nutt++; /* the last utterance had no terminator */
    return t;
}
