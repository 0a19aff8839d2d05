-- expect: tests/bindings/bad/runtime_say_write.lua:7: cannot set 'rapport' here: conditions and lines only read the state; change it in an effect
return scenario {
  id = "runtime-say", title = "t", setting = "s",
  client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = function(s) s.rapport = 90; return "hi" end,
          choices = { { "Hi there, how are you?", move = "affirm", go = "b" } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
