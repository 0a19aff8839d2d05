-- expect: tests/sandbox/load_mode.lua:7: load: only text chunks (mode "t") may be loaded
return scenario {
  id = "sandbox", title = "t", setting = "s", client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b",
          effect = function(s) load("return 1", "x", "b") end } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
