/* coder: MITI 4.2 codes for a typed reply, by readable rules over its tokens. Each utterance is
 * matched against the cue table below (phrases of whole words, after contractions are expanded
 * and spelling corrected: write "you are", "do not", "it is"); the first decision that applies
 * gives its code:
 *
 *   order  code       when
 *   0      (none)     no dictionary word (gibberish, punctuation), only backchannel words
 *                     ("ok", "hmm", "sorry", "thanks", "lol"), or a SOCIAL pleasantry ("see you
 *                     next week", "thank you for your time") with no cue of orders 1-6
 *   1      Confront   a CONFRONT cue: disagreeing, blaming, shaming, labelling, sarcasm,
 *                     pointing out what the client does in the session ("you changed the
 *                     subject", "you seem defensive")
 *   2      Seek       a PERMISSION cue in a question: leave asked ("may i share a thought?")
 *   2      PWP        a PERMISSION cue otherwise: leave given or assumed ("since you asked")
 *   3      Seek       a SEEK cue in a question ("what would you need to show him?"): asking
 *                     for the client's ideas, even in words that elsewhere advise
 *   4      PWP        an ADVICE cue together with an EMPHASIZE cue ("..., but it is up to you")
 *   4      Persuade   an ADVICE cue alone: advice, directives, the counsellor's OPINION or
 *                     argument ("you should", "i think" but not the HEDGE of a tentative
 *                     reflection "i think you are...", a MARKER such as "honestly" or "tbh"
 *                     in more than three words, "to be fair", "the reality is", "let us
 *                     just"), labels ("classic"), defending the work
 *                     ("takes time", "on track", "leads lag"), warnings of what follows ("or
 *                     this will"), reassurance ("it will be okay"), inducements ("for free",
 *                     "waive the fee"); not in "why do not you want (feel, think...)?", which
 *                     asks a reason
 *   5      Emphasize  an EMPHASIZE cue: the client's autonomy ("it is your call")
 *   6      Seek       a SEEK cue: the client's ideas or collaboration on the way forward ("what
 *                     would you", "let us look at", "together")
 *   7      AF         an AFFIRM cue: the client's strength, effort or good idea ("took courage")
 *   8      Persuade   an IMPERATIVE start (a verb telling the client what to do: "give it a
 *                     go", "tell them", "do not give up", "please ..."), also after an opening
 *                     word ("just", "maybe", "ok") and with a "?" ("maybe grab a coffee with
 *                     her?"), in an utterance with no REFLECT cue and no question start ("tell
 *                     me", "go on"); "let us ...?" proposes, and is a question; one that only
 *                     steers the conversation (an AGENDA cue: "let us park the numbers",
 *                     "wait.") tells the client nothing to do
 *   9      CR / SR    a REFLECT cue ("so you", "sounds like", "you feel", a statement opening
 *                     "you"/"your", a summary), not in question word order (a CLEFT "what i am
 *                     hearing is..." is a statement, not a question); a rising "?" still
 *                     reflects ("so you're not sure?") unless a question follows inside ("...,
 *                     how does he fit in?", "..., has anything helped?"; a closing tag "..., is
 *                     it?" only checks) or it is an echo of under FT_ECHO_WORDS words ("your
 *                     dad?"); a statement said with a rising "?" reflects even without a cue
 *                     ("work stuff, round and round?") when it has no question word, no "or"
 *                     between alternatives and no imperative ("let us leave it then?" asks);
 *                     one that only opens "you" (not "you can", "you might": what the client
 *                     may do) and has no COMPLEX cue is weak as in 15 ("you know your nights.
 *                     want to plan together?" is Seek); one that RECALLS what the client said
 *                     or wrote ("you said your dad rang. what was that like?") is a lead-in
 *                     and gives way to a question too
 *   10     Q          a "?", or question word order at the start (OPEN: a wh-word, "tell me";
 *                     CLOSED: yes/no inversion, "is it", "did you") or inside after a lead-in
 *                     ("before i start, which part would you...?"); open when a wh-word asks
 *                     it (what, how, why, who, which, where, when), else closed
 *   11     Persuade   an ARGUE cue in a statement not about the client: "but" turning to the
 *                     counsellor's own case ("but the evidence is clear", "but i..."), a "but"
 *                     opening or a "though" closing it; a double-sided reflection ("hannah
 *                     booked it, but you came") is not arguing
 *   12     Persuade   the counsellor's ORGANISATION or work ("we", "us", "our" anywhere) in a
 *                     statement: defending or selling it, even with facts ("our traffic is up
 *                     38%", "we will throw in the install"), unless a GI cue makes it plain
 *                     news ("we did something similar at another site") or "we can" offers an
 *                     option
 *   13     CR / SR    the counsellor's SELF side ("i ...") speaking of the client ("you") with
 *                     no offer or plan ("i jumped the gun", "i have lost you"): the relationship
 *                     as the client lives it, a reflection; weak as in 15 ("i chased your dad.
 *                     whether he comes in is up to you" is Emphasize)
 *   14     GI         a GI cue: facts, numbers, how things work, what tends to help,
 *                     normalising an experience ("lots of people", "it is normal"); a
 *                     statement from the counsellor's SELF side (opening "i", "we", "our",
 *                     "let me", "here is", "there is"): an offer or plan ("i will send it"); a
 *                     PROPOSAL ("would") that says nothing of the client or their feelings ("the
 *                     pilot would cover ten cells")
 *   15     SR / CR    any other statement: about the client, the people and events in their
 *                     story or what they mean ("he left when you were eleven", "nine leads").
 *                     This DEFAULT reflection is weak: when another utterance of the reply is
 *                     AF, Emphasize or Seek, it does not count for the principal code ("your
 *                     call. if now is not the time, just tell me" is Emphasize)
 *
 * A reflection is CR (complex) when it has a COMPLEX cue (double-sided, a feeling or value, a
 * contrast, a metaphor, continuing the client's paragraph) or is long (adds content).
 * Opening words that do not change what an utterance does ("so", "ok", "well", "sure", "just",
 * "maybe") are skipped when looking for anchored cues ("^..."), and intensifiers ("really",
 * "very", "just", "actually") are also left out when looking for any cue ("you really
 * should"). "its" reads as "it is"; the tokeniser reads "dont", "youre", "whats" as if typed with
 * apostrophes.
 *
 * Over the whole reply, Persuade becomes PWP when another utterance asks permission or
 * emphasises autonomy ("Some people find a checklist helps. You know yourself best."), and
 * information or advice given after leave was asked is PWP ("Can I share what I have seen?
 * The ones that work have one owner."). */
#include <stdio.h>
#include <string.h>

#include "text_internal.h"

#define FT_CR_LONG_WORDS 12 /* a reflection this long adds content: complex */
#define FT_ECHO_WORDS 4     /* a shorter "...?" asks even when it starts like a reflection */
#define FT_LEADIN_WORDS 4   /* a default reflection this short leads in to a question beside it */
#define FT_UTT_CHARS 4096   /* an utterance's words as one string; longer ones are cut */

typedef enum Cue {
    CUE_SOCIAL,
    CUE_CONFRONT,
    CUE_PERMISSION,
    CUE_ADVICE,
    CUE_EMPHASIZE,
    CUE_SEEK,
    CUE_AFFIRM,
    CUE_OPINION,    /* "i think": the counsellor's opinion, unless a HEDGE on a reflection */
    CUE_MARKER,     /* "honestly", "tbh": the counsellor's own view, in more than a few words */
    CUE_HEDGE,      /* "i think you are...": a tentative reflection */
    CUE_IMPERATIVE, /* a verb telling the client what to do, at the start */
    CUE_AGENDA,     /* steering the conversation, not the client: "let us park that", "wait" */
    CUE_REFLECT,
    CUE_YOU,     /* a statement opening "you" or "your": a reflection, unless YOU_MAY */
    CUE_YOU_MAY, /* "you can", "you might": what the client may do */
    CUE_RECALL,  /* "you said...", "your form says...": a lead-in recalling the client's words */
    CUE_COMPLEX,
    CUE_OPEN,      /* open question start */
    CUE_CLOSED,    /* closed question start (yes/no inversion) */
    CUE_INNER,     /* question word order inside: "how does", "what would" (after a lead-in) */
    CUE_INNER_YN,  /* yes/no question word order inside: "..., does anyone think...?" */
    CUE_FACT,      /* a question word asking for one fact ("how many", "who", "when"): closed */
    CUE_WH_OPEN,   /* "why", "how" or "what" anywhere ("just guess, why that time?") */
    CUE_ASK_LATER, /* an open question word with its verb after a clause ("when..., what do") */
    CUE_TAG,       /* a tag question at the end ("..., is it?"): a check, not a question */
    CUE_CLEFT,     /* a reflection opening like a question: "what you are saying is" */
    CUE_WH,        /* a question word anywhere, or "or" offering alternatives */
    CUE_CHECK,     /* "so we are all good then?": checking agreement, a closed question */
    CUE_WHY_NOT,   /* "why do not you want to...?": asks a reason, unlike "why do not you try" */
    CUE_ARGUE,     /* a statement arguing back: opening "but", or "though" */
    CUE_GI,
    CUE_SELF,     /* the counsellor's side: "i", "we", "our" */
    CUE_PROPOSAL, /* "would" in a statement: a plan or proposal, news unless about "you" */
    CUE_CLIENT,   /* "you" or "your" anywhere */
    CUE_OURS_US,  /* "us": the counsellor's side, except in "let us" (the counsellor and client) */
    CUE_LET_US,   /* "let us": a proposal to the client, not the organisation speaking */
    CUE_OURS,     /* the counsellor's organisation or work: "we", "us", "our" anywhere */
    CUE_NUMBER,   /* a number: news, unless the counsellor is defending their work */
    CUE_OFFER,    /* the counsellor's offer or plan: "i will", "i can", "let me" */
    CUE_OPTION,   /* "we can": an option offered, not the counsellor's work defended */
    CUE_COUNT
} Cue;

/* "^" anchors a phrase at the start of the utterance, "$" at its end (both: the whole of it);
 * otherwise it may occur anywhere. */
typedef struct CueRule {
    Cue cue;
    const char *phrase;
} CueRule;

static const CueRule rules[] = {
    /* Social: pleasantries that do no MI work */
    {CUE_SOCIAL, "see you"},
    {CUE_SOCIAL, "thank you for your time"},
    {CUE_SOCIAL, "thanks for your time"},
    {CUE_SOCIAL, "thank you so much for your time"},
    {CUE_SOCIAL, "no worries"},
    {CUE_SOCIAL, "no hurry"},
    {CUE_SOCIAL, "no rush"},
    {CUE_SOCIAL, "no problem"},
    {CUE_SOCIAL, "great question"},
    {CUE_SOCIAL, "good question"},
    {CUE_SOCIAL, "fair question"},
    {CUE_SOCIAL, "great point"},
    {CUE_SOCIAL, "good point"},
    {CUE_SOCIAL, "fair point"},
    /* apologies and thanks that only keep the conversation civil */
    {CUE_SOCIAL, "^sorry i did not mean"},
    {CUE_SOCIAL, "^sorry about that"},
    {CUE_SOCIAL, "sorry to hear"},
    {CUE_SOCIAL, "^sorry for"},
    {CUE_SOCIAL, "no offence taken"},
    {CUE_SOCIAL, "no offense taken"},
    {CUE_SOCIAL, "appreciate your time"},
    {CUE_SOCIAL, "making the time"},
    {CUE_SOCIAL, "for making time"},
    {CUE_SOCIAL, "^appreciate that$"},
    {CUE_SOCIAL, "^appreciate it$"},
    {CUE_SOCIAL, "^hi"},
    {CUE_SOCIAL, "^hello"},
    {CUE_SOCIAL, "^hey"},
    {CUE_SOCIAL, "how was the weekend"},
    {CUE_SOCIAL, "how was your weekend"},
    {CUE_SOCIAL, "let me know"},
    {CUE_SOCIAL, "lol"},
    {CUE_SOCIAL, "lmao"},
    {CUE_SOCIAL, "haha"},
    {CUE_SOCIAL, "hahaha"},
    {CUE_SOCIAL, "yikes"},
    {CUE_SOCIAL, "works for me"},
    {CUE_SOCIAL, "that works"},
    {CUE_SOCIAL, "fair enough$"},
    {CUE_SOCIAL, "^that is fine"},
    {CUE_SOCIAL, "nice to meet you"},
    {CUE_SOCIAL, "have a good"},
    {CUE_SOCIAL, "sounds great$"},
    {CUE_SOCIAL, "sounds good$"},
    {CUE_SOCIAL, "sounds nice"},
    {CUE_SOCIAL, "sounds lovely"},
    {CUE_SOCIAL, "sounds fun"},
    {CUE_SOCIAL, "talk soon"},
    {CUE_SOCIAL, "take care"},
    {CUE_SOCIAL, "have a nice"},
    {CUE_SOCIAL, "good morning"},
    {CUE_SOCIAL, "good afternoon"},
    {CUE_SOCIAL, "good evening"},
    {CUE_SOCIAL, "how are you$"},
    {CUE_SOCIAL, "nice to see you"},
    {CUE_SOCIAL, "good to see you"},
    {CUE_SOCIAL, "that was helpful"},
    {CUE_SOCIAL, "that is helpful"},
    {CUE_SOCIAL, "good to know"},
    {CUE_SOCIAL, "sorry you feel"},
    {CUE_SOCIAL, "^wow"},
    {CUE_SOCIAL, "sounds adorable"},
    {CUE_SOCIAL, "sounds cute"},
    {CUE_SOCIAL, "how lovely"},
    {CUE_SOCIAL, "how nice"},

    /* Confront: disagreement, blame, shaming, labelling, sarcasm */
    {CUE_CONFRONT, "you are wrong"},
    {CUE_CONFRONT, "that is not true"},
    {CUE_CONFRONT, "you are just"},
    {CUE_CONFRONT, "you always"},
    {CUE_CONFRONT, "you never listen"},
    {CUE_CONFRONT, "you never do"},
    {CUE_CONFRONT, "you never even"},
    {CUE_CONFRONT, "you never try"},
    {CUE_CONFRONT, "you will never"},
    {CUE_CONFRONT, "that attitude"},
    {CUE_CONFRONT, "stop making"},
    {CUE_CONFRONT, "excuse"},
    {CUE_CONFRONT, "excuses"},
    {CUE_CONFRONT, "^come on"},
    {CUE_CONFRONT, "you are being"},
    {CUE_CONFRONT, "face it"},
    {CUE_CONFRONT, "^be honest"},
    {CUE_CONFRONT, "be honest with yourself"},
    {CUE_CONFRONT, "ridiculous"},
    {CUE_CONFRONT, "your fault"},
    {CUE_CONFRONT, "your own fault"},
    {CUE_CONFRONT, "your loss"},
    {CUE_CONFRONT, "with all due respect"},
    {CUE_CONFRONT, "yeah right"},
    {CUE_CONFRONT, "^seriously"},
    {CUE_CONFRONT, "you do not get it"},
    {CUE_CONFRONT, "you do not understand"},
    {CUE_CONFRONT, "you are not listening"},
    {CUE_CONFRONT, "what is wrong with you"},
    {CUE_CONFRONT, "how could you$"},
    {CUE_CONFRONT, "how could you say"},
    {CUE_CONFRONT, "how could you do that"},
    {CUE_CONFRONT, "how could you not"},
    {CUE_CONFRONT, "in denial"},
    {CUE_CONFRONT, "kidding yourself"},
    {CUE_CONFRONT, "hiding behind"},
    {CUE_CONFRONT, "you get defensive"},
    {CUE_CONFRONT, "you are defensive"},
    {CUE_CONFRONT, "you are so defensive"},
    {CUE_CONFRONT, "you do not believe"},
    {CUE_CONFRONT, "i do not think you believe"},
    {CUE_CONFRONT, "i do not believe you"},
    {CUE_CONFRONT, "not optional"},
    {CUE_CONFRONT, "not going to cut it"},
    {CUE_CONFRONT, "you can not let"},
    {CUE_CONFRONT, "nonsense"},
    {CUE_CONFRONT, "overreacting"},
    {CUE_CONFRONT, "no offense"},
    {CUE_CONFRONT, "blame yourself"},
    {CUE_CONFRONT, "obviously you"},
    {CUE_CONFRONT, "you clearly do not"},
    {CUE_CONFRONT, "grow up"},
    {CUE_CONFRONT, "get over it"},
    {CUE_CONFRONT, "whining"},
    {CUE_CONFRONT, "you are lazy"},
    {CUE_CONFRONT, "that is your problem"},
    {CUE_CONFRONT, "that is not what you"},
    {CUE_CONFRONT, "that is not what happened"},
    {CUE_CONFRONT, "you are kidding"},
    {CUE_CONFRONT, "you can not be serious"},
    {CUE_CONFRONT, "if you really cared"},
    {CUE_CONFRONT, "you are not trying"},
    {CUE_CONFRONT, "i do not buy"},
    {CUE_CONFRONT, "you are making it up"},
    {CUE_CONFRONT, "you only have yourself"},
    {CUE_CONFRONT, "what did you expect$"},
    {CUE_CONFRONT, "you brought this on"},
    {CUE_CONFRONT, "you are in the wrong"},
    {CUE_CONFRONT, "exaggerating"},
    {CUE_CONFRONT, "that is not how"},
    {CUE_CONFRONT, "^i told you"},
    {CUE_CONFRONT, "i told you so"},
    {CUE_CONFRONT, "like i told you"},
    {CUE_CONFRONT, "as i told you"},
    {CUE_CONFRONT, "like i said"},
    {CUE_CONFRONT, "as i said"},
    {CUE_CONFRONT, "do you even"},
    {CUE_CONFRONT, "did you even"},
    {CUE_CONFRONT, "have you even"},
    {CUE_CONFRONT, "selfish"},
    {CUE_CONFRONT, "stubborn"},
    {CUE_CONFRONT, "childish"},
    {CUE_CONFRONT, "paranoid"},
    {CUE_CONFRONT, "not my fault"},
    {CUE_CONFRONT, "not my problem"},
    {CUE_CONFRONT, "i blame you"},
    {CUE_CONFRONT, "you blame"},
    {CUE_CONFRONT, "playing the victim"},
    {CUE_CONFRONT, "get a grip"},
    {CUE_CONFRONT, "pull yourself together"},
    {CUE_CONFRONT, "you said you would"},
    {CUE_CONFRONT, "you agreed to this"},
    {CUE_CONFRONT, "you agreed to it"},
    {CUE_CONFRONT, "you signed up for this"},
    {CUE_CONFRONT, "you are rude"},
    {CUE_CONFRONT, "you are being rude"},
    {CUE_CONFRONT, "always this rude"},
    {CUE_CONFRONT, "that is rude"},
    {CUE_CONFRONT, "you told me you would"},
    {CUE_CONFRONT, "that is on you"},
    {CUE_CONFRONT, "whose fault"},
    {CUE_CONFRONT, "stop blaming"},
    /* pointing out what the client does wrong in the session: labelling it, not reflecting it */
    {CUE_CONFRONT, "you changed the subject"},
    {CUE_CONFRONT, "changing the subject"},
    {CUE_CONFRONT, "change the subject"},
    {CUE_CONFRONT, "you keep changing"},
    {CUE_CONFRONT, "you keep avoiding"},
    {CUE_CONFRONT, "you keep dodging"},
    {CUE_CONFRONT, "you keep deflecting"},
    {CUE_CONFRONT, "you are avoiding"},
    {CUE_CONFRONT, "you are dodging"},
    {CUE_CONFRONT, "you are deflecting"},
    {CUE_CONFRONT, "seem defensive"},
    {CUE_CONFRONT, "sound defensive"},
    {CUE_CONFRONT, "being defensive"},
    {CUE_CONFRONT, "so defensive"},
    {CUE_CONFRONT, "not on me"},
    {CUE_CONFRONT, "not on us"},
    {CUE_CONFRONT, "not up for debate"},
    {CUE_CONFRONT, "not up for discussion"},
    {CUE_CONFRONT, "non negotiable"},
    {CUE_CONFRONT, "you owe it to"},
    {CUE_CONFRONT, "you signed off"},
    {CUE_CONFRONT, "your team never"},
    {CUE_CONFRONT, "you did not even"},
    {CUE_CONFRONT, "you just have not"},
    {CUE_CONFRONT, "you have not even"},
    {CUE_CONFRONT, "you can not just"},
    {CUE_CONFRONT, "switched topic"},
    {CUE_CONFRONT, "switch topic"},
    {CUE_CONFRONT, "changed topic"},
    {CUE_CONFRONT, "change topic"},
    {CUE_CONFRONT, "switched the subject"},
    {CUE_CONFRONT, "change the topic"},
    {CUE_CONFRONT, "changes the topic"},
    {CUE_CONFRONT, "changing the topic"},
    {CUE_CONFRONT, "be avoiding"},
    {CUE_CONFRONT, "have a go at me"},
    {CUE_CONFRONT, "^with respect"},
    {CUE_CONFRONT, "funny how"},
    {CUE_CONFRONT, "not taking it seriously"},
    {CUE_CONFRONT, "not taking this seriously"},
    {CUE_CONFRONT, "not taking the homework seriously"},
    {CUE_CONFRONT, "your side did not"},
    {CUE_CONFRONT, "your end did not"},
    {CUE_CONFRONT, "your team did not"},
    {CUE_CONFRONT, "never got done on your"},

    /* Permission: persuasion with permission asked or offered */
    {CUE_PERMISSION, "would it be okay if i"},
    {CUE_PERMISSION, "would it be ok if i"},
    {CUE_PERMISSION, "would it be alright if i"},
    {CUE_PERMISSION, "is it okay if i"},
    {CUE_PERMISSION, "is it ok if i"},
    {CUE_PERMISSION, "is it alright if i"},
    {CUE_PERMISSION, "may i suggest"},
    {CUE_PERMISSION, "may i share"},
    {CUE_PERMISSION, "may i offer"},
    {CUE_PERMISSION, "can i share"},
    {CUE_PERMISSION, "could i share"},
    {CUE_PERMISSION, "can i offer"},
    {CUE_PERMISSION, "could i offer"},
    {CUE_PERMISSION, "can i suggest"},
    {CUE_PERMISSION, "could i suggest"},
    {CUE_PERMISSION, "if you are open to it"},
    {CUE_PERMISSION, "if you are interested"},
    {CUE_PERMISSION, "do you mind if i"},
    {CUE_PERMISSION, "would you mind if i"},
    {CUE_PERMISSION, "would you like to hear"},
    {CUE_PERMISSION, "would you like me to"},
    {CUE_PERMISSION, "would you be interested in"},
    {CUE_PERMISSION, "if that is okay"},
    {CUE_PERMISSION, "if that is ok"},
    {CUE_PERMISSION, "with your permission"},
    {CUE_PERMISSION, "would it help if i"},
    {CUE_PERMISSION, "would it be useful if i"},
    {CUE_PERMISSION, "can i make a suggestion"},
    {CUE_PERMISSION, "could i make a suggestion"},
    {CUE_PERMISSION, "if it is ok with you"},
    {CUE_PERMISSION, "if it is okay with you"},
    {CUE_PERMISSION, "if that is ok with you"},
    {CUE_PERMISSION, "would it be helpful if i"},
    {CUE_PERMISSION, "would you like some"},
    {CUE_PERMISSION, "take it or leave it"},
    {CUE_PERMISSION, "since you are asking"},
    {CUE_PERMISSION, "since you asked"},
    {CUE_PERMISSION, "now that you ask"},
    {CUE_PERMISSION, "mind if i"},
    {CUE_PERMISSION, "would you be ok with me"},
    {CUE_PERMISSION, "would you be okay with me"},
    {CUE_PERMISSION, "can i throw"},
    {CUE_PERMISSION, "can i tell you"},
    {CUE_PERMISSION, "could i tell you"},
    {CUE_PERMISSION, "can i give you"},
    {CUE_PERMISSION, "do you want me to"},
    {CUE_PERMISSION, "would you want me to"},
    {CUE_PERMISSION, "want me to share"},
    {CUE_PERMISSION, "^want to hear"},
    {CUE_PERMISSION, "^want me to"},

    /* Advice: persuasion, advice or argument (Persuade without permission) */
    {CUE_ADVICE, "you should"},
    {CUE_ADVICE, "^you need to"},
    {CUE_ADVICE, "^you have to"},
    {CUE_ADVICE, "you really need to"},
    {CUE_ADVICE, "you just need to"},
    {CUE_ADVICE, "you just have to"},
    {CUE_ADVICE, "you really have to"},
    {CUE_ADVICE, "you must"},
    {CUE_ADVICE, "you ought to"},
    {CUE_ADVICE, "we need to"},
    {CUE_ADVICE, "we will need to"},
    {CUE_ADVICE, "we really need to"},
    {CUE_ADVICE, "we have to"},
    {CUE_ADVICE, "i would recommend"},
    {CUE_ADVICE, "i recommend"},
    {CUE_ADVICE, "i suggest"},
    {CUE_ADVICE, "i would suggest"},
    {CUE_ADVICE, "i would like you to"},
    {CUE_ADVICE, "i would like us to"},
    {CUE_ADVICE, "i would really like us to"},
    {CUE_ADVICE, "what i would do"},
    {CUE_ADVICE, "here is the plan"},
    {CUE_ADVICE, "the best thing"},
    {CUE_ADVICE, "^why do not you"},
    {CUE_ADVICE, "^why not"},
    {CUE_ADVICE, "have you considered"},
    {CUE_ADVICE, "have you thought about"},
    {CUE_ADVICE, "have you tried"},
    {CUE_ADVICE, "trust me"},
    {CUE_ADVICE, "if you just"},
    {CUE_ADVICE, "you had better"},
    {CUE_ADVICE, "you would be better off"},
    {CUE_ADVICE, "my advice"},
    {CUE_ADVICE, "what you need"},
    {CUE_ADVICE, "you could try"},
    {CUE_ADVICE, "you might try"},
    {CUE_ADVICE, "you might consider"},
    {CUE_ADVICE, "you might want to"},
    {CUE_ADVICE, "from now on"},
    {CUE_ADVICE, "let us just"},
    {CUE_ADVICE, "can we just"},
    {CUE_ADVICE, "could we just"},
    {CUE_ADVICE, "it would be wise"},
    {CUE_ADVICE, "you will regret"},
    {CUE_ADVICE, "do not you think you"},
    {CUE_ADVICE, "^make sure"},
    {CUE_ADVICE, "^try to"},
    {CUE_ADVICE, "^you can not afford"},
    /* the counsellor's opinion and arguments for it */
    {CUE_OPINION, "^i think"},
    {CUE_ADVICE, "i really think"},
    {CUE_ADVICE, "i reckon"},
    {CUE_ADVICE, "i am sure"},
    {CUE_ADVICE, "i believe"},
    {CUE_ADVICE, "in my opinion"},
    {CUE_MARKER, "^honestly"},
    {CUE_MARKER, "but honestly"},
    {CUE_ADVICE, "to be fair"},
    {CUE_MARKER, "to be honest"},
    {CUE_ADVICE, "the reality is"},
    {CUE_ADVICE, "the truth is"},
    {CUE_ADVICE, "the fact is"},
    {CUE_ADVICE, "the evidence"},
    {CUE_ADVICE, "the whole point"},
    {CUE_ADVICE, "by design"},
    {CUE_ADVICE, "i understand but"},
    {CUE_ADVICE, "i understand why"},
    {CUE_ADVICE, "i know it is"},
    {CUE_ADVICE, "i get it but"},
    {CUE_ADVICE, "i hear you but"},
    {CUE_ADVICE, "i hear that but"},
    {CUE_ADVICE, "i get that but"},
    {CUE_ADVICE, "i understand that but"},
    {CUE_ADVICE, "i know but"},
    {CUE_ADVICE, "i see that but"},
    {CUE_ADVICE, "i take your point but"},
    {CUE_ADVICE, "fair enough but"},
    {CUE_ADVICE, "i get you but"},
    /* normalising, promising results, warning of consequences */
    {CUE_ADVICE, "some people find"},
    {CUE_ADVICE, "other people have found"},
    {CUE_ADVICE, "other clients have found"},
    {CUE_ADVICE, "what has worked for"},
    {CUE_ADVICE, "it will work"},
    {CUE_ADVICE, "you will see"},
    {CUE_ADVICE, "it will make"},
    {CUE_ADVICE, "or this will"},
    {CUE_ADVICE, "if we do not"},
    {CUE_ADVICE, "if you do not"},
    {CUE_ADVICE, "take it personally"},
    {CUE_ADVICE, "do not give up"},
    {CUE_ADVICE, "for free"},
    {CUE_ADVICE, "refund"},
    {CUE_ADVICE, "discount"},
    {CUE_ADVICE, "money back"},
    {CUE_ADVICE, "you will lose"},
    {CUE_ADVICE, "you are going to lose"},
    {CUE_ADVICE, "you will miss"},
    {CUE_ADVICE, "a mistake to"},
    {CUE_ADVICE, "surely"},
    {CUE_ADVICE, "proves"},
    {CUE_ADVICE, "it might help to"},
    {CUE_ADVICE, "it would help to"},
    {CUE_ADVICE, "it may help to"},
    {CUE_ADVICE, "it could help to"},
    {CUE_ADVICE, "it helps to"},
    {CUE_ADVICE, "a good idea would be"},
    {CUE_ADVICE, "the best approach"},
    {CUE_ADVICE, "you could always"},
    {CUE_ADVICE, "you could just"},
    {CUE_ADVICE, "you could also"},
    {CUE_ADVICE, "^how about we"},
    {CUE_ADVICE, "^what about trying"},
    {CUE_ADVICE, "^why do not we"},
    {CUE_ADVICE, "believe me"},
    {CUE_ADVICE, "the thing is"},
    {CUE_ADVICE, "at the end of the day"},
    {CUE_ADVICE, "you will not regret"},
    {CUE_ADVICE, "i promise"},
    {CUE_ADVICE, "i guarantee"},
    {CUE_ADVICE, "guaranteed"},
    {CUE_ADVICE, "i am confident"},
    {CUE_ADVICE, "i am certain"},
    {CUE_ADVICE, "the problem is"},
    {CUE_ADVICE, "what you are missing"},
    {CUE_ADVICE, "you have got to"},
    {CUE_ADVICE, "you will feel better"},
    {CUE_ADVICE, "you will be fine"},
    {CUE_ADVICE, "it will be fine"},
    {CUE_ADVICE, "do not worry"},
    {CUE_ADVICE, "you would be surprised"},
    {CUE_ADVICE, "if i were you"},
    {CUE_ADVICE, "in your shoes"},
    {CUE_ADVICE, "the sooner"},
    {CUE_ADVICE, "it is time to"},
    {CUE_ADVICE, "it is time you"},
    {CUE_ADVICE, "it will be okay"},
    {CUE_ADVICE, "it will be ok"},
    {CUE_ADVICE, "it will be alright"},
    {CUE_ADVICE, "you will be okay"},
    {CUE_ADVICE, "you will be ok"},
    {CUE_ADVICE, "you will be alright"},
    {CUE_ADVICE, "no need to worry"},
    {CUE_ADVICE, "nothing to worry"},
    {CUE_ADVICE, "you will get there"},
    {CUE_ADVICE, "it will get better"},
    {CUE_ADVICE, "it gets better"},
    {CUE_ADVICE, "you can do it"},
    {CUE_ADVICE, "you can do this"},
    {CUE_ADVICE, "i know you can"},
    {CUE_ADVICE, "you have got this"},
    {CUE_ADVICE, "most of our"},
    {CUE_ADVICE, "we delivered"},
    {CUE_ADVICE, "we have delivered"},
    {CUE_ADVICE, "on track"},
    {CUE_ADVICE, "on target"},
    {CUE_ADVICE, "takes time"},
    {CUE_ADVICE, "it takes time"},
    {CUE_ADVICE, "give it time"},
    {CUE_ADVICE, "be patient"},
    {CUE_ADVICE, "early days"},
    {CUE_ADVICE, "lag"},
    {CUE_ADVICE, "lags"},
    {CUE_ADVICE, "proven"},
    {CUE_ADVICE, "track record"},
    {CUE_ADVICE, "audited"},
    {CUE_ADVICE, "it works"},
    {CUE_ADVICE, "way more"},
    {CUE_ADVICE, "way better"},
    {CUE_ADVICE, "free of charge"},
    {CUE_ADVICE, "no charge"},
    {CUE_ADVICE, "on the house"},
    {CUE_ADVICE, "waive"},
    {CUE_ADVICE, "drop the fee"},
    {CUE_ADVICE, "cut the fee"},
    {CUE_ADVICE, "reduce the fee"},
    {CUE_ADVICE, "lower the fee"},
    {CUE_ADVICE, "half price"},
    {CUE_ADVICE, "at no cost"},
    {CUE_ADVICE, "free trial"},
    {CUE_ADVICE, "is free"},
    {CUE_ADVICE, "for nothing"},
    {CUE_ADVICE, "i have been doing"},
    {CUE_ADVICE, "i know what i am doing"},
    {CUE_ADVICE, "years of experience"},
    {CUE_ADVICE, "classic"},
    {CUE_ADVICE, "plenty of companies"},
    {CUE_ADVICE, "loads of companies"},
    {CUE_ADVICE, "personally i"},
    {CUE_ADVICE, "i personally"},
    {CUE_MARKER, "tbh"},
    {CUE_MARKER, "imo"},
    {CUE_MARKER, "imho"},
    {CUE_MARKER, "frankly"},
    {CUE_ADVICE, "if you ask me"},
    {CUE_ADVICE, "my suggestion"},
    {CUE_ADVICE, "my recommendation"},
    {CUE_ADVICE, "the answer is"},
    {CUE_ADVICE, "the solution is"},
    {CUE_ADVICE, "the key is"},
    {CUE_ADVICE, "the trick is"},
    {CUE_ADVICE, "worth a try"},
    {CUE_ADVICE, "worth trying"},
    {CUE_ADVICE, "worth a go"},
    {CUE_ADVICE, "^what if you"},
    {CUE_ADVICE, "^i would not"},
    {CUE_ADVICE, "the best reason"},
    {CUE_ADVICE, "limited time"},
    {CUE_ADVICE, "i need a"},
    {CUE_ADVICE, "i need an"},
    {CUE_ADVICE, "i need you to"},
    {CUE_ADVICE, "do not be hard on"},
    {CUE_ADVICE, "do not be so hard on"},
    {CUE_ADVICE, "go easy on yourself"},
    {CUE_ADVICE, "be kind to yourself"},
    /* reassurance, rules laid down, and the counsellor's method defended */
    {CUE_ADVICE, "for a reason"},
    {CUE_ADVICE, "it will pass"},
    {CUE_ADVICE, "will settle down"},
    {CUE_ADVICE, "obviously capable"},
    {CUE_ADVICE, "obviously good at"},
    {CUE_ADVICE, "you are doing fine"},
    {CUE_ADVICE, "you are doing great"},
    {CUE_ADVICE, "from tonight"},
    {CUE_ADVICE, "starting tonight"},
    {CUE_ADVICE, "that is the rule"},
    {CUE_ADVICE, "that is the point"},
    {CUE_ADVICE, "kind of the point"},
    {CUE_ADVICE, "that is deliberate"},
    {CUE_ADVICE, "how i work"},
    {CUE_ADVICE, "full stop"},
    {CUE_ADVICE, "let me be clear"},
    {CUE_ADVICE, "^to be clear"},
    {CUE_ADVICE, "^why do not i"},
    {CUE_ADVICE, "^could you bring"},
    {CUE_ADVICE, "^could you get"},
    {CUE_ADVICE, "^can you bring"},
    {CUE_ADVICE, "^can you get"},
    {CUE_ADVICE, "here is what changes"},
    {CUE_ADVICE, "what needs to happen"},
    {CUE_ADVICE, "is the issue"},
    {CUE_ADVICE, "the issue is"},
    {CUE_ADVICE, "^you could start"},
    {CUE_ADVICE, "^you could ask"},
    {CUE_ADVICE, "^you could tell"},
    {CUE_ADVICE, "^you could talk"},
    {CUE_ADVICE, "^you could go"},
    {CUE_ADVICE, "^you could give"},
    {CUE_ADVICE, "^you could let"},
    {CUE_ADVICE, "^you could write"},
    {CUE_ADVICE, "^you could book"},
    {CUE_ADVICE, "^you could call"},
    {CUE_ADVICE, "^you could put"},
    {CUE_ADVICE, "^you could take"},
    {CUE_ADVICE, "^you could run"},
    {CUE_ADVICE, "^you could use"},
    {CUE_ADVICE, "^you could do"},
    {CUE_ADVICE, "^you could speak"},
    {CUE_ADVICE, "^you could get"},
    {CUE_ADVICE, "^you could have"},
    {CUE_ADVICE, "^you could set"},
    {CUE_ADVICE, "^you could send"},
    {CUE_ADVICE, "^you could bring"},
    {CUE_ADVICE, "^you could leave"},
    {CUE_ADVICE, "^you could stop"},
    {CUE_ADVICE, "^you could keep"},
    {CUE_ADVICE, "^you could think about"},
    {CUE_ADVICE, "could you maybe"},
    {CUE_ADVICE, "could you just"},
    {CUE_ADVICE, "if we just"},
    {CUE_ADVICE, "^how about i"},
    {CUE_ADVICE, "^how about you"},
    {CUE_ADVICE, "^what if i"},
    {CUE_ADVICE, "^what if we"},
    {CUE_ADVICE, "you can not expect"},
    {CUE_ADVICE, "you can not really expect"},

    /* Emphasize: the client's autonomy and choice */
    {CUE_EMPHASIZE, "your call"},
    {CUE_EMPHASIZE, "up to you"},
    {CUE_EMPHASIZE, "your decision"},
    {CUE_EMPHASIZE, "you decide"},
    {CUE_EMPHASIZE, "you know best"},
    {CUE_EMPHASIZE, "you know yourself best"},
    {CUE_EMPHASIZE, "your choice"},
    {CUE_EMPHASIZE, "only you can"},
    {CUE_EMPHASIZE, "whatever you decide"},
    {CUE_EMPHASIZE, "you do not have to"},
    {CUE_EMPHASIZE, "we do not have to"},
    {CUE_EMPHASIZE, "unless you want"},
    {CUE_EMPHASIZE, "whenever you want"},
    {CUE_EMPHASIZE, "whenever you are ready"},
    {CUE_EMPHASIZE, "is allowed"},
    {CUE_EMPHASIZE, "you get to decide"},
    {CUE_EMPHASIZE, "you are the one who decides"},
    {CUE_EMPHASIZE, "in your hands"},
    {CUE_EMPHASIZE, "you are free to"},
    {CUE_EMPHASIZE, "no pressure"},
    {CUE_EMPHASIZE, "you are in charge"},
    {CUE_EMPHASIZE, "not going to tell you what to do"},
    {CUE_EMPHASIZE, "not here to tell you"},
    {CUE_EMPHASIZE, "entirely up to"},
    {CUE_EMPHASIZE, "you are the expert"},
    {CUE_EMPHASIZE, "better than me"},
    {CUE_EMPHASIZE, "better than i do"},
    {CUE_EMPHASIZE, "only you know"},
    {CUE_EMPHASIZE, "you can choose"},
    {CUE_EMPHASIZE, "you pick"},
    {CUE_EMPHASIZE, "you are welcome to"},
    {CUE_EMPHASIZE, "perfectly good answer"},
    {CUE_EMPHASIZE, "is a fine answer"},
    {CUE_EMPHASIZE, "are all fine answers"},
    {CUE_EMPHASIZE, "whichever you like"},
    {CUE_EMPHASIZE, "whichever you want"},
    {CUE_EMPHASIZE, "wherever you want"},
    {CUE_EMPHASIZE, "where you want to go"},
    {CUE_EMPHASIZE, "you lead"},
    {CUE_EMPHASIZE, "yours to"},
    {CUE_EMPHASIZE, "are all fine"},
    {CUE_EMPHASIZE, "are all okay"},
    {CUE_EMPHASIZE, "all of those are okay"},
    {CUE_EMPHASIZE, "no is fine"},
    {CUE_EMPHASIZE, "is fine with me"},
    {CUE_EMPHASIZE, "completely fine"},
    {CUE_EMPHASIZE, "totally fine"},
    {CUE_EMPHASIZE, "perfectly fine to"},
    {CUE_EMPHASIZE, "fine to say no"},
    {CUE_EMPHASIZE, "your own pace"},
    {CUE_EMPHASIZE, "stop at any point"},
    {CUE_EMPHASIZE, "stop any time"},
    {CUE_EMPHASIZE, "stop at any time"},
    {CUE_EMPHASIZE, "whenever you choose"},
    {CUE_EMPHASIZE, "only if you want"},
    {CUE_EMPHASIZE, "your agenda"},
    {CUE_EMPHASIZE, "set the agenda"},
    {CUE_EMPHASIZE, "you decide what"},
    {CUE_EMPHASIZE, "you decide when"},
    {CUE_EMPHASIZE, "you decide whether"},
    {CUE_EMPHASIZE, "however you want"},
    {CUE_EMPHASIZE, "you call the shots"},
    {CUE_EMPHASIZE, "it is your life"},
    {CUE_EMPHASIZE, "if and when you"},
    {CUE_EMPHASIZE, "whatever you choose"},
    {CUE_EMPHASIZE, "take your time"},
    {CUE_EMPHASIZE, "wherever you like"},
    {CUE_EMPHASIZE, "whatever you like"},
    {CUE_EMPHASIZE, "whenever you like"},
    {CUE_EMPHASIZE, "whatever you do is"},
    {CUE_EMPHASIZE, "whatever works for you"},
    {CUE_EMPHASIZE, "it is your business"},
    {CUE_EMPHASIZE, "or neither"},
    {CUE_EMPHASIZE, "or not at all"},
    {CUE_EMPHASIZE, "either way"},
    {CUE_EMPHASIZE, "either is fine"},
    {CUE_EMPHASIZE, "if you would rather"},
    {CUE_EMPHASIZE, "if you prefer"},

    /* Seek: collaboration, the client's ideas about how to go on */
    {CUE_SEEK, "what do you think$"},
    {CUE_SEEK, "what do you think about"},
    {CUE_SEEK, "what do you think of"},
    {CUE_SEEK, "what do you think we"},
    {CUE_SEEK, "work together"},
    {CUE_SEEK, "working together"},
    {CUE_SEEK, "work it out together"},
    {CUE_SEEK, "together on"},
    {CUE_SEEK, "do it together"},
    {CUE_SEEK, "do this together"},
    {CUE_SEEK, "look at it together"},
    {CUE_SEEK, "look at this together"},
    {CUE_SEEK, "plan together"},
    {CUE_SEEK, "think it through together"},
    {CUE_SEEK, "figure it out together"},
    {CUE_SEEK, "sort it out together"},
    {CUE_SEEK, "together we"},
    {CUE_SEEK, "together$"},
    {CUE_SEEK, "let us figure"},
    {CUE_SEEK, "let us work"},
    {CUE_SEEK, "let us look"},
    {CUE_SEEK, "let us think"},
    {CUE_SEEK, "let us explore"},
    {CUE_SEEK, "how would you like"},
    {CUE_SEEK, "where would you like to start"},
    {CUE_SEEK, "what would work for you"},
    {CUE_SEEK, "what would be helpful"},
    {CUE_SEEK, "what would help"},
    {CUE_SEEK, "think would help"},
    {CUE_SEEK, "think would work"},
    {CUE_SEEK, "what would make"},
    /* "what would you say to him?" asks about the story; these ask for the way forward */
    {CUE_SEEK, "what would you want"},
    {CUE_SEEK, "what would you need"},
    {CUE_SEEK, "what would you like"},
    {CUE_SEEK, "what would you change"},
    {CUE_SEEK, "what would you tweak"},
    {CUE_SEEK, "what would you add"},
    {CUE_SEEK, "what would you do"},
    {CUE_SEEK, "what would you prefer"},
    {CUE_SEEK, "what would you try"},
    {CUE_SEEK, "what would you pick"},
    {CUE_SEEK, "what would you choose"},
    {CUE_SEEK, "what would you propose"},
    {CUE_SEEK, "what would you recommend"},
    {CUE_SEEK, "would you rather"},
    {CUE_SEEK, "would you want"},
    {CUE_SEEK, "what might fit"},
    {CUE_SEEK, "what might work"},
    {CUE_SEEK, "you tell me what"},
    {CUE_SEEK, "would it be okay if we"},
    {CUE_SEEK, "your ideas"},
    {CUE_SEEK, "your thoughts"},
    {CUE_SEEK, "ideas do you have"},
    {CUE_SEEK, "how do you want to"},
    {CUE_SEEK, "what do you make of"},
    {CUE_SEEK, "how do you see"},
    {CUE_SEEK, "what do you suggest"},
    {CUE_SEEK, "what would you suggest"},
    {CUE_SEEK, "where do you want to"},
    {CUE_SEEK, "shall we"},
    {CUE_SEEK, "how can we"},
    {CUE_SEEK, "what could we"},
    {CUE_SEEK, "how should we"},
    {CUE_SEEK, "where should we"},
    {CUE_SEEK, "where shall we"},
    {CUE_SEEK, "good first step"},
    {CUE_SEEK, "what ideas"},
    {CUE_SEEK, "which of these"},
    {CUE_SEEK, "how can i help"},
    {CUE_SEEK, "what do you need from me"},
    {CUE_SEEK, "how might you"},
    {CUE_SEEK, "what might you"},
    {CUE_SEEK, "^talk me through what you"},
    {CUE_SEEK, "do you reckon would"},
    {CUE_SEEK, "what do you reckon we"},
    /* asking the client's view of what the counsellor should do next */
    {CUE_SEEK, "^should i"},
    {CUE_SEEK, "would that work for you"},
    {CUE_SEEK, "does that work for you"},
    {CUE_SEEK, "how does that sound"},
    {CUE_SEEK, "is it ok if we"},
    {CUE_SEEK, "is it okay if we"},
    {CUE_SEEK, "is it alright if we"},
    {CUE_SEEK, "would it be ok if we"},
    /* planning together */
    {CUE_SEEK, "work out a plan"},
    {CUE_SEEK, "come up with a plan"},
    {CUE_SEEK, "put together a plan"},
    {CUE_SEEK, "build a plan"},
    {CUE_SEEK, "figure out"},

    /* Affirm: the client's strengths, efforts and values */
    {CUE_AFFIRM, "you have done"},
    {CUE_AFFIRM, "you did well"},
    {CUE_AFFIRM, "you did really well"},
    {CUE_AFFIRM, "you did a"},
    {CUE_AFFIRM, "you did the right thing"},
    {CUE_AFFIRM, "took courage"},
    {CUE_AFFIRM, "takes courage"},
    {CUE_AFFIRM, "took a lot"},
    {CUE_AFFIRM, "you care about"},
    {CUE_AFFIRM, "you really care"},
    {CUE_AFFIRM, "you are someone who"},
    {CUE_AFFIRM, "real strength"},
    {CUE_AFFIRM, "thank you for"},
    {CUE_AFFIRM, "i appreciate"},
    {CUE_AFFIRM, "you have worked hard"},
    {CUE_AFFIRM, "you worked hard"},
    {CUE_AFFIRM, "good for you"},
    {CUE_AFFIRM, "you clearly"},
    {CUE_AFFIRM, "well done"},
    {CUE_AFFIRM, "well spotted"},
    {CUE_AFFIRM, "well designed"},
    {CUE_AFFIRM, "well thought out"},
    {CUE_AFFIRM, "well planned"},
    {CUE_AFFIRM, "well prepared"},
    {CUE_AFFIRM, "well put"},
    {CUE_AFFIRM, "nice one"},
    {CUE_AFFIRM, "nice work"},
    {CUE_AFFIRM, "great work"},
    {CUE_AFFIRM, "good work"},
    {CUE_AFFIRM, "sharp"},
    {CUE_AFFIRM, "insight"},
    {CUE_AFFIRM, "impressive"},
    {CUE_AFFIRM, "you managed"},
    {CUE_AFFIRM, "you have managed"},
    {CUE_AFFIRM, "you handled"},
    {CUE_AFFIRM, "you built"},
    {CUE_AFFIRM, "you have put"},
    {CUE_AFFIRM, "you put a lot"},
    {CUE_AFFIRM, "brave"},
    {CUE_AFFIRM, "you are committed"},
    {CUE_AFFIRM, "your commitment"},
    {CUE_AFFIRM, "your dedication"},
    {CUE_AFFIRM, "i admire"},
    {CUE_AFFIRM, "you have clearly"},
    {CUE_AFFIRM, "a lot of thought"},
    {CUE_AFFIRM, "a lot of effort"},
    {CUE_AFFIRM, "a lot of work into"},
    {CUE_AFFIRM, "good idea"},
    {CUE_AFFIRM, "great idea"},
    {CUE_AFFIRM, "resourceful"},
    {CUE_AFFIRM, "determined"},
    {CUE_AFFIRM, "you stuck with"},
    {CUE_AFFIRM, "you have stuck with"},
    {CUE_AFFIRM, "you kept going"},
    {CUE_AFFIRM, "persistence"},
    {CUE_AFFIRM, "says a lot about you"},
    {CUE_AFFIRM, "you have shown"},
    {CUE_AFFIRM, "you showed"},
    {CUE_AFFIRM, "smart"},
    {CUE_AFFIRM, "clever"},
    {CUE_AFFIRM, "says a lot"},
    {CUE_AFFIRM, "courage"},
    {CUE_AFFIRM, "courageous"},
    {CUE_AFFIRM, "proud of you"},
    {CUE_AFFIRM, "good on you"},
    {CUE_AFFIRM, "credit to you"},
    {CUE_AFFIRM, "big step"},
    {CUE_AFFIRM, "you did it"},
    {CUE_AFFIRM, "your hard work"},
    {CUE_AFFIRM, "well handled"},
    {CUE_AFFIRM, "strength"},
    {CUE_AFFIRM, "strengths"},
    {CUE_AFFIRM, "honesty"},
    {CUE_AFFIRM, "thoughtful"},
    {CUE_AFFIRM, "that is great"},
    {CUE_AFFIRM, "took some nerve"},
    {CUE_AFFIRM, "took nerve"},
    {CUE_AFFIRM, "took guts"},
    {CUE_AFFIRM, "takes guts"},
    {CUE_AFFIRM, "appreciate you"},
    {CUE_AFFIRM, "appreciate your"},
    {CUE_AFFIRM, "appreciate that you"},
    {CUE_AFFIRM, "appreciate how"},
    {CUE_AFFIRM, "honest with me"},
    {CUE_AFFIRM, "so honest"},
    {CUE_AFFIRM, "congratulations"},
    {CUE_AFFIRM, "congrats"},
    {CUE_AFFIRM, "achievement"},
    {CUE_AFFIRM, "that is a real"},
    {CUE_AFFIRM, "hats off"},
    {CUE_AFFIRM, "kudos"},
    {CUE_AFFIRM, "you should be proud"},
    {CUE_AFFIRM, "that takes"},
    {CUE_AFFIRM, "that took"},
    {CUE_AFFIRM, "honest of you"},
    {CUE_AFFIRM, "good of you"},
    {CUE_AFFIRM, "done your homework"},
    /* effort the client put in: turning up, sticking at it, working something out */
    {CUE_AFFIRM, "you kept coming"},
    {CUE_AFFIRM, "you kept turning up"},
    {CUE_AFFIRM, "you kept showing up"},
    {CUE_AFFIRM, "you came back"},
    {CUE_AFFIRM, "you turned up"},
    {CUE_AFFIRM, "you showed up"},
    {CUE_AFFIRM, "you spotted"},
    {CUE_AFFIRM, "you have spotted"},
    {CUE_AFFIRM, "you worked out"},
    {CUE_AFFIRM, "you have worked out"},
    {CUE_AFFIRM, "you figured out"},
    {CUE_AFFIRM, "you have figured out"},
    {CUE_AFFIRM, "perceptive"},
    {CUE_AFFIRM, "nailed"},
    {CUE_AFFIRM, "backbone"},
    {CUE_AFFIRM, "honest piece"},
    {CUE_AFFIRM, "spot on"},
    {CUE_AFFIRM, "honest work"},
    {CUE_AFFIRM, "all by yourself"},
    {CUE_AFFIRM, "you came up with"},
    {CUE_AFFIRM, "you have always put"},
    {CUE_AFFIRM, "you always put"},
    {CUE_AFFIRM, "that is a proper"},
    {CUE_AFFIRM, "solid"},

    {CUE_AGENDA, "^let us skip"},
    {CUE_AGENDA, "^let us park"},
    {CUE_AGENDA, "^let us move on"},
    {CUE_AGENDA, "^let us come back"},
    {CUE_AGENDA, "^let us go back"},
    {CUE_AGENDA, "^let us start with"},
    {CUE_AGENDA, "^let us stay"},
    {CUE_AGENDA, "^let us focus"},
    {CUE_AGENDA, "^let us talk about"},
    {CUE_AGENDA, "^forget the why"},
    {CUE_AGENDA, "^forget my"},
    {CUE_AGENDA, "^skip the why"},
    {CUE_AGENDA, "^park the"},
    {CUE_AGENDA, "^wait$"},
    {CUE_AGENDA, "^hang on$"},
    {CUE_AGENDA, "^hold on$"},
    {CUE_AGENDA, "^wait a sec"},
    {CUE_AGENDA, "^hang on a sec"},
    {CUE_AGENDA, "^one sec"},
    {CUE_AGENDA, "^bear with me"},
    {CUE_AGENDA, "^let us reconvene"},
    {CUE_AGENDA, "^let us go with"},
    {CUE_AGENDA, "^let us pick up"},
    {CUE_AGENDA, "^let us meet"},
    {CUE_AGENDA, "^let us catch up"},
    {CUE_AGENDA, "^forget i said"},

    /* Imperative: a verb at the start telling the client what to do */
    {CUE_IMPERATIVE, "^stop"},
    {CUE_IMPERATIVE, "^give"},
    {CUE_IMPERATIVE, "^get"},
    {CUE_IMPERATIVE, "^go"},
    {CUE_IMPERATIVE, "^try"},
    {CUE_IMPERATIVE, "^take"},
    {CUE_IMPERATIVE, "^keep"},
    {CUE_IMPERATIVE, "^make"},
    {CUE_IMPERATIVE, "^call"},
    {CUE_IMPERATIVE, "^grab"},
    {CUE_IMPERATIVE, "^fill"},
    {CUE_IMPERATIVE, "^be"},
    {CUE_IMPERATIVE, "^do that"},
    {CUE_IMPERATIVE, "^do it"},
    {CUE_IMPERATIVE, "^do not"},
    {CUE_IMPERATIVE, "^drop"},
    {CUE_IMPERATIVE, "^put"},
    {CUE_IMPERATIVE, "^use"},
    {CUE_IMPERATIVE, "^write"},
    {CUE_IMPERATIVE, "^start"},
    {CUE_IMPERATIVE, "^quit"},
    {CUE_IMPERATIVE, "^ask"},
    {CUE_IMPERATIVE, "^tell"},
    {CUE_IMPERATIVE, "^talk to"},
    {CUE_IMPERATIVE, "^speak to"},
    {CUE_IMPERATIVE, "^send"},
    {CUE_IMPERATIVE, "^wait"},
    {CUE_IMPERATIVE, "^relax"},
    {CUE_IMPERATIVE, "^focus"},
    {CUE_IMPERATIVE, "^remember"},
    {CUE_IMPERATIVE, "^avoid"},
    {CUE_IMPERATIVE, "^limit"},
    {CUE_IMPERATIVE, "^set"},
    {CUE_IMPERATIVE, "^schedule"},
    {CUE_IMPERATIVE, "^forget"},
    {CUE_IMPERATIVE, "^accept"},
    {CUE_IMPERATIVE, "^switch"},
    {CUE_IMPERATIVE, "^cut"},
    {CUE_IMPERATIVE, "^book"},
    {CUE_IMPERATIVE, "^join"},
    {CUE_IMPERATIVE, "^think about"},
    {CUE_IMPERATIVE, "^stick"},
    {CUE_IMPERATIVE, "^ignore"},
    {CUE_IMPERATIVE, "^hang in"},
    {CUE_IMPERATIVE, "^hold off"},
    {CUE_IMPERATIVE, "^hold on"},
    {CUE_IMPERATIVE, "^stay"},
    {CUE_IMPERATIVE, "^consider"},
    {CUE_IMPERATIVE, "^check"},
    {CUE_IMPERATIVE, "^ring"},
    {CUE_IMPERATIVE, "^text"},
    {CUE_IMPERATIVE, "^email"},
    {CUE_IMPERATIVE, "^breathe"},
    {CUE_IMPERATIVE, "^calm down"},
    {CUE_IMPERATIVE, "^cheer up"},
    {CUE_IMPERATIVE, "^pick"},
    {CUE_IMPERATIVE, "^fix"},
    {CUE_IMPERATIVE, "^sign"},
    {CUE_IMPERATIVE, "^commit"},
    {CUE_IMPERATIVE, "^slow down"},
    {CUE_IMPERATIVE, "^step back"},
    {CUE_IMPERATIVE, "^sleep on it"},
    {CUE_IMPERATIVE, "^let it go"},
    {CUE_IMPERATIVE, "^let them"},
    {CUE_IMPERATIVE, "^let him"},
    {CUE_IMPERATIVE, "^let her"},
    {CUE_IMPERATIVE, "^let the"},
    {CUE_IMPERATIVE, "^let us"},
    {CUE_IMPERATIVE, "^order"},
    {CUE_IMPERATIVE, "^read"},
    {CUE_IMPERATIVE, "^clear"},
    {CUE_IMPERATIVE, "^skip"},
    {CUE_IMPERATIVE, "^bring"},
    {CUE_IMPERATIVE, "^buy"},
    {CUE_IMPERATIVE, "^leave"},
    {CUE_IMPERATIVE, "^move"},
    {CUE_IMPERATIVE, "^sit"},
    {CUE_IMPERATIVE, "^hand"},
    {CUE_IMPERATIVE, "^pay"},
    {CUE_IMPERATIVE, "^practise"},
    {CUE_IMPERATIVE, "^practice"},
    {CUE_IMPERATIVE, "^exercise"},
    {CUE_IMPERATIVE, "^eat"},
    {CUE_IMPERATIVE, "^drink"},
    {CUE_IMPERATIVE, "^turn"},
    {CUE_IMPERATIVE, "^find"},
    {CUE_IMPERATIVE, "^look into"},
    {CUE_IMPERATIVE, "^sort"},
    {CUE_IMPERATIVE, "^plan"},
    {CUE_IMPERATIVE, "^prepare"},
    {CUE_IMPERATIVE, "^jot"},
    {CUE_IMPERATIVE, "^track"},
    {CUE_IMPERATIVE, "^list"},
    {CUE_IMPERATIVE, "^note down"},
    {CUE_IMPERATIVE, "^reach out"},
    {CUE_IMPERATIVE, "^contact"},
    {CUE_IMPERATIVE, "^phone"},
    {CUE_IMPERATIVE, "^message"},
    {CUE_IMPERATIVE, "^invite"},
    {CUE_IMPERATIVE, "^visit"},
    {CUE_IMPERATIVE, "^apologise"},
    {CUE_IMPERATIVE, "^apologize"},
    {CUE_IMPERATIVE, "^admit"},
    {CUE_IMPERATIVE, "^push"},
    {CUE_IMPERATIVE, "^delegate"},
    {CUE_IMPERATIVE, "^block"},
    {CUE_IMPERATIVE, "^mute"},
    {CUE_IMPERATIVE, "^walk away"},
    {CUE_IMPERATIVE, "^get out"},
    {CUE_IMPERATIVE, "^go for"},
    {CUE_IMPERATIVE, "^have a go"},
    {CUE_IMPERATIVE, "^treat yourself"},
    {CUE_IMPERATIVE, "^enjoy"},
    {CUE_IMPERATIVE, "^watch"},
    {CUE_IMPERATIVE, "^see a"},
    {CUE_IMPERATIVE, "^see if"},
    {CUE_IMPERATIVE, "^find out"},
    {CUE_IMPERATIVE, "please"},

    /* Reflect: what the client said, felt or meant, in the counsellor's words */
    {CUE_HEDGE, "^i think you are"},
    {CUE_HEDGE, "^i think you feel"},
    {CUE_HEDGE, "^i think you want"},
    {CUE_HEDGE, "^i think part of you"},
    {CUE_HEDGE, "^i think i"},
    {CUE_HEDGE, "^i think what you"},
    {CUE_HEDGE, "^i think that is why you"},
    {CUE_REFLECT, "^i think you are"},
    {CUE_REFLECT, "^i think you feel"},
    {CUE_REFLECT, "^i think you want"},
    {CUE_REFLECT, "^i guess you"},
    {CUE_REFLECT, "^i imagine you"},
    {CUE_REFLECT, "^i get the feeling"},
    {CUE_REFLECT, "^so you"},
    {CUE_REFLECT, "you feel"},
    {CUE_REFLECT, "you are feeling"},
    {CUE_REFLECT, "you felt"},
    {CUE_REFLECT, "it sounds like"},
    {CUE_REFLECT, "^sounds"},
    {CUE_REFLECT, "you sound"},
    {CUE_REFLECT, "you are saying"},
    {CUE_REFLECT, "what i am hearing"},
    {CUE_REFLECT, "what i hear"},
    {CUE_REFLECT, "^i hear"},
    {CUE_REFLECT, "^i notice"},
    {CUE_REFLECT, "^i noticed"},
    {CUE_REFLECT, "^i get the sense"},
    {CUE_REFLECT, "^i imagine"},
    {CUE_REFLECT, "^it seems"},
    {CUE_REFLECT, "you seem"},
    {CUE_REFLECT, "you are worried"},
    {CUE_REFLECT, "you have been"},
    {CUE_REFLECT, "you want"},
    {CUE_REFLECT, "you do not want"},
    {CUE_REFLECT, "part of you"},
    {CUE_REFLECT, "on one hand"},
    {CUE_REFLECT, "on the one hand"},
    {CUE_REFLECT, "for you"},
    {CUE_REFLECT, "you are not sure"},
    {CUE_REFLECT, "you are wondering"},
    {CUE_REFLECT, "you are concerned"},
    {CUE_REFLECT, "i wonder if you"},
    {CUE_YOU, "^you"},
    {CUE_RECALL, "^you said"},
    {CUE_RECALL, "^you mentioned"},
    {CUE_RECALL, "^you told me"},
    {CUE_RECALL, "^you wrote"},
    {CUE_RECALL, "^you put"},
    {CUE_RECALL, "^your form"},
    {CUE_RECALL, "^the form"},
    {CUE_RECALL, "^on the form"},
    {CUE_RECALL, "^on the intake"},
    {CUE_RECALL, "^i saw"},
    {CUE_RECALL, "^i noticed you wrote"},
    {CUE_RECALL, "^i noticed you put"},
    {CUE_RECALL, "^earlier you"},
    {CUE_RECALL, "^last time you"},
    {CUE_RECALL, "^last week you"},
    {CUE_YOU, "^your"},
    /* "you can tell me if i am wrong", "you might try...": a statement about what the client
     * may do, not about what they said or feel */
    {CUE_YOU_MAY, "^you can"},
    {CUE_YOU_MAY, "^you could"},
    {CUE_YOU_MAY, "^you might"},
    {CUE_YOU_MAY, "^you may"},
    {CUE_REFLECT, "^and you"},
    {CUE_REFLECT, "^it is hard"},
    {CUE_REFLECT, "^this is hard"},
    {CUE_REFLECT, "^that must"},
    {CUE_REFLECT, "^it must"},
    {CUE_REFLECT, "^must be"},
    {CUE_REFLECT, "^that sounds"},
    {CUE_REFLECT, "important to you"},
    {CUE_REFLECT, "matters to you"},
    {CUE_REFLECT, "to you that"},
    {CUE_REFLECT, "^so"},
    {CUE_REFLECT, "sum up"},
    {CUE_REFLECT, "summarise"},
    {CUE_REFLECT, "summarize"},
    {CUE_REFLECT, "in summary"},
    {CUE_REFLECT, "^in other words"},
    {CUE_REFLECT, "you are telling me"},
    {CUE_REFLECT, "you are thinking"},
    {CUE_REFLECT, "you are afraid"},
    {CUE_REFLECT, "you are scared"},
    {CUE_REFLECT, "you wish"},
    {CUE_REFLECT, "you would like"},
    {CUE_REFLECT, "you hope"},
    {CUE_REFLECT, "you are hoping"},
    {CUE_REFLECT, "^that has been"},
    {CUE_REFLECT, "^it has been"},
    {CUE_REFLECT, "a lot on your plate"},
    {CUE_REFLECT, "^that must have"},
    {CUE_REFLECT, "^what you are describing"},
    {CUE_REFLECT, "the one you"},
    {CUE_REFLECT, "^recap"},
    {CUE_REFLECT, "to recap"},
    {CUE_REFLECT, "let me recap"},
    {CUE_REFLECT, "quick recap"},
    {CUE_REFLECT, "let me gather"},
    {CUE_REFLECT, "gather it up"},
    {CUE_REFLECT, "pull it together"},
    {CUE_REFLECT, "pull it all together"},
    {CUE_REFLECT, "looking back over"},
    {CUE_REFLECT, "to sum up"},
    {CUE_REFLECT, "if i have got this right"},
    {CUE_REFLECT, "let me check i have"},

    /* Complex: a reflection that adds meaning (double-sided, feeling, value, contrast,
     * metaphor, continuation) */
    {CUE_COMPLEX, "but"},
    {CUE_COMPLEX, "and yet"},
    {CUE_COMPLEX, "though"},
    {CUE_COMPLEX, "at the same time"},
    {CUE_COMPLEX, "on the one hand"},
    {CUE_COMPLEX, "on one hand"},
    {CUE_COMPLEX, "even though"},
    {CUE_COMPLEX, "although"},
    {CUE_COMPLEX, "part of you"},
    {CUE_COMPLEX, "^and you"},
    {CUE_COMPLEX, "wondering whether"},
    {CUE_COMPLEX, "as if"},
    {CUE_COMPLEX, "like a"},
    {CUE_COMPLEX, "just not"},
    {CUE_COMPLEX, "not about"},
    {CUE_COMPLEX, "more about"},
    {CUE_COMPLEX, "less about"},
    {CUE_COMPLEX, "really about"},
    {CUE_COMPLEX, "rather than"},
    {CUE_COMPLEX, "instead of"},
    {CUE_COMPLEX, "not a"},
    {CUE_COMPLEX, "not the"},
    {CUE_COMPLEX, "then$"},
    {CUE_COMPLEX, "bracing"},
    {CUE_COMPLEX, "afraid"},
    {CUE_COMPLEX, "worried"},
    {CUE_COMPLEX, "worry"},
    {CUE_COMPLEX, "scared"},
    {CUE_COMPLEX, "fear"},
    {CUE_COMPLEX, "dread"},
    {CUE_COMPLEX, "tired"},
    {CUE_COMPLEX, "exhausted"},
    {CUE_COMPLEX, "exhausting"},
    {CUE_COMPLEX, "frustrated"},
    {CUE_COMPLEX, "frustrating"},
    {CUE_COMPLEX, "angry"},
    {CUE_COMPLEX, "embarrassed"},
    {CUE_COMPLEX, "ashamed"},
    {CUE_COMPLEX, "lonely"},
    {CUE_COMPLEX, "matters"},
    {CUE_COMPLEX, "important"},
    {CUE_COMPLEX, "care"},
    {CUE_COMPLEX, "pressure"},
    {CUE_COMPLEX, "stuck"},
    {CUE_COMPLEX, "alone"},
    {CUE_COMPLEX, "hurt"},
    {CUE_COMPLEX, "overwhelmed"},
    {CUE_COMPLEX, "anxious"},
    {CUE_COMPLEX, "nervous"},
    {CUE_COMPLEX, "upset"},
    {CUE_COMPLEX, "sad"},
    {CUE_COMPLEX, "disappointed"},
    {CUE_COMPLEX, "failure"},
    {CUE_COMPLEX, "proud"},
    {CUE_COMPLEX, "guilty"},
    {CUE_COMPLEX, "torn"},
    {CUE_COMPLEX, "respect"},
    {CUE_COMPLEX, "unfair"},
    {CUE_COMPLEX, "let down"},
    {CUE_COMPLEX, "trust"},
    {CUE_COMPLEX, "believe"},
    {CUE_COMPLEX, "believes"},
    {CUE_COMPLEX, "concerned"},
    {CUE_COMPLEX, "stressed"},
    {CUE_COMPLEX, "hard"},
    {CUE_COMPLEX, "tiring"},
    {CUE_COMPLEX, "draining"},
    {CUE_COMPLEX, "scary"},
    {CUE_COMPLEX, "painful"},
    {CUE_COMPLEX, "awful"},
    {CUE_COMPLEX, "tough"},
    {CUE_COMPLEX, "rough"},
    {CUE_COMPLEX, "gutted"},
    {CUE_COMPLEX, "heavy"},
    {CUE_COMPLEX, "stings"},
    {CUE_COMPLEX, "hopeless"},
    {CUE_COMPLEX, "helpless"},
    {CUE_COMPLEX, "relieved"},
    {CUE_COMPLEX, "resent"},
    {CUE_COMPLEX, "resentful"},
    {CUE_COMPLEX, "guilt"},
    {CUE_COMPLEX, "shame"},
    {CUE_COMPLEX, "jealous"},
    {CUE_COMPLEX, "betrayed"},
    {CUE_COMPLEX, "abandoned"},
    {CUE_COMPLEX, "unsure"},
    {CUE_COMPLEX, "confused"},
    {CUE_COMPLEX, "isolated"},
    {CUE_COMPLEX, "drained"},
    {CUE_COMPLEX, "burnt out"},
    {CUE_COMPLEX, "burned out"},
    {CUE_COMPLEX, "heartbroken"},
    {CUE_COMPLEX, "grief"},
    {CUE_COMPLEX, "missing"},
    {CUE_COMPLEX, "fed up"},
    {CUE_COMPLEX, "sick of"},
    {CUE_COMPLEX, "tired of"},
    {CUE_COMPLEX, "hopeful"},
    {CUE_COMPLEX, "values"},
    {CUE_COMPLEX, "means a lot"},
    {CUE_COMPLEX, "who you are"},
    {CUE_COMPLEX, "feels like"},
    {CUE_COMPLEX, "feel like"},
    {CUE_COMPLEX, "the one you"},
    {CUE_COMPLEX, "the one who"},
    {CUE_COMPLEX, "annoyed"},
    {CUE_COMPLEX, "irritated"},
    {CUE_COMPLEX, "furious"},
    {CUE_COMPLEX, "livid"},
    {CUE_COMPLEX, "humiliated"},
    {CUE_COMPLEX, "insulted"},
    {CUE_COMPLEX, "ignored"},
    {CUE_COMPLEX, "unappreciated"},
    {CUE_COMPLEX, "undervalued"},
    {CUE_COMPLEX, "overlooked"},
    {CUE_COMPLEX, "trapped"},
    {CUE_COMPLEX, "powerless"},
    {CUE_COMPLEX, "cornered"},
    {CUE_COMPLEX, "defeated"},
    {CUE_COMPLEX, "discouraged"},
    {CUE_COMPLEX, "demoralised"},
    {CUE_COMPLEX, "demoralized"},
    {CUE_COMPLEX, "desperate"},
    {CUE_COMPLEX, "worn out"},
    {CUE_COMPLEX, "bitter"},
    {CUE_COMPLEX, "cynical"},
    {CUE_COMPLEX, "sceptical"},
    {CUE_COMPLEX, "skeptical"},
    {CUE_COMPLEX, "wary"},
    {CUE_COMPLEX, "suspicious"},
    {CUE_COMPLEX, "doubt"},
    {CUE_COMPLEX, "doubts"},
    {CUE_COMPLEX, "uncertain"},
    {CUE_COMPLEX, "insecure"},
    {CUE_COMPLEX, "vulnerable"},
    {CUE_COMPLEX, "exposed"},
    {CUE_COMPLEX, "blamed"},
    {CUE_COMPLEX, "judged"},
    {CUE_COMPLEX, "criticised"},
    {CUE_COMPLEX, "criticized"},
    {CUE_COMPLEX, "attacked"},
    {CUE_COMPLEX, "rushed"},
    {CUE_COMPLEX, "pressured"},
    {CUE_COMPLEX, "burden"},
    {CUE_COMPLEX, "conflicted"},
    {CUE_COMPLEX, "ambivalent"},
    {CUE_COMPLEX, "mixed feelings"},
    {CUE_COMPLEX, "relief"},
    {CUE_COMPLEX, "excited"},
    {CUE_COMPLEX, "happy"},
    {CUE_COMPLEX, "grateful"},
    {CUE_COMPLEX, "lost"},
    {CUE_COMPLEX, "empty"},
    {CUE_COMPLEX, "numb"},
    {CUE_COMPLEX, "shocked"},
    {CUE_COMPLEX, "devastated"},
    {CUE_COMPLEX, "crushed"},
    {CUE_COMPLEX, "miserable"},
    {CUE_COMPLEX, "unhappy"},
    {CUE_COMPLEX, "loss"},
    {CUE_COMPLEX, "grieving"},
    {CUE_COMPLEX, "tense"},
    {CUE_COMPLEX, "on edge"},
    {CUE_COMPLEX, "panic"},
    {CUE_COMPLEX, "dreading"},
    {CUE_COMPLEX, "terrified"},
    {CUE_COMPLEX, "frightened"},
    {CUE_COMPLEX, "uneasy"},
    {CUE_COMPLEX, "uncomfortable"},
    {CUE_COMPLEX, "awkward"},
    {CUE_COMPLEX, "regret"},
    {CUE_COMPLEX, "mean"},
    {CUE_COMPLEX, "means"},
    {CUE_COMPLEX, "meant"},
    {CUE_COMPLEX, "both"},
    {CUE_COMPLEX, "^recap"},
    {CUE_COMPLEX, "to recap"},
    {CUE_COMPLEX, "let me recap"},
    {CUE_COMPLEX, "quick recap"},
    {CUE_COMPLEX, "to sum up"},
    /* summaries: gathering what the client said is complex by design */
    {CUE_COMPLEX, "sum up"},
    {CUE_COMPLEX, "summarise"},
    {CUE_COMPLEX, "summarize"},
    {CUE_COMPLEX, "in summary"},
    {CUE_COMPLEX, "let me check"},
    {CUE_COMPLEX, "what we have got"},
    {CUE_COMPLEX, "missed anything"},
    {CUE_COMPLEX, "did i miss anything"},
    {CUE_COMPLEX, "have i missed"},
    {CUE_COMPLEX, "let me gather"},
    {CUE_COMPLEX, "gather it up"},
    {CUE_COMPLEX, "pull it together"},
    {CUE_COMPLEX, "pull it all together"},
    {CUE_COMPLEX, "looking back over"},

    /* Question starts */
    {CUE_OPEN, "^what"},
    {CUE_OPEN, "^how"},
    {CUE_OPEN, "^why"},
    {CUE_OPEN, "^who"},
    {CUE_OPEN, "^when"},
    {CUE_OPEN, "^where"},
    {CUE_OPEN, "^which"},
    {CUE_OPEN, "^whose"},
    {CUE_OPEN, "^can i ask what"},
    {CUE_OPEN, "^can i ask how"},
    {CUE_OPEN, "^can i ask why"},
    {CUE_OPEN, "^could i ask what"},
    {CUE_OPEN, "^could i ask how"},
    {CUE_OPEN, "^could i ask why"},
    {CUE_OPEN, "^may i ask what"},
    {CUE_OPEN, "^may i ask how"},
    {CUE_OPEN, "^may i ask why"},
    {CUE_OPEN, "^tell me"},
    {CUE_OPEN, "^walk me through"},
    {CUE_OPEN, "^talk me through"},
    {CUE_OPEN, "^describe"},
    {CUE_OPEN, "^explain"},
    {CUE_OPEN, "^give me an"},
    {CUE_OPEN, "^show me"},
    {CUE_OPEN, "^remind me"},
    {CUE_OPEN, "^give me a sense"},
    {CUE_OPEN, "^go on$"},
    {CUE_OPEN, "^keep going$"},
    {CUE_OPEN, "^carry on$"},
    {CUE_OPEN, "^help me understand"},
    {CUE_OPEN, "^in what way"},
    {CUE_OPEN, "^say more"},
    {CUE_OPEN, "^say a bit more"},
    {CUE_OPEN, "^say a little more"},
    {CUE_OPEN, "^i am curious"},
    {CUE_OPEN, "^curious"},
    {CUE_OPEN, "^i wonder what"},
    {CUE_OPEN, "^i wonder how"},
    {CUE_OPEN, "^i wonder why"},
    {CUE_FACT, "^who"},
    {CUE_FACT, "^whom"},
    {CUE_FACT, "^when"},
    {CUE_FACT, "^how long"},
    {CUE_FACT, "^how many"},
    {CUE_FACT, "^how much"},
    {CUE_FACT, "^how old"},
    {CUE_FACT, "^how often"},
    {CUE_FACT, "^how far"},
    {CUE_FACT, "^how soon"},
    {CUE_FACT, "^what time"},
    {CUE_FACT, "^what day"},
    {CUE_FACT, "^what date"},
    {CUE_FACT, "^what size"},
    {CUE_FACT, "^what year"},
    {CUE_FACT, "^what number"},
    {CUE_FACT, "^what is your budget"},
    {CUE_FACT, "^what percentage"},
    {CUE_WH_OPEN, "why"},
    {CUE_WH_OPEN, "how"},
    {CUE_WH_OPEN, "what"},
    {CUE_CLOSED, "^did"},
    {CUE_CLOSED, "^do you"},
    {CUE_CLOSED, "^do they"},
    {CUE_CLOSED, "^do we"},
    {CUE_CLOSED, "^do i"},
    {CUE_CLOSED, "^does"},
    {CUE_CLOSED, "^do not you"},
    {CUE_CLOSED, "^is"},
    {CUE_CLOSED, "^are"},
    {CUE_CLOSED, "^was"},
    {CUE_CLOSED, "^were"},
    {CUE_CLOSED, "^can"},
    {CUE_CLOSED, "^could"},
    {CUE_CLOSED, "^would"},
    {CUE_CLOSED, "^will"},
    {CUE_CLOSED, "^have you"},
    {CUE_CLOSED, "^have they"},
    {CUE_CLOSED, "^has"},
    {CUE_CLOSED, "^had you"},
    {CUE_CLOSED, "^have the"},
    {CUE_CLOSED, "^have your"},
    {CUE_CLOSED, "^have we"},
    {CUE_CLOSED, "^have i"},
    {CUE_CLOSED, "^should"},
    {CUE_CLOSED, "^shall"},
    {CUE_CLOSED, "^am i"},
    {CUE_CLOSED, "mind if i"},
    {CUE_CLOSED, "^want me"},
    {CUE_CLOSED, "^want to"},
    {CUE_CLOSED, "^fancy"},
    {CUE_CLOSED, "^same time"},
    {CUE_CLOSED, "^any"},
    {CUE_CLOSED, "^anything"},
    {CUE_CLOSED, "^ok if"},
    /* question word order after a lead-in ("before i start, which part would you...?") */
    {CUE_INNER, "what do"},
    {CUE_INNER, "what does"},
    {CUE_INNER, "what did"},
    {CUE_INNER, "what is"},
    {CUE_INNER, "what was"},
    {CUE_INNER, "what would"},
    {CUE_INNER, "what could"},
    {CUE_INNER, "what can"},
    {CUE_INNER, "what will"},
    {CUE_INNER, "how do"},
    {CUE_INNER, "how does"},
    {CUE_INNER, "how did"},
    {CUE_INNER, "how is"},
    {CUE_INNER, "how are"},
    {CUE_INNER, "how was"},
    {CUE_INNER, "how would"},
    {CUE_INNER, "how could"},
    {CUE_INNER, "how can"},
    {CUE_INNER, "why do"},
    {CUE_INNER, "why does"},
    {CUE_INNER, "why did"},
    {CUE_INNER, "why is"},
    {CUE_INNER, "why are"},
    {CUE_INNER, "which part"},
    {CUE_INNER, "whose job"},
    {CUE_INNER, "which would"},
    {CUE_INNER, "which one"},
    {CUE_INNER, "how much"},
    {CUE_INNER, "how many"},
    {CUE_INNER, "how long"},
    {CUE_INNER, "how often"},
    {CUE_INNER, "how important"},
    {CUE_INNER, "how confident"},
    {CUE_INNER, "how likely"},
    {CUE_INNER, "how ready"},
    {CUE_TAG, "is it$"},
    {CUE_TAG, "is not it$"},
    {CUE_TAG, "are you$"},
    {CUE_TAG, "are not you$"},
    {CUE_TAG, "do you$"},
    {CUE_TAG, "do not you$"},
    {CUE_TAG, "did you$"},
    {CUE_TAG, "did not you$"},
    {CUE_TAG, "was it$"},
    {CUE_TAG, "was not it$"},
    {CUE_TAG, "is that$"},
    {CUE_TAG, "is that right$"},
    {CUE_TAG, "does it$"},
    {CUE_TAG, "does not it$"},
    {CUE_TAG, "would you$"},
    {CUE_TAG, "would not you$"},
    {CUE_TAG, "have you$"},
    {CUE_TAG, "have not you$"},
    {CUE_TAG, "right$"},
    {CUE_TAG, "yeah$"},
    {CUE_TAG, "no$"},
    /* yes/no question word order after a lead-in ("to be blunt, does anyone...?") */
    {CUE_INNER_YN, "is the"},
    {CUE_INNER_YN, "is your"},
    {CUE_INNER_YN, "is anyone"},
    {CUE_INNER_YN, "is he"},
    {CUE_INNER_YN, "is she"},
    {CUE_INNER_YN, "are the"},
    {CUE_INNER_YN, "does he"},
    {CUE_INNER_YN, "has he"},
    {CUE_INNER_YN, "has she"},
    {CUE_INNER_YN, "did anyone"},
    {CUE_INNER_YN, "do they"},
    {CUE_INNER_YN, "do you"},
    {CUE_INNER_YN, "does anyone"},
    {CUE_INNER_YN, "does anybody"},
    {CUE_INNER_YN, "did you"},
    {CUE_INNER_YN, "has anything"},
    {CUE_INNER_YN, "has anyone"},
    {CUE_INNER_YN, "have you"},
    {CUE_INNER_YN, "have they"},
    {CUE_INNER_YN, "is it"},
    {CUE_INNER_YN, "is there"},
    {CUE_INNER_YN, "are you"},
    {CUE_INNER_YN, "are they"},
    {CUE_INNER_YN, "would you"},
    {CUE_INNER_YN, "could you"},
    {CUE_INNER_YN, "can you"},
    {CUE_INNER_YN, "will you"},
    {CUE_INNER_YN, "does she"},
    {CUE_INNER_YN, "did he"},
    {CUE_INNER_YN, "did she"},
    {CUE_INNER_YN, "does that"},
    {CUE_INNER_YN, "did that"},
    {CUE_INNER_YN, "is that"},
    {CUE_INNER_YN, "was that"},
    {CUE_INNER_YN, "was it"},
    {CUE_INNER_YN, "where do"},
    {CUE_INNER_YN, "where does"},
    {CUE_INNER_YN, "where did"},
    {CUE_INNER_YN, "where is"},
    {CUE_INNER_YN, "where are"},
    {CUE_INNER_YN, "where was"},
    {CUE_INNER_YN, "where were"},
    {CUE_INNER_YN, "where would"},
    {CUE_INNER_YN, "where could"},
    {CUE_INNER_YN, "where can"},
    {CUE_INNER_YN, "where will"},
    {CUE_INNER_YN, "when do"},
    {CUE_INNER_YN, "when does"},
    {CUE_INNER_YN, "when did"},
    {CUE_INNER_YN, "when is"},
    {CUE_INNER_YN, "when are"},
    {CUE_INNER_YN, "when was"},
    {CUE_INNER_YN, "when were"},
    {CUE_INNER_YN, "when would"},
    {CUE_INNER_YN, "when could"},
    {CUE_INNER_YN, "when can"},
    {CUE_INNER_YN, "when will"},

    {CUE_WH, "what"},
    {CUE_WH, "how"},
    {CUE_WH, "why"},
    {CUE_WH, "who"},
    {CUE_WH, "when"},
    {CUE_WH, "where"},
    {CUE_WH, "which"},
    {CUE_WH, "whose"},
    {CUE_WH, "or"},
    {CUE_WH, "whether"},
    {CUE_CHECK, "^so we are"},
    {CUE_CHECK, "then$"},

    {CUE_CLEFT, "^what you are saying"},
    {CUE_CLEFT, "^what i am hearing"},
    {CUE_CLEFT, "^what i hear"},
    {CUE_CLEFT, "^what you are describing"},
    {CUE_CLEFT, "^what you are telling me"},
    {CUE_CLEFT, "^what matters to you"},
    {CUE_CLEFT, "^what you want is"},
    {CUE_CLEFT, "^what you do not want is"},

    {CUE_WHY_NOT, "^why do not you want"},
    {CUE_WHY_NOT, "^why do not you like"},
    {CUE_WHY_NOT, "^why do not you feel"},
    {CUE_WHY_NOT, "^why do not you think"},
    {CUE_WHY_NOT, "^why do not you trust"},
    {CUE_WHY_NOT, "^why do not you believe"},
    {CUE_WHY_NOT, "^why do not you know"},
    {CUE_WHY_NOT, "^why do not you care"},
    {CUE_WHY_NOT, "^why do not you agree"},
    {CUE_WHY_NOT, "^why do not you see"},

    /* arguing back: "but" turning to the counsellor's own case, not a double-sided reflection
     * ("hannah booked it, but you came") */
    {CUE_ARGUE, "but i"},
    {CUE_ARGUE, "but we"},
    {CUE_ARGUE, "but our"},
    {CUE_ARGUE, "but the evidence"},
    {CUE_ARGUE, "but the data"},
    {CUE_ARGUE, "but the numbers"},
    {CUE_ARGUE, "but the fact"},
    {CUE_ARGUE, "but look"},
    {CUE_ARGUE, "but actually"},
    {CUE_ARGUE, "but really"},
    {CUE_ARGUE, "^but"},
    {CUE_ARGUE, "though$"},

    /* GI: information, facts, how things work */
    {CUE_GI, "research"},
    {CUE_GI, "studies"},
    {CUE_GI, "typically"},
    {CUE_GI, "usually"},
    {CUE_GI, "tend to"},
    {CUE_GI, "tends to"},
    {CUE_GI, "in my experience"},
    {CUE_GI, "here is how"},
    {CUE_GI, "works like"},
    {CUE_GI, "the way it works"},
    {CUE_GI, "on average"},
    {CUE_GI, "percent"},
    {CUE_GI, "according to"},
    {CUE_GI, "the data"},
    {CUE_GI, "the report shows"},
    {CUE_GI, "most people"},
    {CUE_GI, "just so you know"},
    {CUE_GI, "just so you are aware"},
    {CUE_GI, "similar"},
    {CUE_GI, "at a site"},
    {CUE_GI, "another client"},
    {CUE_GI, "other clients"},
    {CUE_GI, "elsewhere"},
    /* normalising an experience: news about people in general, not advice */
    {CUE_GI, "lots of people"},
    {CUE_GI, "lots of clients"},
    {CUE_GI, "most of my clients"},
    {CUE_GI, "people often"},
    {CUE_GI, "it is normal"},
    {CUE_GI, "perfectly natural"},
    {CUE_GI, "very common"},
    {CUE_GI, "happens to everyone"},
    {CUE_GI, "happens to everybody"},
    {CUE_GI, "everyone goes through"},
    {CUE_GI, "a lot of people"},
    {CUE_GI, "many people"},
    {CUE_GI, "most clients"},
    {CUE_GI, "happens a lot"},
    {CUE_GI, "is normal"},
    {CUE_GI, "normal to"},
    {CUE_GI, "normal for"},
    {CUE_GI, "normal at"},
    {CUE_GI, "plenty of people"},
    {CUE_GI, "plenty of clients"},
    {CUE_GI, "loads of people"},
    {CUE_GI, "loads of clients"},
    {CUE_GI, "it happens to"},
    {CUE_GI, "these things happen"},
    {CUE_GI, "really common"},
    {CUE_GI, "most common"},
    {CUE_GI, "common pattern"},
    {CUE_GI, "so common"},
    {CUE_GI, "quite common"},
    {CUE_GI, "common in"},
    {CUE_GI, "common for"},
    {CUE_GI, "common to"},
    {CUE_GI, "fwiw"},
    {CUE_GI, "for what it is worth"},
    {CUE_GI, "for the record"},
    {CUE_GI, "how it works"},
    {CUE_GI, "is how the"},
    /* the session's own structure, when the counsellor speaks for "we" */
    {CUE_GI, "minutes left"},
    {CUE_GI, "last time"},
    {CUE_GI, "next time"},
    {CUE_GI, "last session"},
    {CUE_GI, "next session"},
    {CUE_GI, "we talked about"},
    {CUE_GI, "we spoke about"},
    {CUE_GI, "we covered"},
    {CUE_GI, "we agreed"},
    /* the counsellor's own side */
    {CUE_SELF, "^i"},
    {CUE_SELF, "^we"},
    {CUE_SELF, "^our"},
    {CUE_SELF, "^us"},
    {CUE_SELF, "^me"},
    {CUE_SELF, "^my"},
    {CUE_SELF, "^let me"},
    {CUE_SELF, "^happy to"},
    {CUE_SELF, "i will"},
    {CUE_SELF, "count me in"},
    {CUE_SELF, "i am going to"},
    {CUE_SELF, "^glad to"},
    {CUE_SELF, "^let us"},
    {CUE_SELF, "^here is"},
    {CUE_SELF, "^here are"},
    {CUE_SELF, "^there is"},
    {CUE_SELF, "^there are"},
    {CUE_PROPOSAL, "would"},
    {CUE_CLIENT, "you"},
    {CUE_CLIENT, "your"},
    {CUE_CLIENT, "yourself"},
    {CUE_OFFER, "will"},
    {CUE_OFFER, "can"},
    {CUE_OFFER, "could"},
    {CUE_OFFER, "would"},
    {CUE_OFFER, "shall"},
    {CUE_OFFER, "going to"},
    {CUE_OFFER, "happy to"},
    {CUE_OFFER, "glad to"},
    {CUE_OFFER, "count me in"},
    {CUE_OFFER, "^let me"},
    {CUE_OFFER, "^here is"},
    {CUE_OFFER, "^here are"},
    {CUE_OPTION, "we can"},
    {CUE_OURS, "we"},
    {CUE_OURS_US, "us"},
    {CUE_LET_US, "let us"},
    {CUE_OURS, "our"},
    {CUE_OURS, "ours"},
};

bool ft_coder_nearest(const char *word, int cap, char *out)
{
    int bestd = cap + 1;
    for (size_t i = 0; i < sizeof rules / sizeof *rules && bestd > 1; i++) {
        const char *p = rules[i].phrase + (rules[i].phrase[0] == '^');
        while (*p) { /* each word of the phrase */
            size_t n = strcspn(p, " $");
            char w[FT_WORD_MAX];
            if (n > 0 && n < FT_WORD_MAX &&
                (p[0] == word[0] || (n > 1 && p[1] == word[0] && p[0] == word[1]))) {
                memcpy(w, p, n);
                w[n] = '\0';
                int d = text_distance(word, w, cap);
                if (d < bestd) {
                    bestd = d;
                    memcpy(out, w, n + 1);
                }
            }
            p += n + (p[n] == ' ' || p[n] == '$');
        }
    }
    return bestd <= cap;
}

/* Whether the words string s (" w1 w2 ... ") holds phrase as whole words: "^" at the start,
 * "$" at the end. */
static bool has_phrase(const char *s, const char *phrase)
{
    bool anchored = phrase[0] == '^';
    size_t n = strlen(phrase + anchored);
    bool at_end = n > 0 && phrase[anchored + n - 1] == '$';
    char pat[128];
    snprintf(pat, sizeof pat, " %.*s ", (int)(n - at_end), phrase + anchored);
    size_t plen = strlen(pat);
    if (anchored) return at_end ? strcmp(s, pat) == 0 : strncmp(s, pat, plen) == 0;
    if (at_end) {
        size_t slen = strlen(s);
        return slen >= plen && strcmp(s + slen - plen, pat) == 0;
    }
    return strstr(s, pat) != NULL;
}

/* Sets the cues found in s; only the anchored ones ("^...") when anchored_only. */
static void find_cues(const char *s, bool cue[CUE_COUNT], bool anchored_only)
{
    for (size_t i = 0; i < sizeof rules / sizeof *rules; i++)
        if (!cue[rules[i].cue] && (!anchored_only || rules[i].phrase[0] == '^') &&
            has_phrase(s, rules[i].phrase))
            cue[rules[i].cue] = true;
}

static bool has_number(const FtTokens *t, const FtUtterance *u)
{
    for (int i = u->first; i < u->first + u->count; i++)
        if (t->tok[i].word[0] >= '0' && t->tok[i].word[0] <= '9') return true;
    return false;
}

static Miti reflection(const bool cue[CUE_COUNT], int nwords)
{
    return cue[CUE_COMPLEX] || nwords >= FT_CR_LONG_WORDS ? MITI_CR : MITI_SR;
}

/* How firmly an utterance's reflection stands beside the reply's other utterances. */
typedef enum Weak {
    WEAK_NOT,    /* a reflection by its cues: it counts */
    WEAK_PLAIN,  /* by default or only its opening "you": gives way to AF, Emphasize, Seek */
    WEAK_LEADIN, /* recalling what the client said or wrote: also gives way to a question */
} Weak;

/* The decision table at the top of this file, for one utterance's cues. */
static Miti decide(const bool cue[CUE_COUNT], bool qmark, int nwords, bool *open, Weak *weak,
                   bool *leave)
{
    bool cleft = cue[CUE_CLEFT] && !qmark; /* "what i am hearing is..." reflects */
    bool qstart = (cue[CUE_OPEN] || cue[CUE_CLOSED]) && !cleft;
    /* "..., how does he fit in?" asks; "..., does it?" at the end only checks */
    bool inner = qmark && (cue[CUE_INNER] || (cue[CUE_INNER_YN] && !cue[CUE_TAG]));
    *open = false;
    *weak = WEAK_NOT;
    *leave = false;
    if (cue[CUE_SOCIAL] && !cue[CUE_CONFRONT] && !cue[CUE_PERMISSION] && !cue[CUE_ADVICE] &&
        !(qmark && cue[CUE_INNER]) && /* "no worries, when would suit you?" still asks */
        !cue[CUE_EMPHASIZE] && !cue[CUE_SEEK])
        return MITI_NONE;
    if (cue[CUE_CONFRONT]) return MITI_CONFRONT;
    if (cue[CUE_PERMISSION] && (qmark || qstart)) { /* "may i share a thought?" asks leave */
        *leave = true;
        return MITI_SEEK;
    }
    if (cue[CUE_PERMISSION]) return MITI_PWP;
    if (cue[CUE_SEEK] && (qmark || qstart)) return MITI_SEEK; /* "what would you need to..?" */
    bool marker = cue[CUE_MARKER] && nwords > 3 && !cue[CUE_SOCIAL]; /* not "lol same tbh" */
    bool advice = (cue[CUE_ADVICE] || marker) && !cue[CUE_WHY_NOT];
    if (advice || (cue[CUE_OPINION] && !cue[CUE_HEDGE]))
        return cue[CUE_EMPHASIZE] ? MITI_PWP : MITI_PERSUADE;
    if (cue[CUE_EMPHASIZE]) return MITI_EMPHASIZE;
    if (cue[CUE_SEEK]) return MITI_SEEK;
    if (cue[CUE_AFFIRM] && !(qmark && qstart)) return MITI_AF; /* not quoted in a question */
    bool reflect = cue[CUE_REFLECT] || (cue[CUE_YOU] && !cue[CUE_YOU_MAY]);
    if (cue[CUE_IMPERATIVE] && !cue[CUE_AGENDA] && !qstart && !reflect &&
        !(qmark && cue[CUE_SELF]) && !(qmark && cue[CUE_WH]))
        return MITI_PERSUADE;
    bool echo = qmark && nwords < FT_ECHO_WORDS; /* "And your dad?" asks */
    /* A statement said with a rising "?" ("work stuff, round and round?"): no question word
     * anywhere and no alternatives ("today or never?"), so it reflects what the client said
     * back for them to confirm. */
    bool rising = qmark && !qstart && !inner && !cue[CUE_WH] && !cue[CUE_IMPERATIVE] &&
                  !cue[CUE_CHECK] && !echo;
    if ((reflect || rising) && !qstart && !inner && !echo) {
        /* only its opening "you" says so: a lead-in beside autonomy, a question for the
         * client's ideas or an affirmation ("you know your nights. want a plan together?") */
        *weak = cue[CUE_RECALL]                          ? WEAK_LEADIN
                : !cue[CUE_REFLECT] && !cue[CUE_COMPLEX] ? WEAK_PLAIN
                                                         : WEAK_NOT;
        return reflection(cue, nwords);
    }
    if (qmark || qstart) {
        /* MITI: a question that asks for one fact is closed, whatever its first word */
        bool wh_inside = qmark && (cue[CUE_INNER] || cue[CUE_WH_OPEN]) && !cue[CUE_CLOSED];
        /* "when he rang, what did he say?": the asking word is the later one */
        bool fact = cue[CUE_FACT] && !cue[CUE_ASK_LATER];
        *open = (cue[CUE_OPEN] || wh_inside) && !fact;
        return MITI_Q;
    }
    if (cue[CUE_ARGUE]) return MITI_PERSUADE;
    bool ours = cue[CUE_OURS] || (cue[CUE_OURS_US] && !cue[CUE_LET_US]);
    if (ours && !cue[CUE_GI] && !cue[CUE_OPTION]) return MITI_PERSUADE;
    if (cue[CUE_SELF] && cue[CUE_CLIENT] && !cue[CUE_OFFER] && !cue[CUE_GI] && !cue[CUE_NUMBER]) {
        *weak = WEAK_PLAIN; /* beside autonomy or a question for them, the owning is a lead-in */
        return reflection(cue, nwords); /* "i jumped the gun on you": the relationship */
    }
    if (cue[CUE_GI] || cue[CUE_NUMBER] || cue[CUE_SELF] ||
        (cue[CUE_PROPOSAL] && !cue[CUE_CLIENT] && !cue[CUE_COMPLEX])) {
        /* only the counsellor's own side, no news: a lead-in to a question beside it ("i'd
         * rather hear about that screen. what happened?") */
        if (!cue[CUE_GI] && !cue[CUE_NUMBER]) *weak = WEAK_LEADIN;
        return MITI_GI;
    }
    /* a reflection for want of anything else; a few words ("okay, the sofa.") lead in */
    *weak = cue[CUE_RECALL] || nwords <= FT_LEADIN_WORDS ? WEAK_LEADIN : WEAK_PLAIN;
    return reflection(cue, nwords); /* about the client, their people and their story */
}

/* Writes the utterance's words as " w1 w2 ... " into buf; false when none is a known word.
 * "its" is read as "it is" (typed without the apostrophe far more often than possessive). */
static bool utterance_string(const FtTokens *t, const FtUtterance *u, char *buf, size_t size)
{
    bool known = false;
    size_t len = 1;
    buf[0] = ' ';
    buf[1] = '\0';
    for (int i = u->first; i < u->first + u->count; i++) {
        const char *w = t->tok[i].word;
        if (strcmp(w, "its") == 0) w = "it is";
        size_t n = strlen(w);
        known = known || t->tok[i].known;
        if (len + n + 2 > size) break;
        memcpy(buf + len, w, n);
        len += n;
        buf[len++] = ' ';
        buf[len] = '\0';
    }
    return known;
}

/* Words that do no MI work on their own: an utterance made only of them is not coded. */
static const char *const backchannel[] = {
    "absolutely", "agreed",    "amazing", "good",    "nice",  "brilliant", "perfect",    "awesome",
    "lovely",     "excellent", "ah",      "alright", "bye",   "cheers",    "cool",       "course",
    "enough",     "er",        "erm",     "exactly", "fair",  "fine",      "get",        "goodbye",
    "got",        "gotcha",    "great",   "ha",      "haha",  "hear",      "hehe",       "hello",
    "hey",        "hi",        "hm",      "hmm",     "hmmm",  "i",         "indeed",     "it",
    "k",          "kk",        "lol",     "makes",   "maybe", "mhm",       "mm",         "nah",
    "no",         "nope",      "noted",   "of",      "oh",    "ok",        "okay",       "oops",
    "perhaps",    "right",     "see",     "sense",   "sorry", "sure",      "thank",      "thanks",
    "that",       "totally",   "true",    "uh",      "um",    "umm",       "understood", "whatever",
    "wow",        "yeah",      "yep",     "yes",     "you",   "yup"};

static bool only_backchannel(const FtTokens *t, const FtUtterance *u)
{
    for (int i = u->first; i < u->first + u->count; i++) {
        bool found = false;
        for (size_t k = 0; k < sizeof backchannel / sizeof *backchannel && !found; k++)
            found = strcmp(t->tok[i].word, backchannel[k]) == 0;
        if (!found) return false;
    }
    return true;
}

/* Words that open an utterance without changing what it does ("So what happened?", "Just
 * tell him"): anchored cues are looked for after them too. */
static const char *const fillers[] = {" so ",
                                      " and ",
                                      " okay ",
                                      " ok ",
                                      " well ",
                                      " now ",
                                      " but ",
                                      " right ",
                                      " alright ",
                                      " then ",
                                      " sure ",
                                      " yes ",
                                      " yeah ",
                                      " fair ",
                                      " good ",
                                      " great ",
                                      " sorry ",
                                      " just ",
                                      " maybe ",
                                      " please ",
                                      " hmm ",
                                      " oh ",
                                      " look ",
                                      " listen ",
                                      " also ",
                                      " perfect ",
                                      " cool ",
                                      " fine ",
                                      " no ",
                                      " aww ",
                                      " aw ",
                                      " quick question ",
                                      " quick one ",
                                      " straight question ",
                                      " just out of interest ",
                                      " out of interest ",
                                      " first "};

static void find_cues_after_fillers(const char *s, bool cue[CUE_COUNT])
{
    for (int skipped = 0; skipped < 3; skipped++) {
        size_t i = 0, n = 0;
        for (; i < sizeof fillers / sizeof *fillers; i++) {
            n = strlen(fillers[i]);
            if (strncmp(s, fillers[i], n) == 0) break;
        }
        if (i == sizeof fillers / sizeof *fillers) return;
        if (strncmp(s, " just so ", 9) == 0) return; /* "just so you know": a lead-in to news */
        s += n - 1;
        find_cues(s, cue, true);
    }
}

/* Intensifiers that do not change what a phrase does ("you really should", "you just have
 * to"): the cues are looked for with them left out too. */
static const char *const soft[] = {" really ",     " just ",     " actually ",
                                   " definitely ", " totally ",  " genuinely ",
                                   " truly ",      " honestly ", " very "};

/* Copies s to out without the soft words; false when there were none. */
static bool without_soft(const char *s, char *out, size_t size)
{
    bool any = false;
    size_t len = 0;
    while (*s) {
        size_t k = 0, n = 0;
        for (; k < sizeof soft / sizeof *soft; k++) {
            n = strlen(soft[k]);
            if (strncmp(s, soft[k], n) == 0) break;
        }
        if (k < sizeof soft / sizeof *soft && strncmp(s, " just so ", 9) != 0) {
            /* skip the word, keep its trailing space ("just so you know" is a lead-in) */
            s += n - 1;
            any = true;
            continue;
        }
        if (len + 1 < size) out[len++] = *s;
        s++;
    }
    out[len] = '\0';
    return any;
}

/* Keyboard mash ("asdf qwerty", "jjjj"): not one word of it is a word the dictionary or the
 * client's choices know, so there is nothing to code. */
static bool no_known_word(const FtTokens *t, const FtUtterance *u)
{
    for (int i = u->first; i < u->first + u->count; i++)
        if (t->tok[i].known) return false;
    return true;
}

/* "when a rep picks it up, what do they do with it?": an open question word with its verb,
 * after the start, asks the question that counts. */
static bool asks_later(const char *s)
{
    static const char *const wh[] = {" what ", " how ", " why "};
    static const char *const aux[] = {"do ",   "does ",  "did ",   "is ",  "are ", "was ",
                                      "were ", "would ", "could ", "can ", "will "};
    for (size_t i = 0; i < sizeof wh / sizeof *wh; i++)
        for (const char *p = strstr(s + 1, wh[i]); p; p = strstr(p + 1, wh[i]))
            for (size_t k = 0; k < sizeof aux / sizeof *aux; k++)
                if (strncmp(p + strlen(wh[i]), aux[k], strlen(aux[k])) == 0) return true;
    return false;
}

static Miti code_utterance(const FtTokens *t, const FtUtterance *u, bool *open, Weak *weak,
                           bool *leave)
{
    char buf[FT_UTT_CHARS], plain[FT_UTT_CHARS];
    *open = false;
    *weak = WEAK_NOT;
    *leave = false;
    if (!utterance_string(t, u, buf, sizeof buf) || only_backchannel(t, u) || no_known_word(t, u))
        return MITI_NONE;
    bool cue[CUE_COUNT] = {false};
    find_cues(buf, cue, false);
    find_cues_after_fillers(buf, cue);
    if (without_soft(buf, plain, sizeof plain)) {
        find_cues(plain, cue, false);
        find_cues_after_fillers(plain, cue);
    }
    cue[CUE_NUMBER] = has_number(t, u);
    cue[CUE_ASK_LATER] = asks_later(buf);
    return decide(cue, u->question, u->count, open, weak, leave);
}

void ft_code_tokens(const FtTokens *t, FtCode *out)
{
    memset(out, 0, sizeof *out);
    bool any_open = false, permission = false, strong = false, asks = false;
    Weak weak[FREETEXT_MAX_CODES];
    bool asked_leave = false;
    for (int i = 0; i < t->nutt && out->ncodes < FREETEXT_MAX_CODES; i++) {
        bool open, leave;
        Miti m = code_utterance(t, &t->utt[i], &open, &weak[out->ncodes], &leave);
        if (m == MITI_NONE) continue;
        /* Information or advice given once leave was asked for is given with permission. */
        bool own = m == MITI_GI || m == MITI_PERSUADE ||
                   ((m == MITI_SR || m == MITI_CR) && weak[out->ncodes]);
        if (asked_leave && own) { /* "mind if i say? it dead-ends at sales." */
            m = MITI_PWP;
            weak[out->ncodes] = WEAK_NOT;
        }
        asked_leave = asked_leave || leave;
        strong = strong || m == MITI_AF || m == MITI_EMPHASIZE || m == MITI_SEEK;
        asks = asks || m == MITI_Q;
        any_open = any_open || (m == MITI_Q && open);
        permission = permission || leave || m == MITI_PWP || m == MITI_EMPHASIZE;
        out->codes[out->ncodes++] = (unsigned char)m;
    }
    /* Advice next to permission or autonomy in the same turn is advice with permission. */
    for (int i = 0; permission && i < out->ncodes; i++)
        if (out->codes[i] == MITI_PERSUADE) out->codes[i] = MITI_PWP;
    /* A reflection no cue asked for gives way to what the rest of the turn clearly does. */
    unsigned char counted[FREETEXT_MAX_CODES];
    int ncounted = 0;
    for (int i = 0; i < out->ncodes; i++)
        if (!((strong && weak[i]) || (asks && weak[i] == WEAK_LEADIN)))
            counted[ncounted++] = out->codes[i];
    out->principal = freetext_principal(counted, ncounted);
    out->open = out->principal == MITI_Q && any_open;
}

void freetext_code(Freetext *ft, const char *reply, FtCode *out)
{
    ft_code_tokens(ft_tokenize(ft, reply, NULL, true), out);
}

Miti freetext_principal(const unsigned char *codes, int n)
{
    static const Miti order[] = {MITI_CONFRONT, MITI_PERSUADE,  MITI_PWP,  MITI_CR, MITI_SR,
                                 MITI_AF,       MITI_EMPHASIZE, MITI_SEEK, MITI_GI, MITI_Q};
    for (size_t k = 0; k < sizeof order / sizeof *order; k++)
        for (int i = 0; codes && i < n; i++)
            if (codes[i] == order[k]) return order[k];
    return MITI_NONE;
}
