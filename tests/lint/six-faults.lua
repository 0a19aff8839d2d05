-- Seven independent mistakes: `rapport lint` reports them all in one run (six-faults.txt).
return scenario {
  id = "six-faults",
  client = { name = "Robin", pronoun = "they" },
  state = { asked_why = { 0, min = 0, max = 4 }, never_read = false },
  start = "opening",
  nodes = {
    opening = {
      say = "I'm only here because my manager sent me.",
      choices = {
        { "It sounds like this wasn't your idea.", move = "simple_reflection", go = "why",
          feedback = "A reflection of the pressure." },
        { "It sounds like this wasn't your idea.", move = "complex_reflection", go = "why",
          feedback = "The same words twice." },
        { "You're clearly a capable person.", move = "affirmation", go = "why",
          feedback = "An affirmation." },
      },
    },
    why = {
      say = "Whatever.",
      choices = {
        { "What made you agree to come?", move = "open_question", go = "reasons",
          effect = { asked_why = 9 }, feedback = "An open question." },
        { "Let's stop here.", move = "autonomy", go = "closing", feedback = "Their choice." },
      },
    },
    stuck = { say = "..." },
    orphan = { say = "Nobody comes here.", ending = "orphaned", outcome = "partial" },
    closing = { say = "Fine. Bye.", ending = "closed", outcome = "success",
                debrief = "You let them choose.", titel = "They leave" },
  },
}
