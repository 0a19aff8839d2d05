-- expect: tests/sandbox/error_table.lua:9: error raised with a table value, not a message
-- Class 7: an error raised with a table value (it once said only "(error object is a
-- table value)").
return scenario {
  id = "sandbox", title = "t", setting = "s", client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b",
          effect = function(s) error({ code = 1 }) end } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
