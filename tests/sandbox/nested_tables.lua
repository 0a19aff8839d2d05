-- expect: tests/sandbox/nested_tables.lua:11: 't' holds tables or functions nested more than 200 deep: a client's need far fewer
-- Class 1 and 7: a table nested 300000 deep, reachable at play time (freezing it once
-- overflowed the C stack: a segfault).
local t = {}
local c = t
for i = 1, 300000 do c[1] = {} c = c[1] end
return scenario {
  id = "sandbox", title = "t", setting = "s", client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = function(s) return t and "hello" end, choices = { { "Hi there, how are you?", move = "affirm", go = "b",
          effect = nil } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
