-- expect: tests/bindings/bad/topic_unknown.lua:8: node 'a': topic 'work' is not one of the client's topics (client = { topics = { work = { sensitivity = 50 } } })
return scenario {
  id = "topic-unknown", title = "t", setting = "s",
  client = { name = "Al", topics = { father = { sensitivity = 60 } } },
  start = "a", walkout = "b",
  nodes = {
    a = { say = { open = "Work is fine.", deflect = "Anyway." },
      topic = "work",
      choices = { { "Go on?", move = "open_question", go = "b" } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
