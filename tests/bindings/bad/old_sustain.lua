-- expect: tests/bindings/bad/old_sustain.lua:9: node 'a': 'sustain' was replaced by client talk: write talk = "sustain" (on the node or on one line)
return scenario {
  id = "old-sustain", title = "t", setting = "s",
  client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = {
      say = "hello",
      sustain = true,
      choices = { { "Hi there, how are you?", move = "open_question", go = "b" } },
    },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
