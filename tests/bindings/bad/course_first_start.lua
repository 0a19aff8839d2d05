-- expect: tests/bindings/bad/course_first_start.lua:6: sessions: session 1: the first session starts at the client's 'start' ('a')
return scenario {
  id = "x", title = "X", setting = "S", walkout = "w",
  state = { t = false },
  start = "a",
  sessions = { { title = "One", start = "b" }, { title = "Two", start = "b" } },
  nodes = {
    a = { say = "Hi.", choices = { { "Go.", move = "open_question", go = "w" } } },
    b = { say = "Again.", choices = { { "Go.", move = "open_question", go = "w" } } },
    w = { ending = "w", outcome = "fail", title = "Gone", say = "Bye." },
  },
}
