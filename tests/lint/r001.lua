-- R001: a choice goes to a node that does not exist.
return scenario {
  id = "lint-r001", title = "t", setting = "s", client = { name = "Lee" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "Hi.", choices = { { "Hello there.", move = "affirm", go = "nowhere", feedback = "x" } } },
    b = { ending = "b", title = "The end", outcome = "fail", say = "Bye.", debrief = "x" },
  },
}
