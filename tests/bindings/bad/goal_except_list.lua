-- expect: tests/bindings/bad/goal_except_list.lua:12: bots.random: 'except' must be a list of ending ids, like { "walked_out" }
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
  bots = { random = { except = "walked_out" } },
}
