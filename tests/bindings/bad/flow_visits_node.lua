-- expect: tests/bindings/bad/flow_visits_node.lua:7: node 'a': choice 1: 'visits' counts node 'bb', which does not exist (did you mean 'b'?)
return scenario {
  id = "x", title = "X", setting = "S", walkout = "w",
  state = { t = false },
  start = "a",
  nodes = {
    a = { say = "Hi.", choices = { { "Go.", move = "open_question", go = "w", when = { visits = { bb = ">= 1" } } } } },
    b = { say = "Yes?", choices = { { "Back.", move = "open_question", back = true } } },
    w = { ending = "w", outcome = "fail", title = "Gone", say = "Bye." },
  },
}
