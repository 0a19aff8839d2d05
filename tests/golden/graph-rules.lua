-- Rules of every kind for `rapport graph` (tests/golden/graph-rules.*): a comparison, a flag
-- with a comparison, and a function, each edge labelled with its condition.
return scenario {
  id = "graph-rules", title = "Rules", setting = "A test fixture for the graph's rule labels.",
  client = { name = "Al" },
  state = { trust = 3, warned = false },
  start = "a", walkout = "out",
  rules = {
    { when = { discord = ">= 90" }, go = "out" },
    { when = { warned = true, trust = "< 2" }, go = "out" },
    { when = function(s)
        return s.turn > 5
      end, go = "late" },
  },
  nodes = {
    a = { say = "Hello.", choices = {
      { "Go on.", move = "open_question", go = "late", feedback = "Asks." } } },
    late = { ending = "late", title = "Late", say = "Late.", outcome = "partial" },
    out = { ending = "out", title = "Out", say = "Bye.", outcome = "fail" },
  },
}
