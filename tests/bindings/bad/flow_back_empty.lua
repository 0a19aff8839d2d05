-- expect: tests/bindings/bad/flow_back_empty.lua:7: choice '1' in node 'a' goes back, but no sub-conversation was entered (a choice with call = "node" enters one)
return scenario {
  id = "x", title = "X", setting = "S", walkout = "w",
  state = { t = false },
  start = "a",
  nodes = {
    a = { say = "Hi.", choices = { { "Go.", move = "open_question", back = true } } },
    b = { say = "Yes?", choices = { { "Back.", move = "open_question", back = true } } },
    w = { ending = "w", outcome = "fail", title = "Gone", say = "Bye." },
  },
}
