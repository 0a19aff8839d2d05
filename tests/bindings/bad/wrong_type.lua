-- expect: tests/bindings/bad/wrong_type.lua:9: node 'a': 'talk' must be "change", "sustain", "ask" or "neutral", not a number
return scenario {
  id = "wrong-type", title = "t", setting = "s",
  client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = {
      say = "hello",
      talk = 5,
      choices = { { "Hi there, how are you?", move = "open_question", go = "b" } },
    },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
