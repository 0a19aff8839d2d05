-- expect: tests/bindings/bad/go_type.lua:5: node 'a': choice 1: 'go' must be a node id (a string) or a list of routes, not a number
return scenario {
  id = "x", title = "t", setting = "s", client = { name = "Al" }, start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = 7 } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
