-- expect: tests/bindings/bad/wrong_type.lua:9: node 'a': 'sustain' must be true or false, not a string
return scenario {
  id = "wrong-type", title = "t", setting = "s",
  client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = {
      say = "hello",
      sustain = "yes",
      choices = { { "Hi there, how are you?", move = "open_question", go = "b" } },
    },
    b = { ending = "done", outcome = "success", say = "bye" },
  },
}
