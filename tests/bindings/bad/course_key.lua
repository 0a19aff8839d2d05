-- expect: tests/bindings/bad/course_key.lua:6: sessions: session 2: unknown field 'betwen' (did you mean 'between'?)
return scenario {
  id = "x", title = "X", setting = "S", walkout = "w",
  state = { t = false },
  start = "a",
  sessions = { { title = "One" }, { title = "Two", start = "b", betwen = {} } },
  nodes = {
    a = { say = "Hi.", choices = { { "Go.", move = "open_question", go = "w" } } },
    b = { say = "Again.", choices = { { "Go.", move = "open_question", go = "w" } } },
    w = { ending = "w", outcome = "fail", title = "Gone", say = "Bye." },
  },
}
