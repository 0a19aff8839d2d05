-- expect: tests/bindings/bad/typo_field.lua:8: node 'a': unknown field 'chioces' (did you mean 'choices'?)
return scenario {
  id = "typo-field", title = "t", setting = "s",
  client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello",
      chioces = { { "Hi there, how are you?", move = "open_question", go = "b" } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
