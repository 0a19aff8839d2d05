-- expect: tests/sandbox/pattern_gsub.lua:10: string.gsub: this call could take more than 100 million steps, the budget of a call into the client: use a simpler pattern (fewer '*', '+', '-', '?') or less text
-- Class 2: gsub with three lazy repetitions that can never match: n^4 work inside C,
-- reached through the string metatable.
local text = ("ab"):rep(5000)
return scenario {
  id = "sandbox", title = "t", setting = "s", client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b",
          effect = function(s) local r = text:gsub("(.-)(.-)(.-)x", "") end } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
