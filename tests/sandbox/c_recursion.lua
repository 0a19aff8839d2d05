-- expect: tests/sandbox/c_recursion.lua:7: C stack overflow (a function calls itself without end)
return scenario {
  id = "sandbox", title = "t", setting = "s", client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b",
          effect = function(s) local t = {} local mt = {} mt.__index = function(t, k) return t[k] end setmetatable(t, mt) local x = t.x end } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
