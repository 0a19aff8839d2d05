-- The random bot never drives this client out (two friendly turns), so its default goal,
-- every ending, fails here unless the goal says `except = { "walked_out" }`:
-- tests/bindings/run_cli.sh plays it both ways (RAPPORT_EXCEPT unset drops nothing).
return scenario {
  id = "goal-except", title = "t", setting = "s",
  client = { name = "Al" },
  start = "a", walkout = "out",
  nodes = {
    a = { say = "hello", choices = {
      { "It sounds like a lot is landing on you.", move = "complex_reflection", go = "b" },
      { "You've kept it going anyway.", move = "affirm", go = "b" } } },
    b = { say = "Maybe.", choices = {
      { "What would make next week easier?", move = "open_question", go = "done" } } },
    done = { ending = "done", title = "The end", outcome = "success", say = "bye" },
    out = { ending = "walked_out", title = "Gone", outcome = "fail", say = "I'm off." },
  },
  bots = { random = { except = { "walked_out" } } },
}
