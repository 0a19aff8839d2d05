-- R007: a choice without a move tag.
return scenario {
  id = "lint-r007", title = "t", setting = "s", client = { name = "Lee" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "Hi.", choices = { { "Hello there.", go = "b", feedback = "x" } } },
    b = { ending = "b", title = "The end", outcome = "fail", say = "Bye.", debrief = "x" },
  },
}
