-- expect: tests/bindings/bad/when_type.lua:5: node 'a': choice 1: 'when' must be a table of conditions or a function, not a string
return scenario {
  id = "x", title = "t", setting = "s", client = { name = "Al" }, start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b", when = "rapport > 3" } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
