/* replay: plays a session record again, exactly, and says where an edited scenario no
 * longer fits it. */
#include <stdlib.h>
#include <string.h>

#include "../core/transcript.h"
#include "../report/report.h"
#include "cli.h"
#include "opts.h"
#include "../store/record.h"

const char cmd_replay_summary[] =
    "replay a session record exactly, and say where an edited scenario no longer fits it";

int cmd_replay(int argc, char **argv)
{
    const char *path, *scenario = NULL;
    bool json = false;
    const Option options[] = {
        OPTION_STRING("--scenario", &scenario, "FILE",
                      "the client file (default: the bundled client or yours of the record's id)"),
        OPTION_FLAG("--json", &json, "the transcript as JSON lines"),
        {0}};
    const Command c = {"replay", "RECORD.json", cmd_replay_summary, options, 1, 1};
    int n, rc = opts_parse(&c, argc, argv, &path, &n);
    if (rc) return opts_exit(rc);
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
    if (r.hash[0] && !record_hash_matches(h->source, r.hash))
        fprintf(stderr, "note: %s changed since the record was made (hash %s, now %s)\n",
                h->sc.path, r.hash, hash);
    rc = EXIT_OK;
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
