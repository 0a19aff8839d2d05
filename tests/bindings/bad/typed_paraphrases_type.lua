-- expect: tests/bindings/bad/typed_paraphrases_type.lua:6: node 'a': choice 1: 'paraphrases' entry 2 must be a non-empty string, not a number
return scenario {
  id = "x", start = "a",
  nodes = {
    a = { say = "Hi.", choices = {
      { "Tell me more.", move = "open_question", go = "b", paraphrases = { "Say more.", 3 } } } },
    b = { say = "Bye.", ending = "done", title = "Done", outcome = "success" },
  },
}
