-- Captions only on a real change (tests/sdl/session.sh): Al sighs as he speaks and again at
-- the reply; the history says "Al sighs." once, never the same caption twice in a row.
return scenario {
  id = "captions", title = "Captions", setting = "A test of the history's captions.",
  client = { name = "Al", pronoun = "he" }, start = "a", walkout = "d",
  nodes = {
    a = { say = "First.", cue = "sigh",
          choices = { { "Tell me more about that.", move = "open_question", go = "b", cue = "sigh" } } },
    b = { say = "Second.", cue = "arms_crossed",
          choices = { { "Tell me more about it.", move = "open_question", go = "c" } } },
    c = { say = "Third.", cue = "arms_crossed",
          choices = { { "And then?", move = "open_question", go = "d" } } },
    d = { ending = "done", title = "Al says goodbye", outcome = "success", say = "Bye." },
  },
}
