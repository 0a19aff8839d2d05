/* freetext: a trainee's typed reply, coded like MITI and matched to the choices on offer
 * (issue 15). Tokens are stemmed with Snowball (libstemmer) and misspellings corrected with
 * Hunspell's English dictionary; the coder is a list of readable rules over those tokens; the
 * matcher ranks choices by BM25 over each choice's words and the educator's paraphrases, and
 * by agreement between the reply's code and the choice's. No Lua, no SDL, nothing downloaded:
 * everything works offline from Debian's packages. */
#ifndef RAPPORT_FREETEXT_H
#define RAPPORT_FREETEXT_H
#include <stdbool.h>
#include <stddef.h>

#include "../core/scenario.h"

#define FREETEXT_MAX_BYTES 2000 /* a reply is cut here (at a character boundary) */
#define FREETEXT_MAX_CODES 8    /* utterances coded in one reply */
#define FREETEXT_SHOW 3         /* the closest choices offered when not confident */

typedef struct Freetext Freetext; /* stemmer, speller and their caches: one per thread */

/* Opens the stemmer and, when the dictionary is installed (hunspell-en-us), the speller.
 * NULL with a one-line message in err when the stemmer cannot be opened. */
Freetext *freetext_open(char *err, size_t errlen);
void freetext_close(Freetext *ft);
bool freetext_has_speller(const Freetext *ft);

/* The coded reply: one MITI code per utterance, in order, and the reply's principal code
 * (the one the turn counts as; freetext_principal). MITI_NONE when nothing is codable (empty,
 * gibberish). `open` says whether the principal question is open, when it is MITI_Q. */
typedef struct FtCode {
    unsigned char codes[FREETEXT_MAX_CODES];
    int ncodes;
    Miti principal;
    bool open;
} FtCode;

/* Codes a reply (any bytes: invalid UTF-8, control characters and very long text are safe). */
void freetext_code(Freetext *ft, const char *reply, FtCode *out);
/* The principal code of a list of utterance codes: Confront > Persuade > PWP > CR > SR > AF >
 * Emphasize > Seek > GI > Q, MITI_NONE for an empty list. A choice's codes go through the same
 * rule, so a reply and a choice are compared alike. */
Miti freetext_principal(const unsigned char *codes, int n);

/* What kind of question a choice asks, when its move says so (FtDoc.question). */
enum { FT_ASKS_UNSAID = 0, FT_ASKS_OPEN = 1, FT_ASKS_CLOSED = 2 };

/* One choice as the matcher sees it: its words (as the trainee would read them), the
 * educator's paraphrases, its MITI codes and the kind of question its move asks
 * (FT_ASKS_UNSAID: the coder reads its words). */
typedef struct FtDoc {
    const char *text;
    const char *const *paraphrases;
    int nparaphrases;
    const unsigned char *codes;
    int ncodes;
    int question;
} FtDoc;

/* Term statistics over every choice of a scenario (IDF is computed over all of them, so a
 * node with three choices still knows which words are rare). Built once per scenario. */
typedef struct FtIndex FtIndex;
FtIndex *freetext_index(Freetext *ft, const FtDoc *docs, int ndocs);
void freetext_index_free(FtIndex *ix);

/* Where the thresholds sit; freetext_tuning_default() holds the calibrated defaults
 * (`rapport calibrate` reports how they do and can try others). */
typedef struct FtTuning {
    double confident;   /* top score at or above which, with the margin, the match is taken */
    double margin;      /* lead over the second choice needed to be confident */
    double floor;       /* below this nothing fits: the reply is unmatched */
    double code_weight; /* how much agreement of codes adds to the word score */
} FtTuning;
FtTuning freetext_tuning_default(void);

typedef enum FtVerdict {
    FT_CONFIDENT, /* play best[0] and say "Taken as: ..." */
    FT_ASK,       /* show best[0..nbest-1] and let the trainee pick or rephrase */
    FT_UNMATCHED  /* nothing fits: the node's unmatched line; the turn counts as `code` */
} FtVerdict;

typedef struct FtMatch {
    FtCode code;
    int best[FREETEXT_SHOW];     /* indices into `offered`, best first */
    double score[FREETEXT_SHOW]; /* 0..1 */
    int nbest;
    double confidence; /* 0..1: what the verdict was decided from */
    FtVerdict verdict;
} FtMatch;

/* Matches a reply against the offered choices (indices into the docs the index was built
 * from). tuning NULL: the defaults. Never fails; an empty or unreadable reply is unmatched. */
void freetext_match(Freetext *ft, const FtIndex *ix, const char *reply, const int *offered,
                    int noffered, const FtTuning *tuning, FtMatch *out);

/* Pairs of choices too similar in words to tell apart from typed text (lint): the similarity
 * of docs a and b, 0..1. */
double freetext_similarity(Freetext *ft, const FtIndex *ix, int a, int b);

#endif
