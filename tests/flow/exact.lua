-- Exploration must count the engine's own bookkeeping exactly: once-flags, the return stack
-- and visit counts are state like any variable. Worked by hand (model = false: the state is
-- the turn, three once-flags, the return stack and the visits of story). X is the set of
-- once-choices taken at the hub (first, second, story: 8 sets); the turn follows from X
-- (the story takes two turns). States: the hub with X (8); story called from the hub, X
-- without story before the call (4); the porch after X (8); story called from the porch,
-- returning to bye (8); bye (8). In all 36. Transitions: from the hub 3 - |X| once-choices
-- plus out, 20 in all; back from the hub's story 4; the porch 8; back to bye 8: 40. The
-- longest session: first, second, story, done, out, story, done: depth 7.
return scenario {
  id = "flow-exact", title = "Exact", setting = "A test.", model = false,
  start = "hub",
  nodes = {
    hub = {
      say = { { when = { visits = { story = ">= 1" } }, "Back again." }, "Hello." },
      choices = {
        { "First.", move = "open_question", once = true, go = "hub", id = "first" },
        { "Second.", move = "open_question", once = true, go = "hub", id = "second" },
        { "A story.", move = "open_question", once = true, call = "story", id = "story" },
        { "Outside.", move = "open_question", go = "porch", id = "out" },
      },
    },
    porch = { say = "Out here.",
              choices = { { "A story.", move = "open_question", call = "story", go = "bye", id = "story" } } },
    story = { say = "Once upon a time.", choices = { { "The end.", move = "open_question", back = true, id = "done" } } },
    bye = { ending = "bye", outcome = "success", title = "Goodbye", say = "Bye." },
  },
}
