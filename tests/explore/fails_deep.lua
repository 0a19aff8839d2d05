-- A script error a hundred turns deep, after about 300,000 states: many rounds of
-- exploration are in flight when it is found, on every worker, and explore must still report
-- the one found first breadth first, the same with any number of workers.
return scenario {
  id = "explore-fails-deep", title = "t", setting = "s", client = { name = "Lee" },
  model = false,
  state = { a = { 0, min = 0, max = 90 }, b = { 0, min = 0, max = 90 },
            c = { 0, min = 0, max = 90 } },
  start = "n",
  nodes = {
    n = { say = "Hi.", choices = {
      { "Up a.", id = "up_a", move = "affirm", go = "n", feedback = "x", effect = { a = 1 } },
      { "Up b.", id = "up_b", move = "affirm", go = "n", feedback = "x", effect = { b = 1 } },
      { "Up c.", id = "up_c", move = "affirm", go = "n", feedback = "x",
        effect = function(s)
          if s.a + s.b + s.c >= 120 and s.b % 7 == 3 then
            error("too deep at a=" .. s.a .. " b=" .. s.b .. " c=" .. s.c)
          end
          s.c = s.c + 1
        end },
      { "Stop.", id = "stop", move = "affirm", go = "done", feedback = "x" } } },
    done = { ending = "done", title = "The end", outcome = "success", say = "Bye.", debrief = "x" },
  },
}
