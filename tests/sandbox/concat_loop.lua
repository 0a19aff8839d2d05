-- expect: tests/sandbox/concat_loop.lua:10: took too long: more than 100 million steps without finishing (an endless loop?)
-- Class 2: a loop whose every step copies 10 MB inside one instruction; what it allocates
-- is charged to the step budget.
local big = ("x"):rep(10000000)
return scenario {
  id = "sandbox", title = "t", setting = "s", client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b",
          effect = function(s) while true do local t = big .. "y" end end } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
