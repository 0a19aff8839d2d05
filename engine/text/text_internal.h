/* text_internal: what the files of engine/text share and nobody else sees: the tokenised reply
 * (tokens.c), the coder over it (coder.c) and the index's vocabulary look-up (match.c). */
#ifndef RAPPORT_TEXT_INTERNAL_H
#define RAPPORT_TEXT_INTERNAL_H
#include <stdbool.h>
#include <stddef.h>

#include "freetext.h"

#define FT_WORD_MAX 32    /* a word longer than 31 letters is cut: no English word needs more */
#define FT_MAX_TOKENS 400 /* tokens kept from one reply (2,000 bytes rarely hold more) */
#define FT_MAX_UTTS 64    /* utterances split from one reply; the rest joins the last one */

typedef struct FtToken {
    char word[FT_WORD_MAX]; /* lowercase, corrected, contractions expanded */
    char stem[FT_WORD_MAX]; /* Snowball english stem of word */
    bool known;             /* a dictionary word (or stopword, number, index word) */
} FtToken;

typedef struct FtUtterance {
    int first, count; /* tokens [first, first + count) */
    bool question;    /* ended with '?' */
} FtUtterance;

typedef struct FtTokens {
    FtToken tok[FT_MAX_TOKENS];
    int ntok;
    FtUtterance utt[FT_MAX_UTTS];
    int nutt;
} FtTokens;

/* Tokenises reply into ft's scratch tokens and returns them (valid until the next call).
 * Misspellings are corrected when correct is set (a reply, not a choice's own words); ix, when
 * not NULL, steers corrections towards the index's words and exempts them. */
const FtTokens *ft_tokenize(Freetext *ft, const char *reply, const FtIndex *ix, bool correct);

/* The Snowball stem of a lowercase word into out (FT_WORD_MAX bytes). */
void ft_stem(Freetext *ft, const char *word, char *out);

/* Words that carry no matching weight (articles, pronouns, auxiliaries); negations are not
 * among them because "do" and "do not" are different choices. */
bool ft_is_stopword(const char *word);

/* Whether the index's vocabulary holds this stem (match.c). */
bool ft_index_has_stem(const FtIndex *ix, const char *stem);

/* The index's content words, as typed in the choices and paraphrases (match.c). */
int ft_index_word_count(const FtIndex *ix);
const char *ft_index_word(const FtIndex *ix, int i);

/* The closest word of the coder's cue phrases to word within cap edits (same first letter), so
 * a misspelt cue is still recognised; false when none is that close (coder.c). */
bool ft_coder_nearest(const char *word, int cap, char *out);

/* Codes tokenised text (coder.c). */
void ft_code_tokens(const FtTokens *t, FtCode *out);

#endif
