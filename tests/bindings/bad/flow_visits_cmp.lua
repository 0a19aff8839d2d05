-- expect: tests/bindings/bad/flow_visits_cmp.lua:7: node 'a': choice 1: 'visits.a = lots' is not a comparison: write it like ">= 1" or "== 0"
return scenario {
  id = "x", title = "X", setting = "S", walkout = "w",
  state = { t = false },
  start = "a",
  nodes = {
    a = { say = "Hi.", choices = { { "Go.", move = "open_question", go = "w", when = { visits = { a = "lots" } } } } },
    b = { say = "Yes?", choices = { { "Back.", move = "open_question", back = true } } },
    w = { ending = "w", outcome = "fail", title = "Gone", say = "Bye." },
  },
}
