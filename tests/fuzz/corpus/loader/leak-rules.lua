-- Found by the loader fuzzer: a rule whose condition names an undeclared variable leaked the
-- condition's terms. Kept as a seed so the fix stays covered.
return scenario {
  id = "leak-rules", title = "t", setting = "s", client = { name = "Jo" },
  start = "a", walkout = "gone",
  rules = { { when = { discort = ">= 50" }, go = "gone" } },
  nodes = {
    a = { say = "Hi.", choices = { { "Hello there.", move = "affirm", go = "gone", feedback = "x" } } },
    gone = { ending = "gone", title = "The end", outcome = "fail", say = "Bye.", debrief = "x" },
  },
}
