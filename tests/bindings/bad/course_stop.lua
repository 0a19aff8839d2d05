-- expect: tests/bindings/bad/course_stop.lua:7: node 'w': 'stop' ends a course of sessions: this client has no sessions = { ... }
return scenario {
  id = "x", title = "X", setting = "S", walkout = "w",
  start = "a",
  nodes = {
    a = { say = "Hi.", choices = { { "Go.", move = "open_question", go = "w" } } },
    w = { ending = "w", outcome = "fail", title = "Gone", say = "Bye.", stop = true },
  },
}
