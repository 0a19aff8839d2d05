-- An invariant that fails: explore must print the counterexample as a transcript.
return scenario {
  id = "explore-invariant", title = "t", setting = "s", client = { name = "Lee" },
  model = false,
  state = { trust = { 2, min = 0, max = 5 } },
  start = "a",
  invariants = {
    { "a failed session never ends with trust above 3", at = "lost", holds = { trust = "<= 3" } },
    { "trust never goes negative", holds = { trust = ">= 0" } },
  },
  nodes = {
    a = { say = "Hi.", choices = {
      { "Warm words.", id = "warm", move = "affirm", go = "b", effect = { trust = 1 }, feedback = "x" },
      { "Cold words.", id = "cold", move = "confront", go = "b", effect = { trust = -1 }, feedback = "x" } } },
    b = { say = "And?", choices = {
      { "More warmth.", id = "more", move = "affirm", go = "c", effect = { trust = 1 }, feedback = "x" },
      { "Leave it.", id = "leave", move = "affirm", go = "lost", feedback = "x" } } },
    c = { say = "Go on.", choices = {
      { "Still warmer.", id = "warmer", move = "affirm", go = "lost", effect = { trust = 1 }, feedback = "x" },
      { "Agree.", id = "agree", move = "seek_collaboration", go = "won", feedback = "x" } } },
    won = { ending = "won", title = "The end", outcome = "success", say = "Deal.", debrief = "x" },
    lost = { ending = "lost", title = "The end", outcome = "fail", say = "No.", debrief = "x" },
  },
}
