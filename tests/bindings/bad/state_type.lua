-- expect: tests/bindings/bad/state_type.lua:4: state 'mood': must be a number, a flag (true/false) or { start, min = , max = }, not a string
return scenario {
  id = "x", title = "t", setting = "s", client = { name = "Al" }, start = "a", walkout = "b",
  state = { mood = "happy" },
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b" } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
