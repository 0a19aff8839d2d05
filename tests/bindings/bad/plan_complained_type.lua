-- expect: tests/bindings/bad/plan_complained_type.lua:13: test 'asks': 'complained' must be true or false
return scenario {
  id = "plan-complained", title = "t", setting = "s",
  client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = {
      { "Hi there, how are you?", move = "affirm", go = "b" } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
  tests = {
    { name = "asks", choices = { 1 },
      expect = { complained = "yes" } },
  },
}
