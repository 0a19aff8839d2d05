-- expect: tests/sandbox/env_metatable_error.lua:5: cannot change a protected metatable
-- Class 1: a metatable whose fields raise errors, where the loader once read it unprotected
-- (Lua panicked and the process aborted).
local scenario = scenario
setmetatable(_ENV, setmetatable({}, { __index = function() error("boom") end }))
return scenario {
  id = "sandbox", title = "t", setting = "s", client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b",
          effect = nil } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
