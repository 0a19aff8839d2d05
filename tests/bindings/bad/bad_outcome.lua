-- expect: tests/bindings/bad/bad_outcome.lua:9: node 'b': 'outcome' must be "success", "partial" or "fail", not "win"
return scenario {
  id = "bad-outcome", title = "t", setting = "s",
  client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b" } } },
    b = { ending = "done", title = "The end",
          outcome = "win", say = "bye" },
  },
}
