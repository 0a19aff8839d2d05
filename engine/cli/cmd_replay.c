/* replay: plays a session record again, exactly, and says where an edited scenario no
 * longer fits it. */
#include <stdlib.h>
#include <string.h>

#include "../core/transcript.h"
#include "../report/report.h"
#include "cli.h"
#include "../store/record.h"

#define USAGE "usage: rapport replay RECORD.json [--scenario FILE] [--json]\n"

int cmd_replay(int argc, char **argv)
{
    const char *path = NULL, *scenario = NULL;
    bool json = false;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--json"))
            json = true;
        else if (!strcmp(argv[i], "--scenario") && i + 1 < argc)
            scenario = argv[++i];
        else if (argv[i][0] == '-' || path) {
            fprintf(stderr, "rapport replay: unexpected: %s\n" USAGE, argv[i]);
            return EXIT_BAD_INPUT;
        } else
            path = argv[i];
    }
    if (!path) {
        fprintf(stderr, "rapport replay: which record?\n" USAGE);
        return EXIT_BAD_INPUT;
    }
    Record r;
    char err[1200];
    if (record_read(path, &r, err, sizeof err) != 0) {
        fprintf(stderr, "%s\n", err);
        return EXIT_BAD_INPUT;
    }
    /* The scenario: the file named with --scenario, else the bundled client (or the
     * educator's own) of the record's id. Never the record's "scenario.path": a record is
     * data, and whoever wrote it must not choose which Lua file runs here. */
    char file[4096];
    if (!report_client_file(r.scenario_id, scenario, file, sizeof file)) {
        fprintf(stderr,
                "%s: no client '%s' among the bundled clients or yours: give its file with "
                "--scenario FILE\n",
                path, r.scenario_id);
        record_free(&r);
        return EXIT_BAD_INPUT;
    }
    fprintf(stderr, "rapport replay: client file %s (%s)\n", term_safe(file, false),
            scenario ? "given with --scenario" : "found by the record's scenario id");
    Host *h = cli_load(file);
    if (!h) {
        record_free(&r);
        return EXIT_BAD_INPUT;
    }
    char hash[17];
    record_hash(h->source, hash);
    if (r.hash[0] && strcmp(hash, r.hash) != 0)
        fprintf(stderr, "note: %s changed since the record was made (hash %s, now %s)\n",
                h->sc.path, r.hash, hash);
    int rc = EXIT_OK;
    Session s;
    if (session_init(&s, &h->sc) != 0 || session_start(&s, r.seed) != 0) {
        fprintf(stderr, "%s\n", s.err);
        rc = EXIT_BAD_INPUT;
    } else if (record_replay(&r, &s, err, sizeof err) != 0) {
        fprintf(stderr, "%s: %s\n", path, err);
        rc = EXIT_BAD_INPUT;
    } else {
        if (!json)
            printf("== %s (%s), seed %llu, replayed from %s\n", h->sc.title, h->sc.id, r.seed,
                   path);
        for (int t = 1; t <= s.nturns; t++)
            json ? transcript_json_turn(stdout, &s, t) : transcript_text_turn(stdout, &s, t);
        json ? transcript_json_end(stdout, &s) : transcript_text_end(stdout, &s);
        if (cli_print_summary(stdout, h, &s, json) != 0) rc = EXIT_BAD_INPUT;
    }
    session_free(&s);
    host_close(h);
    record_free(&r);
    return rc;
}
