-- expect: tests/sandbox/binary_chunk.lua:7: attempt to load a binary chunk (mode is 't')
return scenario {
  id = "sandbox", title = "t", setting = "s", client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b",
          effect = function(s) assert(load(string.char(27) .. "LuaT\0")) end } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
