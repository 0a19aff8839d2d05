-- expect: tests/sandbox/method_dump.lua:7: attempt to call a nil value (method 'dump')
return scenario {
  id = "sandbox", title = "t", setting = "s", client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b",
          effect = function(s) local f = ("x"):dump() end } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
