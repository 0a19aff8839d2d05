-- expect: tests/bindings/bad/course_ending_start.lua:6: sessions: session 2: 'start' must be a node with choices, not an ending
return scenario {
  id = "x", title = "X", setting = "S", walkout = "w",
  state = { t = false },
  start = "a",
  sessions = { { title = "One" }, { title = "Two", start = "w" } },
  nodes = {
    a = { say = "Hi.", choices = { { "Go.", move = "open_question", go = "w" } } },
    b = { say = "Again.", choices = { { "Go.", move = "open_question", go = "w" } } },
    w = { ending = "w", outcome = "fail", title = "Gone", say = "Bye." },
  },
}
