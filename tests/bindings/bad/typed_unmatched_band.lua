-- expect: tests/bindings/bad/typed_unmatched_band.lua:3: 'unmatched' for hostile must be a string
return scenario {
  id = "x", start = "a", unmatched = { "Sorry?", hostile = true },
  nodes = {
    a = { say = "Hi.", choices = {
      { "Tell me more.", move = "open_question", go = "b" } } },
    b = { say = "Bye.", ending = "done", title = "Done", outcome = "success" },
  },
}
