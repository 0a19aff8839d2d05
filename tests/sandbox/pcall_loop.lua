-- expect: tests/sandbox/pcall_loop.lua:7: took too long: more than 100 million steps without finishing (an endless loop?)
return scenario {
  id = "sandbox", title = "t", setting = "s", client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b",
          effect = function(s) for i = 1, 1e9 do pcall(function() while true do end end) end end } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
