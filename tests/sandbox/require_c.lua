-- expect: tests/sandbox/require_c.lua:7: require 'os': no such module in the engine's library (scripts/lib/os.lua)
return scenario {
  id = "sandbox", title = "t", setting = "s", client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b",
          effect = function(s) require("os") end } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
