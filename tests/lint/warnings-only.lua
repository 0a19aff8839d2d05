-- Only a warning (R011: an ending without debrief): clean unless --werror.
return scenario {
  id = "lint-warnings", title = "t", setting = "s", client = { name = "Lee" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "Hi.", choices = {
      { "Hello there, good to see you.", move = "affirm", go = "b", feedback = "x" },
      { "Let's get going, there is a lot to cover today.", move = "give_information", go = "c", feedback = "x" } } },
    b = { ending = "b", title = "The end", outcome = "fail", say = "Bye." },
    c = { ending = "c", title = "The end", outcome = "success", say = "Yes.", debrief = "x" },
  },
}
