-- A deliberately giveaway client: at every choice point the skilled reply is the longest one,
-- so the `longest` surface bot passes far more often than chance and `rapport test` must fail.
return scenario {
  id = "giveaway",
  title = "Giveaway",
  setting = "A test fixture: length gives the answer away.",
  client = { name = "Gil", traits = { volatility = 0 } },
  state = { discord = 45, rapport = 35 },
  start = "a",
  walkout = "gone",
  turn_limit = { 6, go = "gone" },
  rules = { { when = { discord = ">= 70" }, go = "gone" } },
  bots = { questions = { turns = ">= 1" } },   -- no questions to ask here
  nodes = {
    a = {
      say = { guarded = "This isn't working.", resistant = "This really isn't working." },
      choices = {
        { "So it feels like the work has stopped paying off, and you're the one who has to explain it.",
          id = "reflect_a", move = "complex_reflection", go = "b", feedback = "A reflection." },
        { "It is working.", id = "defend_a", move = "defend", go = "b", feedback = "Defending." },
        { "Try harder.", id = "push_a", move = "persuade", go = "b", feedback = "Persuading." },
      },
    },
    b = {
      say = { open = "Maybe.", guarded = "I don't know.", resistant = "No." },
      choices = {
        { "Part of you wants to keep going, and part of you is tired of carrying it alone.",
          id = "reflect_b", move = "complex_reflection", go = "c", feedback = "A reflection." },
        { "You're wrong.", id = "confront_b", move = "confront", go = "c", feedback = "Confronting." },
        { "Just do it.", id = "push_b", move = "persuade", go = "c", feedback = "Persuading." },
      },
    },
    c = {
      say = { open = "Okay.", guarded = "Hm.", resistant = "Whatever." },
      choices = {
        { "It sounds like you'd be willing to try one more month if it were on your terms.",
          id = "reflect_c", move = "complex_reflection",
          go = { { "good", when = { discord = "< 30" } }, { "meh" } }, feedback = "A reflection." },
        { "Sign here.", id = "push_c", move = "persuade", go = "meh", feedback = "Persuading." },
        { "Be serious.", id = "confront_c", move = "confront", go = "gone", feedback = "Confronting." },
      },
    },
    good = { ending = "agreed", title = "The end", outcome = "success", say = "All right.", debrief = "Reflections all the way." },
    meh = { ending = "unsure", title = "The end", outcome = "partial", say = "We'll see.", debrief = "Some friction." },
    gone = { ending = "gone", title = "The end", outcome = "fail", say = "Goodbye.", debrief = "The client left." },
  },
}
