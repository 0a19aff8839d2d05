-- expect: tests/bindings/bad/flow_once_type.lua:7: node 'a': choice 1: 'once' must be true or false, not a string
return scenario {
  id = "x", title = "X", setting = "S", walkout = "w",
  state = { t = false },
  start = "a",
  nodes = {
    a = { say = "Hi.", choices = { { "Go.", move = "open_question", go = "w", once = "yes" } } },
    b = { say = "Yes?", choices = { { "Back.", move = "open_question", back = true } } },
    w = { ending = "w", outcome = "fail", title = "Gone", say = "Bye." },
  },
}
