-- expect: tests/bindings/bad/unknown_move.lua:8: node 'a': choice 1: unknown move 'open_questions' (did you mean 'open_question'?)
return scenario {
  id = "unknown-move", title = "t", setting = "s",
  client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello",
      choices = { { "Hi there, how are you?", move = "open_questions", go = "b" } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
