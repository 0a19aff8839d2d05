-- No walkout: the engine supplies walked_out, which the random bot never reaches here and
-- need not (tests/bindings/run_cli.sh).
return scenario {
  id = "bare-choice", start = "a",
  nodes = {
    a = { say = "Hi.", choices = { { "Hello.", move = "affirm", go = "b" } } },
    b = { say = "Bye.", ending = "done" },
  },
}
