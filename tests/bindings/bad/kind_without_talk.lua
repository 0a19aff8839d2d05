-- expect: tests/bindings/bad/kind_without_talk.lua:9: node 'a': 'kind' (DARN-CAT) belongs to change or sustain talk: add talk = "change" or "sustain"
return scenario {
  id = "kind-without-talk", title = "t", setting = "s",
  client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = {
      say = "hello",
      kind = "reason",
      choices = { { "Hi there, how are you?", move = "open_question", go = "b" } },
    },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
