-- expect: tests/sandbox/fn_chain.lua:10: 'f' holds tables or functions nested more than 200 deep: a client's need far fewer
-- Class 1 and 7: a chain of 300000 closures, each holding the next (walking it once
-- overflowed the C stack).
local f = function() end
for i = 1, 300000 do local g = f f = function() return g end end
return scenario {
  id = "sandbox", title = "t", setting = "s", client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = function(s) return f and "hello" end, choices = { { "Hi there, how are you?", move = "affirm", go = "b" } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
