-- expect: tests/bindings/bad/topic_near_miss.lua:9: node 'a': choice 1: topic 'fathr' is not one of the client's topics (did you mean 'father'?)
return scenario {
  id = "topic-near-miss", title = "t", setting = "s",
  client = { name = "Al", topics = { father = { sensitivity = 60 }, money = { sensitivity = 30 } } },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello",
      choices = { { "And your dad?", move = "open_question", go = "b",
                    topic = "fathr" } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
