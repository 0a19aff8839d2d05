-- expect: tests/bindings/bad/topic_without_deflect.lua:9: node 'a': a node that discloses a guarded topic needs 'deflect' lines: what the client says instead
return scenario {
  id = "topic-no-deflect", title = "t", setting = "s",
  client = { name = "Al", topics = { dad = { sensitivity = 60 } } },
  start = "a", walkout = "b",
  nodes = {
    a = {
      say = { open = "About my dad..." },
      topic = "dad",
      choices = { { "Go on?", move = "open_question", go = "b" } },
    },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
