-- expect: tests/sandbox/collectgarbage.lua:7: 'collectgarbage' is not defined
return scenario {
  id = "sandbox", title = "t", setting = "s", client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b",
          effect = function(s) collectgarbage("stop") end } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
