-- expect: tests/bindings/bad/runtime_when.lua:9: attempt to compare number with nil
return scenario {
  id = "runtime-when", title = "t", setting = "s",
  client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = {
      { "Hi there, how are you?", move = "affirm", go = "b",
        when = function(s) return nil > 3 end } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
