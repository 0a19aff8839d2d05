-- expect: tests/bindings/bad/look_hair_colour.lua:5: client look: 'hair' must be a colour like "#8d5524", not "curly" (a hair style goes in 'hair_style')
return scenario {
  id = "x", title = "t", setting = "s",
  client = { name = "Al",
    look = { hair = "curly" } },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b" } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
