-- expect: tests/sandbox/env_metatable.lua:4: cannot change a protected metatable
-- Class 1: a file taking its own global table's metatable away.
local scenario = scenario
setmetatable(_ENV, nil)
return scenario {
  id = "sandbox", title = "t", setting = "s", client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b",
          effect = nil } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
