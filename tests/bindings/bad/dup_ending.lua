-- expect: tests/bindings/bad/dup_ending.lua:7: node 'c': ending 'done' is already the ending of node 'b'
return scenario {
  id = "x", title = "t", setting = "s", client = { name = "Al" }, start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b" } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
    c = { ending = "done", title = "The end", outcome = "fail", say = "bye" },
  },
}
