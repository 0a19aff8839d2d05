-- expect: tests/bindings/bad/goal_except_type.lua:12: bots.random: except entry 2 must be an ending id (a string), not a number
return scenario {
  id = "goal-except", title = "t", setting = "s",
  client = { name = "Al" },
  start = "a", walkout = "out",
  nodes = {
    a = { say = "hello", choices = {
      { "Hi there, how are you?", move = "affirm", go = "b" } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
    out = { ending = "walked_out", title = "Gone", outcome = "fail", say = "bye" },
  },
  bots = { random = { except = { "walked_out", 3 } } },
}
