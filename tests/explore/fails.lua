-- A script error deep in the space, in many states at once: explore must report the one
-- found first breadth first (the same with any number of workers), and nothing when
-- --max-states stops it before.
return scenario {
  id = "explore-fails", title = "t", setting = "s", client = { name = "Lee" },
  model = false,
  state = { a = { 0, min = 0, max = 20 }, b = { 0, min = 0, max = 20 } },
  start = "n",
  nodes = {
    n = { say = "Hi.", choices = {
      { "Up b.", id = "up_b", move = "affirm", go = "n", feedback = "x", effect = { b = 1 } },
      { "Up a.", id = "up_a", move = "affirm", go = "n", feedback = "x",
        effect = function(s)
          if s.a >= 3 and s.a + s.b >= 7 then error("too far at a=" .. s.a .. " b=" .. s.b) end
          s.a = s.a + 1
        end },
      { "Stop.", id = "stop", move = "affirm", go = "done", feedback = "x" } } },
    done = { ending = "done", title = "The end", outcome = "success", say = "Bye.", debrief = "x" },
  },
}
