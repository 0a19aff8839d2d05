-- expect: tests/bindings/bad/frozen_table.lua:4: cannot change field 'say': the scenario's and the library's tables are read-only; keep what changes in declared state variables (s.name = value)
local nodes = {}
nodes.a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b",
  effect = function(s) nodes.b.say = "changed" end } } }
nodes.b = { ending = "done", title = "The end", outcome = "success", say = "bye" }
return scenario {
  id = "frozen-table", title = "t", setting = "s",
  client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = nodes,
}
