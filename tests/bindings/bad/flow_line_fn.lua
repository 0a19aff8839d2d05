-- expect: tests/bindings/bad/flow_line_fn.lua:7: node 'a': a conditional line's 'when' must be a table like { trust = ">= 3" } (a say function computes lines from anything)
return scenario {
  id = "x", title = "X", setting = "S", walkout = "w",
  state = { t = false },
  start = "a",
  nodes = {
    a = { say = { { when = function(s) return true end, "x" }, "y" }, choices = { { "Go.", move = "open_question", go = "w" } } },
    b = { say = "Yes?", choices = { { "Back.", move = "open_question", back = true } } },
    w = { ending = "w", outcome = "fail", title = "Gone", say = "Bye." },
  },
}
