-- expect: tests/sandbox/metatable_state.lua:9: cannot change field 'n': the scenario's and the library's tables are read-only; keep what changes in declared state variables (s.name = value)
-- Class 3: a table with a metatable of its own (once left unfrozen) as a counter.
local Counter = { __index = { n = 0 } }
local c = setmetatable({}, Counter)
return scenario {
  id = "sandbox", title = "t", setting = "s", client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = function(s) c.n = c.n + 1 return "line " .. c.n end, choices = { { "Hi there, how are you?", move = "affirm", go = "b",
          effect = nil } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
