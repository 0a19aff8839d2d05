-- expect: tests/sandbox/upvalue_nested.lua:9: assigns to 'seen', a local captured when the file loaded: code that runs during play (say, when, effect and what they call) may change only declared state (s.name = value)
-- Class 3: a closure made at play time writing a local captured at load time.
local seen = false
return scenario {
  id = "sandbox", title = "t", setting = "s", client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b",
          effect = function(s) local mark = function() seen = true end mark() end } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
