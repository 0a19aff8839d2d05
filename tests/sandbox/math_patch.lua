-- expect: tests/sandbox/math_patch.lua:7: cannot change field 'floor': the scenario's and the library's tables are read-only; keep what changes in declared state variables (s.name = value)
return scenario {
  id = "sandbox", title = "t", setting = "s", client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b",
          effect = function(s) math.floor = nil end } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
