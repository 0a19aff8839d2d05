/* record: a session on disk, as one JSON file: the scenario (id, title, content hash), the
 * engine version, the seed, the trainee, the times, every turn (the line shown, the choices
 * offered, the choice made, its move and MITI code, the state after it), the ending and the
 * MITI-style summary. Replays exactly; documented in scripts/README.md. Written atomically. */
#ifndef RAPPORT_RECORD_H
#define RAPPORT_RECORD_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "../core/transcript.h"
#include "../lua/host.h"

#define RECORD_VERSION 1

typedef struct RecordStep {
    char node[128], choice[128];
    /* A typed reply (issue 15): its words (malloc'd, or NULL), code, confidence and the ids
     * of the closest choices shown. */
    char *typed;
    int code;
    double confidence;
    char alts[3][128];
    int nalts;
} RecordStep;

typedef struct Record {
    int version;
    char scenario_id[128], scenario_path[4096], hash[32], engine[32], trainee[128];
    unsigned long long seed;
    RecordStep *steps;
    int nsteps;
} Record;

/* True when s is valid UTF-8 (no overlong forms, no surrogates). */
bool record_utf8_ok(const char *s);

/* FNV-1a 64 of a scenario file's text, as 16 hex digits. */
void record_hash(const char *text, char out[17]);
/* True when hash is the content hash of text, as this engine or an older one wrote it. */
bool record_hash_matches(const char *text, const char *hash);
struct cJSON;
/* A seed as JSON, exactly: a number up to 2^53 (what a double holds exactly), above that a
 * string of digits (record_read takes both). */
struct cJSON *record_seed_json(unsigned long long seed);
/* The record of session s as a cJSON tree (what record_write writes); the caller deletes it. */
struct cJSON *record_json(Host *h, const Session *s, const char *trainee, time_t started,
                          time_t ended);
/* Writes the record of session s (played with host h) to path, atomically. 0, or -1 with a
 * message on stderr. */
int record_write(const char *path, Host *h, const Session *s, const char *trainee, time_t started,
                 time_t ended);
/* The trainee's name when no --trainee is given: $RAPPORT_TRAINEE, else the line
 * `trainee = NAME` of the settings file ($XDG_CONFIG_HOME/rapport/settings.conf, or
 * ~/.config/rapport/settings.conf), else "". */
void record_default_trainee(char *out, size_t size);
/* A fresh file name for a record in dir, or (dir NULL) in $XDG_DATA_HOME/rapport/records/
 * (~/.local/share/rapport/records/), creating the directories: scenario id, start time, seed
 * and trainee, with -2, -3... when taken. 0, or -1 with a one-line message in err. */
int record_new_path(const char *dir, const char *scenario_id, const char *trainee,
                    unsigned long long seed, time_t started, char *out, size_t size, char *err,
                    size_t errsize);
/* Writes text and a newline to path atomically: a mkstemp file beside it, fsync, rename. 0,
 * or -1 with errno. */
int record_write_file(const char *path, const char *text);
/* Reads a record's replayable part. 0, or -1 with a one-line message in err. */
int record_read(const char *path, Record *r, char *err, size_t size);
void record_free(Record *r);
/* Replays r on a started session s: each step must find its node and its choice. 0, or -1
 * with the step that no longer fits in err. */
int record_replay(const Record *r, Session *s, char *err, size_t size);

#endif
