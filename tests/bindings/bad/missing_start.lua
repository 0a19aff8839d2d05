-- expect: tests/bindings/bad/missing_start.lua: 'start' is required: the id of a node
return scenario {
  id = "x", title = "t", setting = "s", client = { name = "Al" }, walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b" } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
