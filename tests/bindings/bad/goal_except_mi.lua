-- expect: tests/bindings/bad/goal_except_mi.lua:12: bots.mi: 'except' is only for the random bot's goal (bots.random)
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
  bots = { mi = { except = { "walked_out" } } },
}
