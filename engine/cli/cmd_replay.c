/* replay: plays a session record again, exactly, and says where an edited scenario no
 * longer fits it. */
#include <stdlib.h>
#include <string.h>

#include "../core/transcript.h"
#include "cli.h"
#include "record.h"

int cmd_replay(int argc, char **argv)
{
    const char *path = NULL;
    bool json = false;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--json")) json = true;
        else if (argv[i][0] == '-' || path) {
            fprintf(stderr, "rapport replay: unexpected: %s\nusage: rapport replay RECORD.json [--json]\n", argv[i]);
            return EXIT_BAD_INPUT;
        } else path = argv[i];
    }
    if (!path) {
        fprintf(stderr, "rapport replay: which record?\nusage: rapport replay RECORD.json [--json]\n");
        return EXIT_BAD_INPUT;
    }
    Record r;
    char err[1200];
    if (record_read(path, &r, err, sizeof err) != 0) {
        fprintf(stderr, "%s\n", err);
        return EXIT_BAD_INPUT;
    }
    /* The scenario: where the record says it was, else the bundled client of that id. */
    FILE *f = r.scenario_path[0] ? fopen(r.scenario_path, "r") : NULL;
    if (f) fclose(f);
    Host *h = cli_load(f ? r.scenario_path : r.scenario_id);
    if (!h) {
        record_free(&r);
        return EXIT_BAD_INPUT;
    }
    char hash[17];
    record_hash(h->source, hash);
    if (r.hash[0] && strcmp(hash, r.hash) != 0)
        fprintf(stderr, "note: %s changed since the record was made (hash %s, now %s)\n", h->sc.path, r.hash, hash);
    int rc = EXIT_OK;
    Session s;
    if (session_init(&s, &h->sc) != 0 || session_start(&s, r.seed) != 0) {
        fprintf(stderr, "%s\n", s.err);
        rc = EXIT_BAD_INPUT;
    } else if (record_replay(&r, &s, err, sizeof err) != 0) {
        fprintf(stderr, "%s: %s\n", path, err);
        rc = EXIT_BAD_INPUT;
    } else {
        if (!json) printf("== %s (%s), seed %llu, replayed from %s\n", h->sc.title, h->sc.id, r.seed, path);
        for (int t = 1; t <= s.nturns; t++) json ? transcript_json_turn(stdout, &s, t) : transcript_text_turn(stdout, &s, t);
        json ? transcript_json_end(stdout, &s) : transcript_text_end(stdout, &s);
        if (cli_print_summary(stdout, h, &s, json) != 0) rc = EXIT_BAD_INPUT;
    }
    session_free(&s);
    host_close(h);
    record_free(&r);
    return rc;
}
