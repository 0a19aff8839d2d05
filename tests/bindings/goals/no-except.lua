-- As except.lua without a goal: the random bot never reaches walked_out, and the default
-- goal (every ending) says so.
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

}
