-- A course of three sessions explored exactly, worked by hand. model = false, but discord and
-- rapport are declared, so the chance of a missed appointment is (discord - rapport)/100 + 0.1:
-- 0.6 at discord 50, 0.1 at 0 (rapport stays 0); both branches are explored. The state is the
-- turn, discord and the session's index. Each session's node offers calm (discord -50) and
-- stir; both end at "later", which another session follows until the third. States: s1 (1);
-- later in session 1 at discord 0 and 50 (2); s2 (2); later after a missed second session (2);
-- later at the end of s2 (2; calm at 50 and either at 0 meet); s3 (2); later after a missed
-- third (2); later at the end of s3 (2). In all 15. Transitions: 2 + 4 + 4 + 4 + 4 + 4 = 22.
-- Depth 4: the last states are four steps from the start at the least (s3 is first reached by
-- missing the second session: s1, later, missed, s3, later).
return scenario {
  id = "course-exact", title = "Exact course", setting = "A test.", model = false,
  state = { discord = 50, rapport = 0 },
  start = "s1",
  sessions = { { title = "One" }, { title = "Two", start = "s2" }, { title = "Three", start = "s3" } },
  nodes = {
    s1 = { say = "One.", choices = { { "Calm.", move = "open_question", go = "later", id = "calm", effect = { discord = -50 } },
                                    { "Stir.", move = "open_question", go = "later", id = "stir" } } },
    s2 = { say = "Two.", choices = { { "Calm.", move = "open_question", go = "later", id = "calm", effect = { discord = -50 } },
                                    { "Stir.", move = "open_question", go = "later", id = "stir" } } },
    s3 = { say = "Three.", choices = { { "Calm.", move = "open_question", go = "later", id = "calm", effect = { discord = -50 } },
                                      { "Stir.", move = "open_question", go = "later", id = "stir" } } },
    later = { ending = "later", outcome = "success", title = "Later", say = "Later." },
  },
}
