-- expect: tests/bindings/bad/trait_range.lua:3: client traits: 'receptivity' must be between 1 and 5, not 9
return scenario {
  id = "x", title = "t", setting = "s", client = { name = "Al", traits = { receptivity = 9 } }, start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b" } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
