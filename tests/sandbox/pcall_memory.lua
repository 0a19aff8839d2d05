-- expect: tests/sandbox/pcall_memory.lua:7: the script needs more than 256 MB of memory, its limit (RAPPORT_MEMORY_MB changes it)
return scenario {
  id = "sandbox", title = "t", setting = "s", client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b",
          effect = function(s) pcall(function() local t = {} for i = 1, 1e9 do t[i] = {i} end end) end } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
