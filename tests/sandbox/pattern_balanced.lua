-- expect: tests/sandbox/pattern_balanced.lua:9: string.gmatch: this call could take more than 100 million steps, the budget of a call into the client: use a simpler pattern (fewer '*', '+', '-', '?') or less text
-- Class 2: %b over a long subject in gmatch: quadratic work inside C.
local text = ("("):rep(200000)
return scenario {
  id = "sandbox", title = "t", setting = "s", client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b",
          effect = function(s) for m in text:gmatch("%b()") do end end } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
