-- expect: tests/bindings/bad/typed_step_expect.lua:10: test 'says': step 1: 'expect' must be the id of the choice the words are taken as, or "none"
return scenario {
  id = "x", start = "a",
  nodes = {
    a = { say = "Hi.", choices = {
      { "Tell me more.", id = "more", move = "open_question", go = "b" } } },
    b = { say = "Bye.", ending = "done", title = "Done", outcome = "success" },
  },
  tests = {
    { name = "says", choices = { { type = "tell me more" } }, expect = { ending = "done" } },
  },
}
