-- expect: tests/sandbox/require_path.lua:7: require '../../etc/passwd': only the engine's own library modules (scripts/lib/NAME.lua) can be required
return scenario {
  id = "sandbox", title = "t", setting = "s", client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b",
          effect = function(s) require("../../etc/passwd") end } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
