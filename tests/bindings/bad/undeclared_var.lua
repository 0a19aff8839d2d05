-- expect: tests/bindings/bad/undeclared_var.lua:9: node 'a': choice 1: 'asked' is not a state variable of this client (declare it in state = { ... })
return scenario {
  id = "undeclared", title = "t", setting = "s",
  client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello",
      choices = { { "Hi there, how are you?", move = "open_question", go = "b",
                    effect = { asked = true } } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
