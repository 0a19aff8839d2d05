/* record: a session on disk, as one JSON file: the scenario (id, title, content hash), the
 * engine version, the seed, the trainee, the times, every turn (the line shown, the choices
 * offered, the choice made, its move and MITI code, the state after it), the ending and the
 * MITI-style summary. Replays exactly; documented in scripts/README.md. Written atomically. */
#ifndef RAPPORT_RECORD_H
#define RAPPORT_RECORD_H
#include <stdint.h>
#include <time.h>

#include "../lua/host.h"

#define RECORD_VERSION 1

typedef struct RecordStep {
    char node[128], choice[128];
} RecordStep;

typedef struct Record {
    int version;
    char scenario_id[128], scenario_path[4096], hash[32], engine[32], trainee[128];
    unsigned long long seed;
    RecordStep *steps;
    int nsteps;
} Record;

/* FNV-1a 64 of a scenario file's text, as 16 hex digits. */
void record_hash(const char *text, char out[17]);
/* Writes the record of session s (played with host h) to path, atomically. 0, or -1 with a
 * message on stderr. */
int record_write(const char *path, Host *h, const Session *s, const char *trainee, time_t started, time_t ended);
/* Reads a record's replayable part. 0, or -1 with a one-line message in err. */
int record_read(const char *path, Record *r, char *err, size_t size);
void record_free(Record *r);
/* Replays r on a started session s: each step must find its node and its choice. 0, or -1
 * with the step that no longer fits in err. */
int record_replay(const Record *r, Session *s, char *err, size_t size);

#endif
