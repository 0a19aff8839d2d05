-- Flow fixture: every construct of the guide's "Flow" section in one small client, small
-- enough to explore exhaustively. Golden transcripts and explorations in tests/golden.
return scenario {
  id = "flow-fixture",
  title = "Flow fixture",
  setting = "A test client for once, visits, call and back, and text by state.",
  client = { name = "Ada", role = "Tester", pronoun = "she" },
  state = { discord = 30, rapport = 30, heard = false },
  start = "hello",
  walkout = "gone",
  turn_limit = { 12, go = "tired" },

  nodes = {
    hello = {
      counted = true,
      say = {
        -- Conditional lines first; the lines by band when none holds.
        { when = { heard = true }, "You listened last time. Go on." },
        { when = { visits = { hello = ">= 3" } }, "We keep coming back here." },
        guarded = "Hello. What is this about?",
        resistant = "What now?",
      },
      cue = { "shrug", hostile = "turns_away" },
      choices = {
        { "Tell me about the project.", move = "open_question", call = "story", id = "ask",
          once = true },
        { { "It sounds hard.", resistant = "It sounds like a lot, and you're tired of it.",
            { when = { heard = true }, "You carry a lot of it." } },
          move = "simple_reflection", go = "hello", id = "reflect",
          effect = { heard = true } },
        { "You should plan better.", move = "persuade", go = "hello", id = "advise" },
        { "Let's stop.", move = "buckle", go = "done", id = "stop",
          when = { visits = { story = ">= 1" } } },
      },
    },

    middle = {
      say = function(s)
        if s.visits.story >= 2 then return "You asked twice." end
        return "Something else, then."
      end,
      choices = {
        { "Tell me the story again.", move = "open_question", call = "story", go = "done",
          id = "again" },
        { "Never mind.", move = "buckle", go = "done", id = "leave" },
      },
    },

    -- A sub-conversation: entered with call from hello and from middle, left with back.
    story = {
      counted = true,
      say = "It started in spring.",
      choices = {
        { "And then?", move = "open_question", go = "story_end", id = "more" },
        { "Enough.", move = "buckle", back = true, id = "enough" },
      },
    },
    story_end = {
      say = "And then it fell apart.",
      choices = {
        { "That hurt.", move = "complex_reflection", back = true, id = "hurt" },
        { "What else is on your mind?", move = "open_question", go = "middle", id = "other" },
      },
    },

    done = { ending = "done", outcome = "success", title = "Ada says goodbye",
             say = "Bye.", debrief = "The session ended." },
    tired = { ending = "tired", outcome = "partial", title = "Time runs out", say = "Time's up." },
    gone = { ending = "gone", outcome = "fail", title = "Ada leaves", say = "I'm off." },
  },
  bots = { mi = { ending = "done" }, righting = { ending = "done" }, questions = { ending = "done" },
           random = { ending = "done" } },
}
