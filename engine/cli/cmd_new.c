/* new: `rapport new ID` writes a small, valid, commented client to start from (ID.lua here,
 * or --out PATH), never over an existing file. The template passes `rapport lint --werror`
 * and `rapport test` as written (tests/new/run.sh checks both). */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "opts.h"

const char cmd_new_summary[] = "write a small commented client to start from (ID.lua)";

/* The client, with @ID@ where the id goes. Neither the longest nor the shortest option is
 * always the skilled one, so the surface bots of `rapport test` do not beat chance; the
 * persona bots reach their default goals (mi: engaged, righting: shut_down). */
static const char TEMPLATE[] =
    "-- @ID@: a client to start from. The guide is scripts/README.md.\n"
    "-- Check it:  rapport lint @ID@.lua     Test it:  rapport test @ID@.lua\n"
    "-- Play it:   rapport play --text @ID@.lua\n"
    "return scenario {\n"
    "  id = \"@ID@\",                     -- required: lower-case letters, digits and '-'\n"
    "  title = \"Alex: \\\"I don't need this\\\"\",  -- optional: the client's name otherwise\n"
    "  setting = \"A first session that Alex's manager booked.\",  -- optional\n"
    "  client = { name = \"Alex\", role = \"Team lead\", pronoun = \"they\" },  -- optional\n"
    "  -- discord is the model's (0-100, scripts/README.md); heard is this client's own flag.\n"
    "  state = { discord = 45, heard = false },\n"
    "  start = \"opening\",               -- required: the first node\n"
    "  -- Without 'walkout' the engine adds the walk-out ending 'walked_out' (a fail).\n"
    "\n"
    "  nodes = {                        -- required\n"
    "    opening = {\n"
    "      -- Lines by resistance band: the engine picks the one that fits the state.\n"
    "      say = { guarded = \"My manager booked this. I'm not sure what it's for.\",\n"
    "              resistant = \"I'm only here because I was told to be.\" },\n"
    "      choices = {  -- shown shuffled; the move tags are in scripts/README.md\n"
    "        { \"This wasn't your idea, and you'd rather be elsewhere.\", move = "
    "\"simple_reflection\",\n"
    "          go = \"pressure\", id = \"reflect\", effect = { heard = true },\n"
    "          feedback = \"Reflecting the reluctance, not arguing with it, lowers the guard.\",\n"
    "          -- other words a trainee might type for it (rapport play --free)\n"
    "          paraphrases = { \"you'd rather not be here\", \"this wasn't your choice\" } "
    "},\n"
    "        { \"Coaching helps people like you. Give it a few weeks.\", move = \"persuade\",\n"
    "          go = \"pressure\", id = \"sell\",\n"
    "          feedback = \"Arguing for the coaching invites Alex to argue against it.\" },\n"
    "        { \"I'm only doing my job here.\", move = \"defend\", go = \"pressure\", id = "
    "\"defend\",\n"
    "          feedback = \"Defending yourself makes the session about you, not Alex.\" },\n"
    "      },\n"
    "    },\n"
    "\n"
    "    pressure = {\n"
    "      say = { open = \"Honestly? The release on Friday. Everyone is watching it.\",\n"
    "              guarded = \"There's a release. It's fine.\",\n"
    "              resistant = \"I don't have time for this.\" },\n"
    "      choices = {\n"
    "        -- Routing by state: the ending depends on the whole session, not one click.\n"
    "        { \"What would make this hour useful?\", move = \"open_question\", id = \"ask\",\n"
    "          go = { { \"engaged\", when = { heard = true } }, { \"polite\" } },\n"
    "          feedback = \"An open question hands Alex the agenda.\" },\n"
    "        { \"Delegate more of the release work to your seniors.\", move = \"persuade\",\n"
    "          go = { { \"shut_down\", when = { discord = \">= 60\" } }, { \"polite\" } }, id = "
    "\"advise\",\n"
    "          feedback = \"Unasked advice skips the part where Alex feels heard.\" },\n"
    "        { \"Your manager expects you to take this seriously.\", move = \"confront\",\n"
    "          go = \"shut_down\", id = \"rank\",\n"
    "          feedback = \"Pulling rank turns the session into an order.\" },\n"
    "      },\n"
    "    },\n"
    "\n"
    "    -- Endings: title and outcome are optional (the id as a title, \"success\").\n"
    "    engaged = { ending = \"engaged\", outcome = \"success\", title = \"Alex opens up\",\n"
    "                say = \"The release, mostly. Can we start there?\",\n"
    "                debrief = \"You reflected before you asked, and Alex chose the topic.\" },\n"
    "    polite = { ending = \"polite\", outcome = \"partial\", title = \"Alex stays polite\",\n"
    "               say = \"Sure. I'll think about it.\",\n"
    "               debrief = \"Alex stayed polite but did not commit: advice came first.\" },\n"
    "    shut_down = { ending = \"shut_down\", outcome = \"fail\", title = \"Alex shuts down\",\n"
    "                  say = \"Fine. Tell my manager I came.\",\n"
    "                  debrief = \"Pressure from above made the session an order Alex could "
    "resist.\" },\n"
    "  },\n"
    "\n"
    "  -- Test plans: `rapport test` plays the choices (by id) and checks the expectations.\n"
    "  tests = {\n"
    "    { name = \"reflecting first engages Alex\", choices = { \"reflect\", \"ask\" },\n"
    "      expect = { ending = \"engaged\", heard = true } },\n"
    "    { name = \"advice after a reflection leaves Alex polite\", choices = { \"reflect\", "
    "\"advise\" },\n"
    "      expect = { ending = \"polite\", heard = true } },\n"
    "    { name = \"selling then advising shuts Alex down\", choices = { \"sell\", \"advise\" },\n"
    "      expect = { ending = \"shut_down\", discord = \">= 60\" } },\n"
    "    { name = \"pulling rank shuts Alex down\", choices = { \"defend\", \"rank\" },\n"
    "      expect = { ending = \"shut_down\" } },\n"
    "  },\n"
    "}\n";

/* The same rule as the loader's: lower-case letters, digits, '-' and '_'. */
static bool valid_id(const char *id)
{
    if (!*id || strlen(id) > 64) return false;
    for (const char *p = id; *p; p++)
        if (!(islower((unsigned char)*p) || isdigit((unsigned char)*p) || *p == '-' || *p == '_'))
            return false;
    return true;
}

/* Writes the template with the id into f. */
static int write_template(FILE *f, const char *id)
{
    for (const char *p = TEMPLATE; *p;) {
        const char *at = strstr(p, "@ID@");
        size_t n = at ? (size_t)(at - p) : strlen(p);
        if (fwrite(p, 1, n, f) != n) return -1;
        p += n;
        if (!at) break;
        if (fputs(id, f) < 0) return -1;
        p += 4;
    }
    return 0;
}

int cmd_new(int argc, char **argv)
{
    const char *out = NULL;
    const Option options[] = {
        OPTION_STRING("--out", &out, "PATH", "write the client there (default: ID.lua here)"), {0}};
    const Command c = {"new", "ID", cmd_new_summary, options, 1, 1};
    const char *id = NULL;
    int count, rc = opts_parse(&c, argc, argv, &id, &count);
    if (rc) return opts_exit(rc);
    if (!valid_id(id)) {
        fprintf(stderr,
                "rapport new: '%s' is not a client id: use lower-case letters, digits "
                "and '-' (like \"dana-results\")\n",
                id);
        return EXIT_BAD_INPUT;
    }
    char path[4096];
    snprintf(path, sizeof path, "%s", out ? out : id);
    if (!out) strncat(path, ".lua", sizeof path - strlen(path) - 1);
    /* O_EXCL: an existing file is never overwritten, even one made a moment ago. */
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0644);
    if (fd < 0) {
        fprintf(stderr, "rapport new: %s: %s\n", path,
                errno == EEXIST ? "already exists; not overwritten" : strerror(errno));
        return EXIT_BAD_INPUT;
    }
    FILE *f = fdopen(fd, "w");
    if (!f || write_template(f, id) != 0 || fclose(f) != 0) {
        fprintf(stderr, "rapport new: %s: cannot write: %s\n", path, strerror(errno));
        if (!f) close(fd);
        return EXIT_BAD_INPUT;
    }
    printf("wrote %s: rapport lint %s, then rapport play --text %s\n", path, path, path);
    return EXIT_OK;
}
