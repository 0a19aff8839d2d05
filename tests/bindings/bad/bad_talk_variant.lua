-- expect: tests/bindings/bad/bad_talk_variant.lua:8: node 'a': 'talk' must be "change", "sustain", "ask" or "neutral", not "chnage"
return scenario {
  id = "bad-talk-variant", title = "t", setting = "s",
  client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = {
      say = { "plain", { "a change line", talk = "chnage" } },
      choices = { { "Hi there, how are you?", move = "open_question", go = "b" } },
    },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
