-- expect: tests/bindings/bad/bad_order.lua:9: node 'a': 'order' must be "fixed" or "shuffled"
return scenario {
  id = "bad-order", title = "t", setting = "s",
  client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = {
      say = "hello",
      order = "random",
      choices = { { "Hi there, how are you?", move = "open_question", go = "b" } },
    },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
