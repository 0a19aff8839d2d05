-- The course fixture with control characters in the client's name and a session title: the
-- lines between sessions show them (^[ and ^G), never send them to the terminal.
return scenario {
  id = "flow-course-escape", title = "Course", setting = "Three short sessions.",
  client = { name = "Bea\27[31m", role = "Client", pronoun = "she" },
  state = { discord = 30, rapport = 30, pushed = false },
  start = "one", walkout = "gone",
  sessions = {
    { title = "First session" },
    { title = "Second\7 session", start = "two", between = { discord = -10, pushed = false } },
    { title = "Third session", start = "three", between = { discord = -10 } },
  },
  nodes = {
    one = { say = "Hello.", counted = true, choices = {
      { "What brings you here?", move = "open_question", go = "see_you", id = "ask" },
      { "Tell me about your father.", move = "confront", go = "see_you", id = "push", effect = { pushed = true } } } },
    two = { say = { { when = { pushed = true }, "I nearly didn't come." }, "Hello again." }, choices = {
      { "It took something to come back.", move = "complex_reflection", go = "see_you", id = "reflect" },
      { "We need to talk about your father.", move = "confront", go = "quits", id = "push" } } },
    three = { say = "Last time, then.", choices = {
      { "What would you like from today?", move = "open_question", go = "see_you", id = "ask" } } },
    see_you = { ending = "see_you", outcome = "success", title = "See you next week", say = "See you." },
    quits = { ending = "quits", outcome = "fail", title = "Bea stops treatment", say = "I won't be back.", stop = true },
    gone = { ending = "gone", outcome = "fail", title = "Bea walks out", say = "I'm going." },
  },
}
