-- expect: tests/bindings/bad/effect_type.lua:5: node 'a': choice 1: 'rapport' is a number: give the change as a number, not a boolean
return scenario {
  id = "x", title = "t", setting = "s", client = { name = "Al" }, start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b", effect = { rapport = true } } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
