-- expect: tests/bindings/bad/runtime_proxy.lua:9: 'mood' is not a state variable of this client (declare it in state = { ... })
return scenario {
  id = "runtime-proxy", title = "t", setting = "s",
  client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = {
      { "Hi there, how are you?", move = "affirm", go = "b",
        effect = function(s) s.mood = 3 end } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
