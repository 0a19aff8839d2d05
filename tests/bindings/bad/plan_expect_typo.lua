-- expect: tests/bindings/bad/plan_expect_typo.lua:13: test 'asks': unknown expectation 'complaned' (did you mean 'complained'?)
return scenario {
  id = "plan-typo", title = "t", setting = "s",
  client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = {
      { "Hi there, how are you?", move = "affirm", go = "b" } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
  tests = {
    { name = "asks", choices = { 1 },
      expect = { complaned = true } },
  },
}
