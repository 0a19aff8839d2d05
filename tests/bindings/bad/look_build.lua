-- expect: tests/bindings/bad/look_build.lua:5: client look: unknown build (did you mean 'broad'?)
return scenario {
  id = "x", title = "t", setting = "s",
  client = { name = "Al",
    look = { build = "borad" } },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b" } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
