-- expect: tests/bindings/bad/plan_except.lua:13: test 'asks': 'except' is only for the random bot's goal (bots.random)
return scenario {
  id = "plan-except", title = "t", setting = "s",
  client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = {
      { "Hi there, how are you?", move = "affirm", go = "b" } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
  tests = {
    { name = "asks", choices = { 1 },
      expect = { except = { "done" } } },
  },
}
