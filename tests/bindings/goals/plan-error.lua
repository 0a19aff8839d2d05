-- A test plan that runs into a script error: an error in the file (exit 2, one line), not a
-- failed plan.
return scenario {
  id = "plan-error", title = "t", setting = "s",
  client = { name = "Al" },
  state = { n = 0 },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = {
      { "Hi there, how are you?", move = "affirm", go = "b",
        effect = function(s) s.n = s.n + s.missing end } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
  tests = { { name = "plays into the error", choices = { 1 }, expect = { ending = "done" } } },
}
