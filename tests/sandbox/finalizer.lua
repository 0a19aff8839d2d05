-- expect: tests/sandbox/finalizer.lua:3: setmetatable: a metatable may not have '__gc': finalizers run outside the limits a client file plays within
-- Class 2: a finalizer that would loop for ever with hooks off, outside every limit.
setmetatable({}, { __gc = function() while true do end end })
return scenario {
  id = "sandbox", title = "t", setting = "s", client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b",
          effect = nil } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
