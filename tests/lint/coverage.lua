-- --min-coverage: exploration takes 2 of the 3 choices (the third's 'when' never holds).
return scenario {
  id = "coverage", start = "a", model = false,
  state = { flag = false },
  nodes = {
    a = { say = "Hello.", choices = {
      { "Hi.", move = "affirm", go = "done", feedback = "Fine." },
      { "Bye.", move = "persuade", go = "done", feedback = "Fine." },
      { "Never.", move = "persuade", go = "done", when = { flag = true }, feedback = "Never." },
    } },
    done = { say = "Bye.", ending = "done" },
  },
}
