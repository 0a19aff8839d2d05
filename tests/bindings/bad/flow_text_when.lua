-- expect: tests/bindings/bad/flow_text_when.lua:7: node 'a': choice 1: a 'text' variant is { when = { ... }, "the text" }
return scenario {
  id = "x", title = "X", setting = "S", walkout = "w",
  state = { t = false },
  start = "a",
  nodes = {
    a = { say = "Hi.", choices = { { { "Go.", { when = { t = true } } }, move = "open_question", go = "w" } } },
    b = { say = "Yes?", choices = { { "Back.", move = "open_question", back = true } } },
    w = { ending = "w", outcome = "fail", title = "Gone", say = "Bye." },
  },
}
