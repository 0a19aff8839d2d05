-- expect: tests/sandbox/string_dump.lua:7: attempt to call a nil value (field 'dump')
return scenario {
  id = "sandbox", title = "t", setting = "s", client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b",
          effect = function(s) string.dump(function() end) end } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
