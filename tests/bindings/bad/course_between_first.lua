-- expect: tests/bindings/bad/course_between_first.lua:6: sessions: session 1: 'between' belongs to a later session: what fades before it
return scenario {
  id = "x", title = "X", setting = "S", walkout = "w",
  state = { t = false },
  start = "a",
  sessions = { { title = "One", between = { t = true } }, { title = "Two", start = "b" } },
  nodes = {
    a = { say = "Hi.", choices = { { "Go.", move = "open_question", go = "w" } } },
    b = { say = "Again.", choices = { { "Go.", move = "open_question", go = "w" } } },
    w = { ending = "w", outcome = "fail", title = "Gone", say = "Bye." },
  },
}
