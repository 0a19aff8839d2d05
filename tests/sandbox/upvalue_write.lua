-- expect: tests/sandbox/upvalue_write.lua:9: assigns to 'n', a local captured when the file loaded: code that runs during play (say, when, effect and what they call) may change only declared state (s.name = value)
-- Class 3: a say function counting in a captured local: hidden state that replay,
-- rewind and exploration cannot see.
local n = 0
return scenario {
  id = "sandbox", title = "t", setting = "s", client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = function(s) n = n + 1 return "line " .. n end, choices = { { "Hi there, how are you?", move = "affirm", go = "b",
          effect = nil } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
