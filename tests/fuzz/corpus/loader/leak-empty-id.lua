-- expect: tests/bindings/bad/missing_walkout.lua: 'walkout' is required: the ending the client walks out to (discord 85+ for two turns, or credibility 15 or less)
return scenario {
  id = "", title = "t", setting = "s", client = { name = "Al" }, start = "a",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b" } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
