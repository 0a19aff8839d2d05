-- R017 by position: with order = "fixed" the skilled option comes first at 2 of 3 such choice
-- points. Lengths do not give it away (the unskilled option is the longest at each), and the
-- shuffled node at the end does not count.
return scenario {
  id = "lint-design-order", title = "Order", setting = "Fixed order gives the answer away.",
  client = { name = "Lee" },
  start = "a", walkout = "gone",
  nodes = {
    a = {
      say = "Hm.", order = "fixed",
      choices = {
        { "You're unsure.", move = "simple_reflection", go = "b", feedback = "Reflects." },
        { "Honestly, everyone feels like that at first.", move = "defend", go = "gone", feedback = "Argues." },
      },
    },
    b = {
      say = "Hm.", order = "fixed",
      choices = {
        { "You came anyway.", move = "affirm", go = "c", feedback = "Affirms." },
        { "Let me tell you how this usually goes for people.", move = "give_information", go = "c",
          feedback = "Tells." },
      },
    },
    c = {
      say = "Hm.", order = "fixed",
      choices = {
        { "Let me explain what the programme is for, then.", move = "give_information", go = "d",
          feedback = "Tells." },
        { "It's early days.", move = "simple_reflection", go = "d", feedback = "Reflects." },
      },
    },
    d = {
      say = "Hm.",
      choices = {
        { "You want this over.", move = "simple_reflection", go = "done", feedback = "Reflects." },
        { "We need to get on with the agenda, I'm afraid.", move = "persuade", go = "done",
          feedback = "Pushes." },
      },
    },
    done = { ending = "done", title = "The end", outcome = "success", say = "Thanks.", debrief = "Done." },
    gone = { ending = "gone", title = "The end", outcome = "fail", say = "Bye.", debrief = "Gone." },
  },
}
