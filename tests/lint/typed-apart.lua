-- R026: two choices at one node too alike to tell apart when typed (issue 15). The first pair
-- differs only in word order; the third choice differs enough; the identical pair at 'b' is
-- R008's, not R026's.
return scenario {
  id = "typed-apart", start = "a",
  nodes = {
    a = { say = "The numbers are bad and Keith is angry.", choices = {
      { "So you feel stuck between Keith and the numbers.", id = "stuck", move = "complex_reflection", go = "b", feedback = "Heard." },
      { "So you feel stuck between the numbers and Keith.", id = "stuck_too", move = "complex_reflection", go = "b", feedback = "Heard again." },
      { "You need to show Keith the traffic.", id = "advise", move = "persuade", go = "b", feedback = "Advice." } } },
    b = { say = "Yes.", choices = {
      { "Go on.", id = "on", move = "open_question", go = "done", feedback = "Fine." },
      { "Go on.", id = "on_too", move = "open_question", go = "done", feedback = "Fine too." } } },
    done = { say = "Bye.", ending = "done", title = "Done", outcome = "success" },
  },
}
