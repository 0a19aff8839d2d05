-- expect: tests/bindings/bad/no_random.lua:7: math.random is not available: list variants in 'say' and the session's seeded generator picks one
return scenario {
  id = "no-random", title = "t", setting = "s",
  client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = function(s) return tostring(math.random(3)) end,
          choices = { { "Hi there, how are you?", move = "affirm", go = "b" } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
