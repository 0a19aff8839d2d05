-- expect: tests/sandbox/string_rep.lua:8: string.rep: the result would be 1048576 MB, more than the script's memory limit of 256 MB (RAPPORT_MEMORY_MB changes it)
-- Class 2 and 7: one string larger than the memory limit, refused where it is asked for.
return scenario {
  id = "sandbox", title = "t", setting = "s", client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b",
          effect = function(s) local t = ("x"):rep(1 << 40) end } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
