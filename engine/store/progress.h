/* progress: the trainee's unfinished session of each client, saved after every choice so
 * that a crash (even kill -9) loses at most the choice being made. The save is a session
 * record (record.h) at $XDG_DATA_HOME/rapport/progress/ID.json, written atomically and
 * removed when the session ends. A save that cannot be read, or no longer fits the client
 * file, is moved aside (ID.json.corrupt-TIME, ID.json.stale-TIME), never overwritten. */
#ifndef RAPPORT_PROGRESS_H
#define RAPPORT_PROGRESS_H
#include <stdbool.h>
#include <time.h>

#include "record.h"

/* The save's path for a client (its folder is created). 0, or -1 with a message in err. */
int progress_path(const char *scenario_id, char *out, size_t size, char *err, size_t errsize);
/* After every choice: saves the session, or removes the save once the session has ended. */
int progress_save(Host *h, const Session *s, const char *trainee, time_t started);
/* Looks for a save: 1 found (r filled; record_free it), 0 none, -1 unreadable (moved aside;
 * msg says where and why). */
int progress_find(const char *scenario_id, Record *r, char *msg, size_t size);
/* Replays a save on session s (restarted with the save's seed). 0, or -1 when the client file
 * changed so that the saved choices no longer fit: the save is moved aside and msg says why. */
int progress_resume(const Record *r, Session *s, char *msg, size_t size);

#endif
