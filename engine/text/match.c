/* match: the index of a scenario's choices (stems, document frequencies, one field per choice
 * text and per paraphrase) and the matcher that ranks the offered choices for a typed reply by
 * BM25 over content stems plus agreement of MITI codes, and decides confident / ask / unmatched.
 * Also the choice-to-choice similarity the linter uses. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "text_internal.h"

/* Knobs that are not in FtTuning: named here so calibration can find them. */
#define FT_BM25_K1 1.2       /* term-frequency saturation */
#define FT_BM25_B 0.75       /* length normalisation */
#define FT_QUERY_SHARE 0.5   /* word score = qcov^share * fcov^(1-share) (reply vs choice side) */
#define FT_FAMILY_CREDIT 0.5 /* code agreement credit for SR/CR, Q/Seek, PWP/Persuade pairs */
#define FT_CODE_MIN_WORD 0.1 /* codes agree for nothing unless the words agree at least this */
#define FT_ASK_KEEP 0.6      /* an ASK candidate scores at least this share of the best */

typedef struct FtField {
    int *term; /* vocabulary ids, unique */
    int *tf;   /* their counts */
    int nterm;
    int len; /* content tokens */
} FtField;

typedef struct FtDocRep {
    int first, nfield; /* fields [first, first + nfield): the text, then each paraphrase */
    Miti principal;
    signed char qopen; /* the choice's text asks an open question 1, a closed one 0, neither -1 */
} FtDocRep;

struct FtIndex {
    int ndocs;
    FtDocRep *docs;
    FtField *fields;
    int nfields;
    double avglen;
    /* vocabulary: stems with document frequencies, open-addressing hash of ids */
    char (*stem)[FT_WORD_MAX];
    int *df;
    int *last_doc; /* while building: the last doc that counted towards df */
    int nvocab, capvocab;
    int *slot; /* nslot entries, -1 empty */
    unsigned nslot;
    /* the content words as written, for spelling correction towards them */
    char (*word)[FT_WORD_MAX];
    int nword, capword;
};

/* Calibrated on the dev half of tests/freetext/eval.tsv (rapport calibrate --half dev, with
 * --confident 0.30-0.45, --margin 0.06-0.12, --floor 0.12-0.22, --code-weight 0.15-0.40):
 * confident 0.35 takes 87% of the replies that have a match at once, against 74% at 0.45,
 * while wrong confident matches stay at 3.7% of all replies (target: at most 5%). */
FtTuning freetext_tuning_default(void)
{
    return (FtTuning){.confident = 0.35, .margin = 0.12, .floor = 0.18, .code_weight = 0.25};
}

/* ---- vocabulary ---- */

static unsigned hash_stem(const char *w)
{
    unsigned h = 2166136261u;
    for (; *w; w++)
        h = (h ^ (unsigned char)*w) * 16777619u;
    return h;
}

static int vocab_find(const FtIndex *ix, const char *stem)
{
    if (!ix || !ix->nslot) return -1;
    unsigned i = hash_stem(stem) & (ix->nslot - 1);
    while (ix->slot[i] >= 0) {
        if (strcmp(ix->stem[ix->slot[i]], stem) == 0) return ix->slot[i];
        i = (i + 1) & (ix->nslot - 1);
    }
    return -1;
}

bool ft_index_has_stem(const FtIndex *ix, const char *stem)
{
    return vocab_find(ix, stem) >= 0;
}

static bool vocab_rehash(FtIndex *ix, unsigned nslot)
{
    int *slot = malloc(nslot * sizeof *slot);
    if (!slot) return false;
    for (unsigned i = 0; i < nslot; i++)
        slot[i] = -1;
    for (int id = 0; id < ix->nvocab; id++) {
        unsigned i = hash_stem(ix->stem[id]) & (nslot - 1);
        while (slot[i] >= 0)
            i = (i + 1) & (nslot - 1);
        slot[i] = id;
    }
    free(ix->slot);
    ix->slot = slot;
    ix->nslot = nslot;
    return true;
}

/* The id of stem, added when new; -1 when out of memory. */
static int vocab_add(FtIndex *ix, const char *stem)
{
    int id = vocab_find(ix, stem);
    if (id >= 0) return id;
    if (ix->nvocab == ix->capvocab) {
        int cap = ix->capvocab ? ix->capvocab * 2 : 256;
        char(*s)[FT_WORD_MAX] = realloc(ix->stem, (size_t)cap * sizeof *s);
        if (!s) return -1;
        ix->stem = s;
        int *df = realloc(ix->df, (size_t)cap * sizeof *df);
        if (!df) return -1;
        ix->df = df;
        int *last = realloc(ix->last_doc, (size_t)cap * sizeof *last);
        if (!last) return -1;
        ix->last_doc = last;
        ix->capvocab = cap;
    }
    if ((unsigned)(ix->nvocab + 1) * 2 > ix->nslot &&
        !vocab_rehash(ix, ix->nslot ? ix->nslot * 2 : 512))
        return -1;
    id = ix->nvocab++;
    memcpy(ix->stem[id], stem, FT_WORD_MAX);
    ix->df[id] = 0;
    ix->last_doc[id] = -1;
    unsigned i = hash_stem(stem) & (ix->nslot - 1);
    while (ix->slot[i] >= 0)
        i = (i + 1) & (ix->nslot - 1);
    ix->slot[i] = id;
    return id;
}

int ft_index_word_count(const FtIndex *ix)
{
    return ix ? ix->nword : 0;
}

const char *ft_index_word(const FtIndex *ix, int i)
{
    return ix->word[i];
}

/* Remembers a content word once (index building only: a linear search is fine there). */
static bool word_add(FtIndex *ix, const char *w)
{
    if (strlen(w) < 3) return true;
    for (int i = 0; i < ix->nword; i++)
        if (strcmp(ix->word[i], w) == 0) return true;
    if (ix->nword == ix->capword) {
        int cap = ix->capword ? ix->capword * 2 : 256;
        char(*s)[FT_WORD_MAX] = realloc(ix->word, (size_t)cap * sizeof *s);
        if (!s) return false;
        ix->word = s;
        ix->capword = cap;
    }
    memcpy(ix->word[ix->nword++], w, FT_WORD_MAX);
    return true;
}

/* ---- fields ---- */

/* Whether a token carries matching weight: stopwords do not, negations do. */
static bool is_content(const FtToken *k)
{
    return !ft_is_stopword(k->word);
}

/* Fills f with the content stems of t (ids from the vocabulary, added when add is set; -1 for
 * stems it does not hold). False when out of memory. */
static bool field_from_tokens(FtIndex *ix, const FtTokens *t, bool add, FtField *f)
{
    memset(f, 0, sizeof *f);
    f->term = malloc((size_t)(t->ntok + 1) * sizeof *f->term);
    f->tf = malloc((size_t)(t->ntok + 1) * sizeof *f->tf);
    if (!f->term || !f->tf) return false;
    for (int i = 0; i < t->ntok; i++) {
        if (!is_content(&t->tok[i])) continue;
        int id = add ? vocab_add(ix, t->tok[i].stem) : vocab_find(ix, t->tok[i].stem);
        if (add && (id < 0 || !word_add(ix, t->tok[i].word))) return false;
        f->len++;
        int j = 0;
        while (j < f->nterm && (f->term[j] != id || id < 0))
            j++;
        if (j == f->nterm) {
            f->term[f->nterm] = id;
            f->tf[f->nterm++] = 0;
        }
        f->tf[j]++;
    }
    return true;
}

static void field_free(FtField *f)
{
    free(f->term);
    free(f->tf);
}

void freetext_index_free(FtIndex *ix)
{
    if (!ix) return;
    for (int i = 0; i < ix->nfields; i++)
        field_free(&ix->fields[i]);
    free(ix->fields);
    free(ix->docs);
    free(ix->stem);
    free(ix->df);
    free(ix->last_doc);
    free(ix->slot);
    free(ix->word);
    free(ix);
}

static bool index_doc(Freetext *ft, FtIndex *ix, const FtDoc *d, int di)
{
    FtDocRep *rep = &ix->docs[di];
    rep->first = ix->nfields;
    rep->nfield = 0;
    int np = d->paraphrases && d->nparaphrases > 0 ? d->nparaphrases : 0;
    for (int p = -1; p < np; p++) {
        const char *text = p < 0 ? d->text : d->paraphrases[p];
        FtField *f = &ix->fields[ix->nfields++];
        if (!field_from_tokens(ix, ft_tokenize(ft, text ? text : "", NULL, false), true, f))
            return false;
        rep->nfield++;
        for (int j = 0; j < f->nterm; j++)
            if (ix->last_doc[f->term[j]] != di) {
                ix->last_doc[f->term[j]] = di;
                ix->df[f->term[j]]++;
            }
    }
    FtCode c; /* the choice's own words, coded as a reply would be */
    freetext_code(ft, d->text ? d->text : "", &c);
    rep->principal =
        d->codes && d->ncodes > 0 ? freetext_principal(d->codes, d->ncodes) : c.principal;
    rep->qopen = rep->principal != MITI_Q        ? -1
                 : d->question == FT_ASKS_OPEN   ? 1
                 : d->question == FT_ASKS_CLOSED ? 0
                 : c.principal == MITI_Q         ? (signed char)c.open
                                                 : -1;
    return true;
}

FtIndex *freetext_index(Freetext *ft, const FtDoc *docs, int ndocs)
{
    if (!ft || ndocs < 0 || (ndocs > 0 && !docs)) return NULL;
    FtIndex *ix = calloc(1, sizeof *ix);
    if (!ix) return NULL;
    int nfields = 0;
    for (int i = 0; i < ndocs; i++)
        nfields += 1 + (docs[i].paraphrases && docs[i].nparaphrases > 0 ? docs[i].nparaphrases : 0);
    ix->docs = calloc((size_t)ndocs + 1, sizeof *ix->docs);
    ix->fields = calloc((size_t)nfields + 1, sizeof *ix->fields);
    if (!ix->docs || !ix->fields) {
        freetext_index_free(ix);
        return NULL;
    }
    ix->ndocs = ndocs;
    long total = 0;
    for (int i = 0; i < ndocs; i++)
        if (!index_doc(ft, ix, &docs[i], i)) {
            freetext_index_free(ix);
            return NULL;
        }
    for (int i = 0; i < ix->nfields; i++)
        total += ix->fields[i].len;
    ix->avglen = ix->nfields ? (double)total / ix->nfields : 1.0;
    if (ix->avglen < 1.0) ix->avglen = 1.0;
    return ix;
}

/* ---- scoring ---- */

static double idf(const FtIndex *ix, int id)
{
    double df = id >= 0 ? ix->df[id] : 0.0, n = ix->ndocs;
    return log(1.0 + (n - df + 0.5) / (df + 0.5));
}

static double bm25_term(const FtIndex *ix, double tf, double len)
{
    double norm = 1.0 - FT_BM25_B + FT_BM25_B * len / ix->avglen;
    return tf * (FT_BM25_K1 + 1.0) / (tf + FT_BM25_K1 * norm);
}

static int field_tf(const FtField *f, int id)
{
    for (int j = 0; id >= 0 && j < f->nterm; j++)
        if (f->term[j] == id) return f->tf[j];
    return 0;
}

/* The reply's word score against one field, 0..1: the BM25 score over the reply's self-score
 * (how much of the reply the field explains) combined with the share of the field's idf mass
 * the reply covers (how much of the field the reply says). */
static double word_score(const FtIndex *ix, const FtField *q, const FtField *f)
{
    double bm = 0, self = 0, fhit = 0, fall = 0;
    for (int j = 0; j < q->nterm; j++) {
        double w = idf(ix, q->term[j]);
        int tf = field_tf(f, q->term[j]);
        self += w * bm25_term(ix, q->tf[j], q->len);
        if (tf) bm += w * bm25_term(ix, tf, f->len);
    }
    for (int j = 0; j < f->nterm; j++) {
        double w = idf(ix, f->term[j]);
        fall += w;
        if (field_tf(q, f->term[j])) fhit += w;
    }
    if (self <= 0 || fall <= 0 || bm <= 0) return 0.0;
    double qcov = fmin(1.0, bm / self), fcov = fhit / fall;
    return pow(qcov, FT_QUERY_SHARE) * pow(fcov, 1.0 - FT_QUERY_SHARE);
}

static int code_family(Miti m)
{
    switch (m) {
    case MITI_SR:
    case MITI_CR:
        return 1;
    case MITI_Q:
    case MITI_SEEK:
        return 2;
    case MITI_PWP:
    case MITI_PERSUADE:
        return 3;
    default:
        return 0;
    }
}

static double code_agreement_of(Miti reply, Miti doc)
{
    if (reply == doc) return 1.0;
    return code_family(reply) && code_family(reply) == code_family(doc) ? FT_FAMILY_CREDIT : 0.0;
}

/* How far the reply's code agrees with the choice's (-0.5 to 1). A closed question asked where
 * the choice asks an open one (or the reverse) is another move on the same content, so it
 * counts against the match: "Are you going to the lunch?" is not "How do you feel about the
 * lunch?". */
static double code_agreement(const FtCode *reply, const FtDocRep *doc)
{
    if (reply->principal == MITI_NONE || doc->principal == MITI_NONE) return 0.0;
    if (reply->principal == MITI_Q && doc->qopen >= 0 && reply->open != (doc->qopen == 1))
        return -FT_FAMILY_CREDIT;
    return code_agreement_of(reply->principal, doc->principal);
}

/* A choice's score: the best word score over its text and paraphrases, plus code agreement,
 * kept in 0..1. */
static double doc_score(const FtIndex *ix, const FtField *q, const FtCode *code, int d, double cw)
{
    const FtDocRep *rep = &ix->docs[d];
    double word = 0;
    for (int i = 0; i < rep->nfield; i++)
        word = fmax(word, word_score(ix, q, &ix->fields[rep->first + i]));
    double agree = word >= FT_CODE_MIN_WORD ? code_agreement(code, rep) : 0.0;
    return fmax(0.0, (word + cw * agree) / (1.0 + cw));
}

/* Inserts (idx, s) into the best-first top list. */
static void keep_top(FtMatch *out, int idx, double s)
{
    int n = out->nbest < FREETEXT_SHOW ? out->nbest + 1 : FREETEXT_SHOW;
    int i = n - 1;
    if (out->nbest == FREETEXT_SHOW && s <= out->score[i]) return;
    while (i > 0 && out->score[i - 1] < s) {
        out->best[i] = out->best[i - 1];
        out->score[i] = out->score[i - 1];
        i--;
    }
    out->best[i] = idx;
    out->score[i] = s;
    out->nbest = n;
}

/* The verdict from the top scores: confidence is the best score (0..1); CONFIDENT keeps one
 * candidate, ASK those within FT_ASK_KEEP of the best and above the floor, UNMATCHED none. */
static void decide_verdict(FtMatch *out, const FtTuning *tu)
{
    double best = out->nbest ? out->score[0] : 0.0;
    double second = out->nbest > 1 ? out->score[1] : 0.0;
    out->confidence = best;
    if (out->nbest == 0 || best < tu->floor) {
        out->verdict = FT_UNMATCHED;
        out->nbest = 0;
    } else if (best >= tu->confident && best - second >= tu->margin) {
        out->verdict = FT_CONFIDENT;
        out->nbest = 1;
    } else {
        out->verdict = FT_ASK;
        int n = 1; /* candidates far below the best are not worth showing */
        while (n < out->nbest && out->score[n] >= best * FT_ASK_KEEP && out->score[n] >= tu->floor)
            n++;
        out->nbest = n;
    }
}

void freetext_match(Freetext *ft, const FtIndex *ix, const char *reply, const int *offered,
                    int noffered, const FtTuning *tuning, FtMatch *out)
{
    memset(out, 0, sizeof *out);
    out->verdict = FT_UNMATCHED;
    out->code.principal = MITI_NONE;
    if (!ft) return;
    FtTuning tu = tuning ? *tuning : freetext_tuning_default();
    const FtTokens *t = ft_tokenize(ft, reply, ix, true);
    ft_code_tokens(t, &out->code);
    if (!ix || !offered || noffered <= 0) return;
    FtField q; /* the reply as a field; looking stems up does not change the index */
    if (!field_from_tokens((FtIndex *)ix, t, false, &q)) {
        field_free(&q);
        return;
    }
    for (int i = 0; i < noffered; i++) {
        int d = offered[i];
        if (d < 0 || d >= ix->ndocs) continue; /* never read outside the index */
        keep_top(out, i, doc_score(ix, &q, &out->code, d, tu.code_weight));
    }
    field_free(&q);
    decide_verdict(out, &tu);
}

/* ---- similarity ---- */

double freetext_similarity(Freetext *ft, const FtIndex *ix, int a, int b)
{
    if (!ix || a < 0 || b < 0 || a >= ix->ndocs || b >= ix->ndocs) return 0.0;
    const FtField *fa = &ix->fields[ix->docs[a].first], *fb = &ix->fields[ix->docs[b].first];
    /* Cosine of tf-idf vectors of the two texts, idf damped (+1) so that one rare extra word
     * does not hide a near duplicate. */
    double dot = 0, na = 0, nb = 0;
    for (int j = 0; j < fa->nterm; j++) {
        double w = 1.0 + idf(ix, fa->term[j]);
        na += (fa->tf[j] * w) * (fa->tf[j] * w);
        dot += fa->tf[j] * w * field_tf(fb, fa->term[j]) * w;
    }
    for (int j = 0; j < fb->nterm; j++) {
        double w = fb->tf[j] * (1.0 + idf(ix, fb->term[j]));
        nb += w * w;
    }
    return na > 0 && nb > 0 ? fmin(1.0, dot / sqrt(na * nb)) : 0.0;
}
