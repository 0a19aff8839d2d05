-- expect: tests/sandbox/proxy_meta.lua:7: cannot change a protected metatable
return scenario {
  id = "sandbox", title = "t", setting = "s", client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b",
          effect = function(s) setmetatable(s, {}) end } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
