-- expect: tests/bindings/bad/look_key.lua:5: client look: unknown field 'glases' (did you mean 'glasses'?)
return scenario {
  id = "x", title = "t", setting = "s",
  client = { name = "Al",
    look = { glases = "round" } },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b" } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
