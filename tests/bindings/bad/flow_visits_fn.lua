-- expect: tests/bindings/bad/flow_visits_fn.lua:7: node 'b' keeps no visit count: add counted = true to it (or name it in a table condition's visits = { ... })
return scenario {
  id = "x", title = "X", setting = "S", walkout = "w",
  state = { t = false },
  start = "a",
  nodes = {
    a = { say = function(s) return s.visits.b > 0 and "x" or "y" end, choices = { { "Go.", move = "open_question", go = "w" } } },
    b = { say = "Yes?", choices = { { "Back.", move = "open_question", back = true } } },
    w = { ending = "w", outcome = "fail", title = "Gone", say = "Bye." },
  },
}
