-- expect: tests/bindings/bad/move_prefix.lua:7: node 'a': choice 2: unknown move 'affirmation' (did you mean 'affirm'?)
return scenario {
  id = "move-prefix", start = "a",
  nodes = {
    a = { say = "Hello.", choices = {
      { "Hi.", move = "open_question", go = "b" },
      { "You came.", move = "affirmation", go = "b" },
    } },
    b = { say = "Bye.", ending = "done" },
  },
}
