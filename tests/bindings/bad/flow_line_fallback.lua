-- expect: tests/bindings/bad/flow_line_fallback.lua:7: node 'a': 'say' needs a line for when no condition holds: add a plain line or lines by band
return scenario {
  id = "x", title = "X", setting = "S", walkout = "w",
  state = { t = false },
  start = "a",
  nodes = {
    a = { say = { { when = { t = true }, "x" } }, choices = { { "Go.", move = "open_question", go = "w" } } },
    b = { say = "Yes?", choices = { { "Back.", move = "open_question", back = true } } },
    w = { ending = "w", outcome = "fail", title = "Gone", say = "Bye." },
  },
}
