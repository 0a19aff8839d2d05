-- expect: tests/bindings/bad/look_hair_style.lua:5: client look: unknown hair_style 'curli' (did you mean 'curly'?)
return scenario {
  id = "x", title = "t", setting = "s",
  client = { name = "Al",
    look = { hair_style = "curli" } },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b" } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
