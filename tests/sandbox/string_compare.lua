-- expect: tests/sandbox/string_compare.lua:11: took too long: more than 2 seconds of CPU in one call (work on huge strings or tables?)
-- cpu seconds: 2
-- Class 2: comparing two 16 MB strings is one instruction and no allocation: only the
-- CPU watchdog sees it (RAPPORT_CPU_S, 10 seconds by default).
local a, b = ("x"):rep(1 << 24), ("x"):rep(1 << 24)
return scenario {
  id = "sandbox", title = "t", setting = "s", client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b",
          effect = function(s) local k = 0 while true do if a < b then k = k + 1 end end end } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
