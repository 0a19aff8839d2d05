-- expect: tests/bindings/bad/flow_cue_type.lua:7: node 'a': 'cue' must be a string, or { "plain text", hostile = "...", { when = { ... }, "..." } }
return scenario {
  id = "x", title = "X", setting = "S", walkout = "w",
  state = { t = false },
  start = "a",
  nodes = {
    a = { say = "Hi.", cue = { 3 }, choices = { { "Go.", move = "open_question", go = "w" } } },
    b = { say = "Yes?", choices = { { "Back.", move = "open_question", back = true } } },
    w = { ending = "w", outcome = "fail", title = "Gone", say = "Bye." },
  },
}
