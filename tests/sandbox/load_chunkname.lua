-- expect: [load at tests/sandbox/load_chunkname.lua:8]:3: boom
-- Class 7: a chunk that names itself after another file; messages say where it was loaded.
return scenario {
  id = "sandbox", title = "t", setting = "s", client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b",
          effect = function(s) load("\n\nerror(\"boom\")", "@scripts/clients/dana-results.lua")() end } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
