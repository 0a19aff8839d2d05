-- expect: tests/bindings/bad/bad_difficulty.lua:3: client: 'difficulty' must be "introductory", "intermediate" or "advanced"
return scenario {
  id = "x", title = "t", setting = "s", client = { name = "Al", difficulty = "hard" }, start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b" } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
