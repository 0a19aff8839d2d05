-- expect: tests/bindings/bad/flow_line_mixed.lua:7: node 'a': 'say' has both plain lines and lines by band: after the conditional lines, give one or the other
return scenario {
  id = "x", title = "X", setting = "S", walkout = "w",
  state = { t = false },
  start = "a",
  nodes = {
    a = { say = { { when = { t = true }, "x" }, "y", open = "z" }, choices = { { "Go.", move = "open_question", go = "w" } } },
    b = { say = "Yes?", choices = { { "Back.", move = "open_question", back = true } } },
    w = { ending = "w", outcome = "fail", title = "Gone", say = "Bye." },
  },
}
