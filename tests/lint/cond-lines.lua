-- R025: conditional lines never said. Line 1 of node a needs asked, which is only set after
-- leaving a; line 2 can never be first (line 1's condition is wider); node b's plain line is
-- never said because its condition always holds there.
return scenario {
  id = "cond-lines", title = "Conditional lines", model = false,
  state = { asked = false, n = { 0, min = 0, max = 5 } },
  start = "a",
  nodes = {
    a = { say = { { when = { asked = true }, "You asked." },
                  { when = { asked = true, n = ">= 0" }, "Never first." },
                  "Hello?" },
          choices = { { "How are you?", move = "open_question", go = "b", effect = { asked = true, n = 1 }, feedback = "Asked." } } },
    b = { say = { { when = { n = ">= 1" }, "Since you asked." }, "Never." },
          choices = { { "What else?", move = "open_question", go = "c", feedback = "Asked." } } },
    c = { ending = "c", outcome = "success", title = "Done", say = "Bye.", debrief = "Done." },
  },
}
