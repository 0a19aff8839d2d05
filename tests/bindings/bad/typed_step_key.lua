-- expect: tests/bindings/bad/typed_step_key.lua:10: test 'says': step 1: unknown field 'typed' (did you mean 'type'?)
return scenario {
  id = "x", start = "a",
  nodes = {
    a = { say = "Hi.", choices = {
      { "Tell me more.", id = "more", move = "open_question", go = "b" } } },
    b = { say = "Bye.", ending = "done", title = "Done", outcome = "success" },
  },
  tests = {
    { name = "says", choices = { { typed = "tell me more", expect = "more" } }, expect = { ending = "done" } },
  },
}
