-- expect: tests/bindings/bad/typed_paraphrases_empty.lua:6: node 'a': choice 1: 'paraphrases' must be a list of 1 to 12 strings: { "...", ... }
return scenario {
  id = "x", start = "a",
  nodes = {
    a = { say = "Hi.", choices = {
      { "Tell me more.", move = "open_question", go = "b", paraphrases = {} } } },
    b = { say = "Bye.", ending = "done", title = "Done", outcome = "success" },
  },
}
