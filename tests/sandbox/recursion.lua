-- expect: tests/sandbox/recursion.lua:7: stack overflow (a function calls itself without end)
return scenario {
  id = "sandbox", title = "t", setting = "s", client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b",
          effect = function(s) local function f(n) return f(n + 1) + 1 end f(1) end } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
