-- R023 (a change that goes past its range from a reachable state) and, with --dead-lines,
-- R024 (lines no reachable state calls for).
return scenario {
  id = "clamps", start = "a",
  state = { tries = { 0, min = 0, max = 4 } },
  nodes = {
    a = {
      say = { open = "Go on.", guarded = "Hm.", hostile = "Get out." },
      choices = {
        { "Tell me more about that.", move = "open_question", go = "a",
          effect = { tries = 3 }, when = { tries = "< 4" }, feedback = "Again." },
        { "We could stop here.", move = "emphasize_autonomy", go = "done", feedback = "Fine." },
      },
    },
    done = { say = "Thanks.", ending = "done", debrief = "You stopped." },
  },
}
