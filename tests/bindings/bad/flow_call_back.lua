-- expect: tests/bindings/bad/flow_call_back.lua:7: node 'a': choice 1: 'call' and 'back' cannot both be on one choice
return scenario {
  id = "x", title = "X", setting = "S", walkout = "w",
  state = { t = false },
  start = "a",
  nodes = {
    a = { say = "Hi.", choices = { { "Go.", move = "open_question", back = true, call = "b" } } },
    b = { say = "Yes?", choices = { { "Back.", move = "open_question", back = true } } },
    w = { ending = "w", outcome = "fail", title = "Gone", say = "Bye." },
  },
}
