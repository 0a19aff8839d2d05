-- A client with one choice and one ending: no MI-consistent choice, no fail ending, no
-- questions, so the persona bots' default goals do not apply and `rapport test` passes.
return scenario {
  id = "minimal", title = "t", setting = "s",
  client = { name = "Al" },
  start = "a", walkout = "done",
  nodes = {
    a = { say = "Hi.", choices = { { "Hello.", move = "give_information", go = "done" } } },
    done = { ending = "done", say = "Bye." },
  },
}
