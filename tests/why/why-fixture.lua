-- A small client for `rapport why` (tests/why/run.sh): a choice hidden by a table condition, one
-- hidden by a function condition, routes, a flag, a ranged number and the deflect and
-- questions entries. Not a client to practise with.
return scenario {
  id = "why-fixture",
  title = "Why fixture",
  setting = "A test client for rapport why.",

  client = { name = "Wy", role = "Test", pronoun = "they", manner = "withdrawn",
             traits = { receptivity = 3, reactance_trait = 0.5, volatility = 0 } },

  state = { discord = 30, rapport = 40, trust = { 1, min = 0, max = 5 }, asked = false },

  start = "opening",
  walkout = "gone",
  rules = { { when = { discord = ">= 80" }, go = "gone" } },

  nodes = {
    opening = {
      say = {
        guarded = { "So, what now?", "Well?", "Go on, then." },
        resistant = "I don't see the point.",
        questions = "All you do is ask questions.",
        deflect = "Let's not go there.",
      },
      choices = {
        { "What brings you here?", move = "open_question", go = "middle", id = "ask",
          effect = { asked = true } },
        { "You trust me enough now to say it.", move = "affirm", go = "middle", id = "trusted",
          when = { trust = ">= 3", asked = true } },
        { "Tell me about the hard part.", move = "open_question", id = "deep",
          when = function(s) return s.rapport >= 60 end,
          go = { { "ending_good", when = { rapport = ">= 70" } }, { "middle" } } },
        { "You should just try harder.", move = "persuade", id = "push",
          go = { { "ending_good", when = { rapport = ">= 90" } }, { "middle" } } },
      },
    },

    middle = {
      say = "Maybe.",
      choices = {
        { "Say more.", move = "open_question", go = "ending_good", id = "more" },
        { "Thanks for coming.", move = "affirm", go = "ending_good", id = "thanks",
          when = function(s) return s.asked end },
      },
    },

    ending_good = { ending = "good", outcome = "success", title = "Good", say = "Thanks." },
    gone = { ending = "gone", outcome = "fail", title = "Gone", say = "I'm leaving." },
  },
}
