-- Choice design on purpose gone wrong: `rapport lint` must report each of R017-R021 once
-- (design-expected.txt), and nothing for the look-alikes marked "not R0xx".
return scenario {
  id = "lint-design", title = "Design", setting = "Every choice-design check trips here.",
  client = { name = "Lee" },
  start = "a", walkout = "gone",
  nodes = {
    -- R017: the skilled option is the longest here, at d and at e: 3 of 4 mixed choice points.
    a = {
      say = "I don't know why I'm here.",
      choices = {
        { "Coming here wasn't your idea, and you're not sure it's worth the time.",
          move = "complex_reflection", go = "b", feedback = "Reflects." },
        -- not R021: persuasion may say "you should"
        { "You should give it a chance.", id = "push", move = "persuade", go = "gone", feedback = "Pushes." },
      },
    },
    -- R018: every option is skilled.
    b = {
      say = "Maybe.",
      choices = {
        { "You came anyway.", move = "affirm", go = "c", feedback = "Affirms." },
        { "Part of you is curious.", move = "simple_reflection", go = "c", feedback = "Reflects." },
      },
    },
    c = {
      say = "Work's a mess.",
      choices = {
        -- R019: an open question that asks nothing
        { "Work, then.", id = "flat", move = "open_question", go = "d", feedback = "Asks nothing." },
        -- not R019: a reflection then a question, coded so
        { "It's a mess. What's the worst of it?", id = "both", move = "complex_reflection",
          codes = { "CR", "Q" }, go = "d", feedback = "Both." },
        -- not R019: a question phrased as a statement; not R021: a question
        { "Tell me what you would need to see.", id = "tell", move = "open_question", go = "d",
          feedback = "Invites." },
        { "Honestly, most workplaces are a mess, and it rarely lasts long once people settle.",
          id = "reassure", move = "defend", go = "d", feedback = "Argues." },
      },
    },
    d = {
      say = "And you lot don't help.",
      choices = {
        -- R020: an apology, tagged as a reflection (and the question beside it reflects nothing)
        { "I'm so sorry about that, truly. Can we start over?", id = "sorry", move = "simple_reflection",
          codes = { "SR", "Q" }, go = "e", feedback = "Apologises." },
        -- not R020: the apology comes with a reflection
        { "I'm sorry. You came for help and got more work.", id = "sorry_cr", move = "complex_reflection",
          go = "e", feedback = "Reflects." },
        { "We did what the brief asked.", id = "defend", move = "defend", go = "e", feedback = "Defends." },
      },
    },
    e = {
      say = "I'm so tired.",
      choices = {
        -- R021: a directive, tagged as information
        { "You need to sleep more.", id = "advice", move = "give_information", go = "done", feedback = "Tells." },
        -- not R021: a reflected feeling
        { "You feel you have to carry all of it yourself.", id = "carry", move = "complex_reflection",
          go = "done", feedback = "Reflects." },
      },
    },
    done = { ending = "done", title = "The end", outcome = "success", say = "Thanks.", debrief = "Done." },
    gone = { ending = "gone", title = "The end", outcome = "fail", say = "Bye.", debrief = "Gone." },
  },
}
