/* transcript: what a session looks like on paper. Text for people, JSON lines for machines,
 * and the client's posture and face in words (the accessible twin of the avatar). */
#ifndef RAPPORT_TRANSCRIPT_H
#define RAPPORT_TRANSCRIPT_H
#include <stdio.h>

#include "session.h"

/* The largest whole number a JSON reader holding numbers as doubles reads exactly (2^53):
 * seeds above it are written as strings of digits. */
#define JSON_EXACT_MAX 9007199254740992ULL

/* Whether s (len bytes) is UTF-8 text without NUL bytes. */
bool utf8_valid(const char *s, size_t len);
/* s (len bytes) with every byte that does not start valid UTF-8, and every NUL, replaced by
 * U+FFFD: the one repair of text bound for JSON. malloc'd; NULL when out of memory. */
char *utf8_repair(const char *s, size_t len);
/* s as a JSON string (quotes and escapes): the one escaping routine of the line writers. */
void json_string(FILE *f, const char *s);
/* Text that reaches a terminal from a client file or a record, with its control characters
 * shown rather than obeyed (ESC as ^[, C1 as \u009b, bytes that are not UTF-8 as \xNN);
 * newline and tab kept when keep_newlines. Printable UTF-8 is unchanged. The one such filter;
 * the result lives until eight more calls. */
const char *term_safe(const char *s, bool keep_newlines);
/* The client's state in words: "Dana leans back, arms crossed, and avoids your eyes." */
void describe_client(const Session *s, const double *state, char *buf, size_t size);

/* The MITI codes of turn tu as played, one per utterance: "CR+Q". */
void turn_codes(const Turn *tu, char *buf, size_t size);
/* The position (1-based) at which turn tu's choice was shown: the number the trainee pressed. */
int turn_pressed(const Turn *tu);
/* The client talk turn tu answered: "sustain (reason)", "change", "ask", or "none". */
void turn_talk(const Turn *tu, char *buf, size_t size);

/* Text: the client's line and the choices offered now, numbered in the order shown. */
void transcript_text_prompt(FILE *f, const Session *s);
/* Text: turn t (1-based) as it was played: the client talk, the choices in the order shown,
 * the number pressed, the move and its codes, the state change, the feedback. */
void transcript_text_turn(FILE *f, const Session *s, int t);
void transcript_text_end(FILE *f, const Session *s);
/* Between the sessions of a course: session k's title and whether the client came to it. */
void transcript_text_sitting(FILE *f, const Session *s, int k, int attended, double chance);
/* JSON: one object for turn t; then one for the end (or where the session stopped). */
void transcript_json_turn(FILE *f, const Session *s, int t);
void transcript_json_end(FILE *f, const Session *s);

#endif
