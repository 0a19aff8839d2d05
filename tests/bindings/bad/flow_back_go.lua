-- expect: tests/bindings/bad/flow_back_go.lua:7: node 'a': choice 1: 'go' and 'back' cannot both be on one choice: back returns to where the sub-conversation was called from
return scenario {
  id = "x", title = "X", setting = "S", walkout = "w",
  state = { t = false },
  start = "a",
  nodes = {
    a = { say = "Hi.", choices = { { "Go.", move = "open_question", back = true, go = "w" } } },
    b = { say = "Yes?", choices = { { "Back.", move = "open_question", back = true } } },
    w = { ending = "w", outcome = "fail", title = "Gone", say = "Bye." },
  },
}
