-- expect: tests/sandbox/os.lua:7: 'os' is not defined
return scenario {
  id = "sandbox", title = "t", setting = "s", client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b",
          effect = function(s) os.execute("true") end } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
