/* unit.text: the free-text coder and matcher (engine/text): tokens and contractions, the MITI
 * codes of example replies (every code), spelling correction, matching verdicts, similarity, and
 * robustness against arbitrary bytes. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "../../engine/text/freetext.h"
#include "../../engine/text/text_internal.h"

static Freetext *ft;

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int setup(void **state)
{
    char err[200] = "";
    ft = freetext_open(err, sizeof err);
    if (!ft) fprintf(stderr, "%s\n", err);
    return ft ? 0 : -1;
}

static int teardown(void **state)
{
    freetext_close(ft);
    return 0;
}

/* ---- tokens ---- */

/* The words of a reply joined by spaces, utterances by " | " and a '?' after questions. */
static const char *words(const char *reply)
{
    static char out[8192];
    const FtTokens *t = ft_tokenize(ft, reply, NULL, true);
    size_t len = 0;
    out[0] = '\0';
    for (int u = 0; u < t->nutt; u++) {
        for (int i = t->utt[u].first; i < t->utt[u].first + t->utt[u].count; i++)
            len += (size_t)snprintf(out + len, sizeof out - len, "%s%s", len ? " " : "",
                                    t->tok[i].word);
        len += (size_t)snprintf(out + len, sizeof out - len, "%s%s", t->utt[u].question ? "?" : "",
                                u + 1 < t->nutt ? " |" : "");
    }
    return out;
}

static void test_tokens(void **state)
{
    assert_string_equal(words("You're sure? Don't\nworry; what's Keith's plan!"),
                        "you are sure? | do not | worry | what is keith plan");
    assert_string_equal(words("It\xE2\x80\x99s I'd can't won't let's"),
                        "it is i would can not will not let us");
    assert_string_equal(words("up 38.5% \x01\x7f\xff\xc3(caf\xc3\xa9) 'quoted'"),
                        "up 38 5 caf quoted");
    assert_string_equal(words("What?? ... ok."), "what? | ok");
    /* contractions typed without the apostrophe */
    assert_string_equal(words("youre sure. dont whats. lets go, it lets you"),
                        "you are sure | do not what is | let us go it lets you");
    assert_string_equal(words(""), "");
    /* the reply is cut at FREETEXT_MAX_BYTES and tokens are capped */
    static char big[6001];
    for (size_t i = 0; i < 6000; i++)
        big[i] = i % 2 ? ' ' : 'a';
    big[6000] = '\0';
    const FtTokens *t = ft_tokenize(ft, big, NULL, true);
    assert_int_equal(t->ntok, FT_MAX_TOKENS);
    for (size_t i = 0; i < 6000; i++)
        big[i] = i % 8 == 7 ? ' ' : 'b';
    t = ft_tokenize(ft, big, NULL, true);
    assert_int_equal(t->ntok, FREETEXT_MAX_BYTES / 8);
    /* stems are Snowball's */
    t = ft_tokenize(ft, "worried worrying", NULL, false);
    assert_string_equal(t->tok[0].stem, "worri");
    assert_string_equal(t->tok[1].stem, "worri");
}

/* ---- the coder ---- */

typedef struct Example {
    const char *reply;
    Miti principal;
    int open; /* for Q: 1 open, 0 closed; -1 not a question */
} Example;

static const Example examples[] = {
    {"So you're worried Keith will see this as failure.", MITI_CR, -1},
    {"Part of you wants to leave, and part of you wants to stay.", MITI_CR, -1},
    {"It sounds like you're exhausted.", MITI_CR, -1},
    {"So you're not sure it's worth it?", MITI_SR, -1},
    {"So you read it.", MITI_SR, -1},
    {"Sounds like the meeting went long.", MITI_SR, -1},
    {"You've been carrying this on your own.", MITI_SR, -1},
    {"What happened?", MITI_Q, 1},
    {"Tell me more about that.", MITI_Q, 1},
    {"How did the conversation go?", MITI_Q, 1},
    {"Did you read the report?", MITI_Q, 0},
    {"Are you going to tell him?", MITI_Q, 0},
    {"Is it Tuesday or Wednesday", MITI_Q, 0},
    {"Thank you for telling me that.", MITI_AF, -1},
    {"That took courage.", MITI_AF, -1},
    {"You clearly care about your team.", MITI_AF, -1},
    {"What do you think would help?", MITI_SEEK, -1},
    {"Let's figure this out together.", MITI_SEEK, -1},
    {"It's your call.", MITI_EMPHASIZE, -1},
    {"It\xE2\x80\x99s your call.", MITI_EMPHASIZE, -1},
    {"Whatever you decide, I'll support you.", MITI_EMPHASIZE, -1},
    {"You know yourself best.", MITI_EMPHASIZE, -1},
    {"The research shows most people slip at least once.", MITI_GI, -1},
    {"You should call him tonight.", MITI_PERSUADE, -1},
    {"Have you considered talking to your manager?", MITI_PERSUADE, -1},
    {"Why don't you just apologise?", MITI_PERSUADE, -1},
    /* asking leave alone seeks collaboration; what is said once leave is asked is PWP */
    {"Would it be okay if I shared what worked for another client?", MITI_SEEK, -1},
    {"May I suggest something?", MITI_SEEK, -1},
    {"May I suggest something? Try writing it down before bed.", MITI_PWP, -1},
    {"Can I share what I've seen? The ones that work usually have one owner.", MITI_PWP, -1},
    {"I've got one. Would you like to hear how it went?", MITI_SEEK, -1},
    {"Some people find a checklist helps, but you know yourself best.", MITI_PWP, -1},
    {"Some people find a checklist helps. It's up to you.", MITI_PWP, -1},
    {"You need to stop making excuses.", MITI_CONFRONT, -1},
    {"You're wrong about that.", MITI_CONFRONT, -1},
    {"Come on, that's ridiculous.", MITI_CONFRONT, -1},
    {"With all due respect, you never listen.", MITI_CONFRONT, -1},
    {"Keith knows?", MITI_Q, 0},
    {"So what happened next?", MITI_Q, 1},
    {"It must be frustrating to be blamed for something you didn't do.", MITI_CR, -1},
    {"It's important to you that the team sees you as reliable.", MITI_CR, -1},
    {"You've clearly put a lot of thought into this.", MITI_AF, -1},
    {"I'm not going to tell you what to do.", MITI_EMPHASIZE, -1},
    {"That's not what you said last week.", MITI_CONFRONT, -1},
    {"I think you should talk to Keith before the meeting.", MITI_PERSUADE, -1},
    /* a statement about the client's world with no mark of news from the counsellor reads as
     * a reflection of what they said; GI needs the counsellor's side, a number or a GI cue */
    {"The deadline is Friday.", MITI_SR, -1},
    {"I'll send you the deadlines tonight.", MITI_GI, -1},
    {"Most people find the first week the hardest.", MITI_GI, -1},
    {"Just so you know, the contract has a 90 day notice period.", MITI_GI, -1},
    /* reflections without a reflecting phrase: the client's people, events and meaning */
    {"He left when you were eleven.", MITI_SR, -1},
    {"Keith's the one you have to answer to.", MITI_CR, -1},
    {"Nine leads when you were promised forty.", MITI_SR, -1},
    {"youre lying awake going over every conversation for the bit you got wrong", MITI_CR, -1},
    {"sounds like the numbers don't add up for you", MITI_SR, -1},
    {"The numbers aren't the real issue then.", MITI_CR, -1},
    {"That sounds exhausting.", MITI_CR, -1},
    /* Persuade: arguing, defending, opinion, directives, normalising, reassurance */
    {"But traffic is up 38%.", MITI_PERSUADE, -1},
    {"To be fair, we did deliver everything in the plan.", MITI_PERSUADE, -1},
    {"The reality is that content takes time.", MITI_PERSUADE, -1},
    {"Honestly, it will get better.", MITI_PERSUADE, -1},
    {"I reckon it's your dad that's really bothering you.", MITI_PERSUADE, -1},
    {"Give it a go.", MITI_PERSUADE, -1},
    {"I think the hand-off to sales is what has to change.", MITI_PERSUADE, -1},
    {"I think you're worried he'll see it as failure.", MITI_CR, -1},
    {"Just tell them from me.", MITI_PERSUADE, -1},
    {"maybe try writing it down before bed", MITI_PERSUADE, -1},
    {"Let's just drop it.", MITI_PERSUADE, -1},
    {"Lots of people struggle with this at first.", MITI_GI, -1}, /* normalising is news */
    /* typed on a phone: "u", "ur", "ill" read as "you", "your"/"you're", "i'll" */
    {"do u speak spanish?", MITI_Q, 0},
    /* a lead-in recalling the client's words gives way to its question */
    {"You said your dad rang on Sunday. What was that call like?", MITI_Q, 1},
    {"Your dad rang on Sunday. That must have been hard.", MITI_CR, -1},
    {"ok ill send u a summary email after", MITI_GI, -1},
    {"whatever u decide is fine, its up to u", MITI_EMPHASIZE, -1},
    {"ur not sure ur the right person for this", MITI_SR, -1},
    {"how about i cut ur fee by a third?", MITI_PERSUADE, -1},
    {"Have you tried melatonin?", MITI_PERSUADE, -1},
    {"We'll throw in the install for free.", MITI_PERSUADE, -1},
    /* defending the counsellor's own work, even with facts, is Persuade */
    {"Our traffic is up 38% since March.", MITI_PERSUADE, -1},
    {"We've delivered everything we promised.", MITI_PERSUADE, -1},
    {"Leads lag traffic by a quarter.", MITI_PERSUADE, -1},
    {"It's normal at month six.", MITI_GI, -1},
    {"It's normal at month six, you can't expect forty yet.", MITI_PERSUADE, -1},
    {"We're nothing like those old systems.", MITI_PERSUADE, -1},
    {"Eight weeks is still early days.", MITI_PERSUADE, -1},
    {"I understand why they're wary, but it's only moving stock around.", MITI_PERSUADE, -1},
    {"please don't give up now", MITI_PERSUADE, -1},
    {"maybe grab a coffee with her?", MITI_PERSUADE, -1},
    {"It'll be okay, honestly.", MITI_PERSUADE, -1},
    {"classic rebound tbh", MITI_PERSUADE, -1},
    /* ...but not news from elsewhere, an option offered, or a proposal asked about */
    {"We did something similar at another site.", MITI_GI, -1},
    {"No pressure. We can stick with sleep for now.", MITI_EMPHASIZE, -1},
    {"ok lets leave it till after christmas then?", MITI_Q, 0},
    /* the counsellor owning their part: the relationship as the client lives it */
    {"I jumped the gun on you there.", MITI_SR, -1},
    /* a reflection no cue asked for gives way to what the rest of the turn does */
    {"Your call. If now isn't the time, that's fine.", MITI_EMPHASIZE, -1},
    {"That took courage. The forecast is due Friday.", MITI_AF, -1},
    /* Seek */
    {"What would make this work for you?", MITI_SEEK, -1},
    {"Let's look at it together.", MITI_SEEK, -1},
    {"Where do you want to start?", MITI_SEEK, -1},
    {"What would you need to show Keith?", MITI_SEEK, -1},
    /* Confront, Emphasize, AF, PWP */
    {"You get very defensive whenever he comes up.", MITI_CONFRONT, -1},
    {"You're hiding behind the theory.", MITI_CONFRONT, -1},
    {"fine, cancel then, your loss", MITI_CONFRONT, -1},
    {"We don't have to talk about it unless you want to.", MITI_EMPHASIZE, -1},
    {"Well spotted, that's a good idea.", MITI_AF, -1},
    {"Since you're asking, I think the hand-off is the problem.", MITI_PWP, -1},
    /* questions: wh-questions are open, also after a lead-in; inversion is closed */
    {"Who made the call?", MITI_Q, 0}, /* one name: a closed question (MITI) */
    {"How many hours did you sleep on Sunday?", MITI_Q, 0},
    {"When he rang, what did he say?", MITI_Q, 1},
    {"Before I start, which part would you most want to hear about?", MITI_Q, 1},
    {"i noticed your dad came up, how does he fit in?", MITI_Q, 1},
    {"whats the weather like today", MITI_Q, 1},
    {"Are people scared this means redundancies?", MITI_Q, 0},
    {"What do you think he meant?", MITI_Q, 1},
    {"So what you're saying is the timing is wrong.", MITI_SR, -1},
    {"What I'm hearing is that part of you wants out.", MITI_CR, -1},
    {"And your dad?", MITI_Q, 0},
    {"Is that right?", MITI_Q, 0},
    {"Out of ten, how confident are you?", MITI_Q, 1},
    {"Go on.", MITI_Q, 1},
    {"Take your time.", MITI_EMPHASIZE, -1},
    {"Let's plan it: what you'll say and when.", MITI_PERSUADE, -1},
    {"The pilot would cover ten cells for ninety days.", MITI_GI, -1},
    /* nothing codable */
    {"Maybe.", MITI_NONE, -1},
    {"Got it, makes sense.", MITI_NONE, -1},
    {"ok", MITI_NONE, -1},
    {"hmm", MITI_NONE, -1},
    {"...", MITI_NONE, -1},
    {"asdf", MITI_NONE, -1},
    {"lol", MITI_NONE, -1},
    {"Sorry.", MITI_NONE, -1},
    {"Thank you so much for your time today!", MITI_NONE, -1},
    {"See you next week", MITI_NONE, -1},
    {"", MITI_NONE, -1},
    {"?!... ;;", MITI_NONE, -1},
    {"qwzx vbnmk pzzrt", MITI_NONE, -1},
};

static void test_codes(void **state)
{
    int bad = 0;
    for (size_t i = 0; i < sizeof examples / sizeof *examples; i++) {
        FtCode c;
        freetext_code(ft, examples[i].reply, &c);
        bool open_ok = examples[i].open < 0 || c.open == (examples[i].open == 1);
        if (c.principal != examples[i].principal || !open_ok) {
            fprintf(stderr, "\"%s\": %s%s, expected %s%s\n", examples[i].reply,
                    miti_name(c.principal), c.open ? " (open)" : "",
                    miti_name(examples[i].principal), examples[i].open == 1 ? " (open)" : "");
            bad++;
        }
    }
    assert_int_equal(bad, 0);
}

/* Each utterance is coded in order; the principal follows the precedence. */
static void test_utterances(void **state)
{
    FtCode c;
    freetext_code(ft, "You've worked hard on this. What would you like to do next?\nOkay", &c);
    assert_int_equal(c.ncodes, 2); /* a backchannel "Okay" is not coded */
    assert_int_equal(c.codes[0], MITI_AF);
    assert_int_equal(c.codes[1], MITI_SEEK);
    assert_int_equal(c.principal, MITI_AF);
    /* "honestly" marks the counsellor's own view only in more than a few words */
    freetext_code(ft, "Honestly, 3 yrs. OK. We did this at a site like yours.", &c);
    assert_int_equal(c.ncodes, 2);
    assert_int_equal(c.codes[0], MITI_GI);
    assert_int_equal(c.codes[1], MITI_GI);
    assert_int_equal(c.principal, MITI_GI);
    freetext_code(ft, "Honestly, the articles are doing their job. OK.", &c);
    assert_int_equal(c.ncodes, 1);
    assert_int_equal(c.codes[0], MITI_PERSUADE);
    /* a rising "?" on a statement hands it back to confirm: a reflection; with question word
     * order, a word like "what" or alternatives it asks; "What??" still ends with '?' */
    freetext_code(ft, "Work stuff, round and round?", &c);
    assert_int_equal(c.principal, MITI_SR);
    freetext_code(ft, "Is the meeting at ten?", &c);
    assert_int_equal(c.principal, MITI_Q);
    assert_false(c.open);
    freetext_code(ft, "Today or never?", &c);
    assert_int_equal(c.principal, MITI_Q);
    freetext_code(ft, "Before I start, has anything helped you sleep?", &c);
    assert_int_equal(c.principal, MITI_Q);
    assert_false(c.open);
    freetext_code(ft, "So you're not sure about it, are you?", &c);
    assert_int_equal(c.principal, MITI_SR);
    freetext_code(ft, "What??", &c);
    assert_int_equal(c.ncodes, 1);
    assert_int_equal(c.principal, MITI_Q);
    assert_true(c.open);
    /* no more than FREETEXT_MAX_CODES codes */
    freetext_code(ft, "What? What? What? What? What? What? What? What? What? What?", &c);
    assert_int_equal(c.ncodes, FREETEXT_MAX_CODES);
}

static void test_principal(void **state)
{
    const unsigned char a[] = {MITI_Q, MITI_GI, MITI_SEEK};
    const unsigned char b[] = {MITI_AF, MITI_SR, MITI_CR, MITI_PWP};
    const unsigned char c[] = {MITI_EMPHASIZE, MITI_CONFRONT, MITI_PERSUADE};
    assert_int_equal(freetext_principal(a, 3), MITI_SEEK);
    assert_int_equal(freetext_principal(b, 4), MITI_PWP);
    assert_int_equal(freetext_principal(b, 3), MITI_CR);
    assert_int_equal(freetext_principal(c, 3), MITI_CONFRONT);
    assert_int_equal(freetext_principal(a, 0), MITI_NONE);
    assert_int_equal(freetext_principal(NULL, 0), MITI_NONE);
}

/* ---- the matcher ---- */

static const char *const para0[] = {"You're afraid Keith will think you failed",
                                    "reflect the worry about Keith"};
static const char *const para1[] = {"ask whether Keith knows about the delay"};
static const char *const para2[] = {"tell Keith now", "advise telling him immediately"};
static const char *const para3[] = {"ask what they want to do", "ask about next steps"};
static const char *const para4[] = {"leave the decision to them"};
static const unsigned char cr[] = {MITI_CR}, q[] = {MITI_Q}, pers[] = {MITI_PERSUADE},
                           seek[] = {MITI_SEEK}, emph[] = {MITI_EMPHASIZE};
static const FtDoc docs[] = {
    {"So you're worried Keith will see this as a failure.", para0, 2, cr, 1, FT_ASKS_UNSAID},
    {"Did you tell Keith about the delay?", para1, 1, q, 1, FT_ASKS_CLOSED},
    {"You need to tell Keith today.", para2, 2, pers, 1, FT_ASKS_UNSAID},
    {"What would you like to do next?", para3, 2, seek, 1, FT_ASKS_UNSAID},
    {"It's your decision whether to tell him.", para4, 1, emph, 1, FT_ASKS_UNSAID},
};
static const int all[] = {0, 1, 2, 3, 4};

static void match(FtIndex *ix, const char *reply, FtMatch *m)
{
    freetext_match(ft, ix, reply, all, 5, NULL, m);
    fprintf(stderr, "  \"%s\": verdict %d conf %.3f best", reply, (int)m->verdict, m->confidence);
    for (int i = 0; i < m->nbest; i++)
        fprintf(stderr, " %d:%.3f", m->best[i], m->score[i]);
    fprintf(stderr, "\n");
}

static void test_match(void **state)
{
    FtIndex *ix = freetext_index(ft, docs, 5);
    assert_non_null(ix);
    FtMatch m;
    match(ix, "So you're worried Keith will see it as failing.", &m);
    assert_int_equal(m.verdict, FT_CONFIDENT);
    assert_int_equal(m.best[0], 0);
    assert_int_equal(m.code.principal, MITI_CR);
    match(ix, "sounds like you're afraid keith thinks you failed", &m);
    assert_int_equal(m.verdict, FT_CONFIDENT);
    assert_int_equal(m.best[0], 0);
    match(ix, "Have you told Keith about the delay yet?", &m);
    assert_int_equal(m.verdict, FT_CONFIDENT);
    assert_int_equal(m.best[0], 1);
    match(ix, "What do you want to do next?", &m);
    assert_int_equal(m.verdict, FT_CONFIDENT);
    assert_int_equal(m.best[0], 3);
    /* ambiguous: telling Keith is in three choices */
    match(ix, "telling keith", &m);
    assert_int_equal(m.verdict, FT_ASK);
    assert_true(m.nbest >= 2);
    /* ...but "tell keith" is a directive, and so is only one of them */
    match(ix, "tell keith", &m);
    assert_int_equal(m.code.principal, MITI_PERSUADE);
    assert_int_equal(m.best[0], 2);
    /* off-topic */
    match(ix, "The weather is lovely in Lisbon this time of year.", &m);
    assert_int_equal(m.verdict, FT_UNMATCHED);
    assert_int_equal(m.nbest, 0);
    match(ix, "", &m);
    assert_int_equal(m.verdict, FT_UNMATCHED);
    assert_int_equal(m.code.principal, MITI_NONE);
    /* nothing offered */
    freetext_match(ft, ix, "So you're worried about Keith", all, 0, NULL, &m);
    assert_int_equal(m.verdict, FT_UNMATCHED);
    assert_int_equal(m.code.principal, MITI_CR);
    /* best[] indexes offered, not docs */
    const int two[] = {3, 0};
    freetext_match(ft, ix, "So you're worried Keith will see this as failure.", two, 2, NULL, &m);
    assert_int_equal(m.verdict, FT_CONFIDENT);
    assert_int_equal(m.best[0], 1);
    /* the tuning decides: nothing is good enough for a floor of 1 */
    FtTuning strict = freetext_tuning_default();
    strict.floor = 1.0;
    freetext_match(ft, ix, "So you're worried Keith will see it as failing.", all, 5, &strict, &m);
    assert_int_equal(m.verdict, FT_UNMATCHED);
    /* cost of a warm match against five choices */
    double t0 = now_ms();
    for (int i = 0; i < 1000; i++)
        freetext_match(ft, ix, "So you're worried Keith will see it as failing.", all, 5, NULL, &m);
    fprintf(stderr, "  warm match: %.3f ms\n", (now_ms() - t0) / 1000);
    freetext_index_free(ix);
}

static void test_spelling(void **state)
{
    if (!freetext_has_speller(ft)) skip();
    FtIndex *ix = freetext_index(ft, docs, 5);
    FtMatch m;
    match(ix, "So your worreid Keeth will see this as a failiure", &m);
    assert_int_equal(m.verdict, FT_CONFIDENT);
    assert_int_equal(m.best[0], 0);
    match(ix, "refelct the wory about Keeth", &m);
    assert_int_equal(m.best[0], 0);
    assert_int_not_equal(m.verdict, FT_UNMATCHED);
    /* a misspelt code word is corrected before the rules see it */
    FtCode c;
    freetext_code(ft, "It's your dessision.", &c);
    assert_int_equal(c.principal, MITI_EMPHASIZE);
    freetext_index_free(ix);
}

/* A closed question typed where the choice asks an open one (the kind its move says) is
 * another move on the same content: never taken confidently; the same kind is. */
static void test_question_kind(void **state)
{
    (void)state;
    static const FtDoc open_doc[] = {
        {"How do you feel about the lunch?", NULL, 0, q, 1, FT_ASKS_OPEN}};
    static const FtDoc closed_doc[] = {
        {"Are you going to the lunch?", NULL, 0, q, 1, FT_ASKS_CLOSED}};
    const int one[] = {0};
    FtMatch m;
    FtIndex *ix = freetext_index(ft, open_doc, 1);
    assert_non_null(ix);
    freetext_match(ft, ix, "are you going to go to the lunch?", one, 1, NULL, &m);
    assert_int_not_equal(m.verdict, FT_CONFIDENT);
    freetext_index_free(ix);
    ix = freetext_index(ft, closed_doc, 1);
    assert_non_null(ix);
    freetext_match(ft, ix, "are you going to go to the lunch?", one, 1, NULL, &m);
    assert_int_equal(m.verdict, FT_CONFIDENT);
    freetext_index_free(ix);
}

static void test_similarity(void **state)
{
    static const FtDoc d[] = {
        {"Did you tell Keith about the delay?", NULL, 0, q, 1, FT_ASKS_UNSAID},
        {"Did you tell Keith about the delay yet?", NULL, 0, q, 1, FT_ASKS_UNSAID},
        {"What would you like to do next?", NULL, 0, seek, 1, FT_ASKS_UNSAID},
        {"So you're worried about the budget.", NULL, 0, cr, 1, FT_ASKS_UNSAID}};
    FtIndex *ix = freetext_index(ft, d, 4);
    assert_non_null(ix);
    double same = freetext_similarity(ft, ix, 0, 0), near = freetext_similarity(ft, ix, 0, 1);
    double far = freetext_similarity(ft, ix, 2, 3);
    fprintf(stderr, "  similarity: same %.3f near %.3f far %.3f\n", same, near, far);
    assert_true(same > 0.999 && same <= 1.0);
    assert_true(near > 0.75);
    assert_true(far < 0.1);
    assert_true(freetext_similarity(ft, ix, 0, 9) == 0.0);
    freetext_index_free(ix);
}

/* ---- robustness ---- */

static uint32_t rng_state = 12345u;

static uint32_t rnd(void)
{
    rng_state = rng_state * 1664525u + 1013904223u;
    return rng_state >> 8;
}

static void test_fuzz(void **state)
{
    FtIndex *ix = freetext_index(ft, docs, 5);
    char *buf = malloc(5001);
    assert_non_null(buf);
    double worst = 0;
    for (int n = 0; n < 2000; n++) {
        size_t len = rnd() % 5001;
        bool texty = n % 2; /* half of them mostly letters, to reach the speller */
        for (size_t i = 0; i < len; i++) {
            uint32_t r = rnd();
            buf[i] = texty && r % 4 ? (char)('a' + (r >> 4) % 26) : (char)(1 + (r >> 4) % 255);
            if (texty && r % 9 == 0) buf[i] = ' ';
        }
        buf[len] = '\0';
        double t0 = now_ms();
        FtCode c;
        FtMatch m;
        freetext_code(ft, buf, &c);
        freetext_match(ft, ix, buf, all, 5, NULL, &m);
        worst = fmax(worst, now_ms() - t0);
        assert_true(c.ncodes >= 0 && c.ncodes <= FREETEXT_MAX_CODES);
        assert_true(m.nbest >= 0 && m.nbest <= FREETEXT_SHOW);
        assert_true(m.confidence >= 0.0 && m.confidence <= 1.0);
    }
    fprintf(stderr, "  fuzz: worst code+match %.1f ms\n", worst);
    free(buf);
    /* 100 kB of text is cut at FREETEXT_MAX_BYTES */
    char *big = malloc(100001);
    assert_non_null(big);
    for (size_t i = 0; i < 100000; i++)
        big[i] = "so you are worried about keith "[i % 31];
    big[100000] = '\0';
    FtMatch m;
    double t0 = now_ms();
    freetext_match(ft, ix, big, all, 5, NULL, &m);
    fprintf(stderr, "  100 kB: %.1f ms\n", now_ms() - t0);
    assert_int_equal(m.code.principal, MITI_CR);
    free(big);
    freetext_index_free(ix);
}

/* A fresh handle's first junk reply (nothing cached) stays fast: suggestions are capped. */
static void test_junk_cost(void **state)
{
    Freetext *fresh = freetext_open(NULL, 0);
    assert_non_null(fresh);
    char junk[2001];
    for (size_t i = 0; i < 2000; i++)
        junk[i] = i % 8 == 7 ? ' ' : (char)('a' + rnd() % 26);
    junk[2000] = '\0';
    double t0 = now_ms();
    FtCode c;
    freetext_code(fresh, junk, &c);
    double ms = now_ms() - t0;
    fprintf(stderr, "  2,000 bytes of junk, cold: %.1f ms\n", ms);
    freetext_close(fresh);
    assert_true(ms < 500.0); /* 50 ms in a release build; sanitizers are slower */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tokens),        cmocka_unit_test(test_codes),
        cmocka_unit_test(test_utterances),    cmocka_unit_test(test_principal),
        cmocka_unit_test(test_match),         cmocka_unit_test(test_spelling),
        cmocka_unit_test(test_question_kind), cmocka_unit_test(test_similarity),
        cmocka_unit_test(test_fuzz),          cmocka_unit_test(test_junk_cost),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
