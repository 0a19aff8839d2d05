-- expect: tests/bindings/bad/course_between_var.lua:6: sessions: session 2: 'discrod' is not a state variable of this client (did you mean 'discord'?)
return scenario {
  id = "x", title = "X", setting = "S", walkout = "w",
  state = { t = false },
  start = "a",
  sessions = { { title = "One" }, { title = "Two", start = "b", between = { discrod = -10 } } },
  nodes = {
    a = { say = "Hi.", choices = { { "Go.", move = "open_question", go = "w" } } },
    b = { say = "Again.", choices = { { "Go.", move = "open_question", go = "w" } } },
    w = { ending = "w", outcome = "fail", title = "Gone", say = "Bye." },
  },
}
