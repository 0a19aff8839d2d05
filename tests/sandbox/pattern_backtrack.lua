-- expect: tests/sandbox/pattern_backtrack.lua:8: string.find: this call could take more than 100 million steps, the budget of a call into the client: use a simpler pattern (fewer '*', '+', '-', '?') or less text
-- Class 2: a pattern that backtracks for ever inside string.find, where no hook fires.
local text = ("a"):rep(40)
return scenario {
  id = "sandbox", title = "t", setting = "s", client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = function(s) return text:find(("a*"):rep(20) .. "b") and "x" or "y" end, choices = { { "Hi there, how are you?", move = "affirm", go = "b",
          effect = nil } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
