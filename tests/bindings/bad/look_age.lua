-- expect: tests/bindings/bad/look_age.lua:5: client look: 'age' must be between 16 and 90, not 7
return scenario {
  id = "x", title = "t", setting = "s",
  client = { name = "Al",
    look = { age = 7 } },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b" } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
