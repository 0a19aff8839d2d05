-- A client for play --text --from with rewinds (tests/why/run.sh): node a says "Again." from its
-- second visit on, so a rewind to a session's start at a must not count the visit twice.
return scenario { id = "why-visits", title = "Visits", setting = "A test.", model = false,
  start = "a",
  nodes = {
    a = { say = { { when = { visits = { a = ">= 2" } }, "Again." }, "First." },
          choices = { { "Go round.", move = "open_question", go = "a", id = "go" },
                      { "Stop.", move = "open_question", go = "z", id = "stop" } } },
    z = { ending = "z", outcome = "success", title = "Stopped", say = "Bye." },
  } }
