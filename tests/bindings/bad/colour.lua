-- expect: tests/bindings/bad/colour.lua:3: client look: 'skin' must be a colour like "#8d5524", not "brown"
return scenario {
  id = "x", title = "t", setting = "s", client = { name = "Al", look = { skin = "brown" } }, start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b" } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
