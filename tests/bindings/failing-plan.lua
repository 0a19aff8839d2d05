-- A client whose test plan fails, to check that `rapport test` says so and exits 1.
return scenario {
  id = "failing-plan", title = "t", setting = "s",
  client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b" } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
  tests = {
    { name = "expects the wrong things", choices = { 1 },
      expect = { ending = "done", rapport = "> 90", turns = 3 } },
  },
}
