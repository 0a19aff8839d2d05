-- A scenario broken on purpose: `rapport lint` must report every code listed in expected.txt.
return scenario {
  id = "lint-broken", title = "Broken", setting = "Every lint check trips here.",
  client = { name = "Lee" },
  state = { unused = false, asked = false, stuck = false },
  start = "a", walkout = "gone",
  invariants = {
    { "walking out never leaves rapport above 10", at = "gone", holds = { rapport = "<= 10" } },
  },
  nodes = {
    a = {
      say = "Hello.",
      choices = {
        { "You came anyway.", move = "complex_reflection", go = "b", feedback = "Reflects." },
        { "You came anyway.", move = "simple_reflection", go = "b", feedback = "Same words." },
        { "Only when rapport is huge.", move = "affirm", go = "b", when = { rapport = ">= 99" },
          feedback = "Never offered." },
        { "Always offered.", move = "affirm", go = "c", when = { rapport = ">= 0" } },
      },
    },
    b = {
      say = function(s) if s.mood then return "Hm." end return "Fine." end,
      choices = {
        { "You should just do it.", move = "persuade", go = "c", feedback = "Pushes." },
        { "Stop making excuses.", move = "confront", go = "gone", feedback = "Attacks." },
      },
    },
    c = {
      say = "Right then. " .. string.rep("And another thing. ", 20),
      choices = {
        { "Let's stop.", move = "affirm", go = "done", feedback = "Ends.",
          effect = { stuck = true } },
        { "Or go on.", move = "affirm", go = "d", feedback = "Goes on." },
      },
    },
    d = {
      say = "Where now?",
      choices = {
        { "Only if stuck.", move = "affirm", go = "done", when = { stuck = true }, feedback = "Never." },
      },
    },
    island = { say = "Nobody comes here.", choices = { { "Leave.", move = "affirm", go = "done", feedback = "x" } } },
    done = { ending = "done", title = "The end", outcome = "success", say = "Bye." },
    never = { ending = "never", title = "The end", outcome = "fail", say = "Unused.", debrief = "Unreachable." },
    gone = { ending = "gone", title = "The end", outcome = "fail", say = "I'm off.", debrief = "Pushed away." },
  },
}
