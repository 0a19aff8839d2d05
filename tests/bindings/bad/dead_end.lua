-- expect: tests/bindings/bad/dead_end.lua: dead end: node 'a' offers no choice in this state (turn 0)
return scenario {
  id = "dead-end", title = "t", setting = "s",
  client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b",
          when = { rapport = "> 99" } } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
