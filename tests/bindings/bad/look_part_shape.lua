-- expect: tests/bindings/bad/look_part_shape.lua:9: unknown shape 'elipse' (did you mean 'ellipse'?)
return scenario {
  id = "x", title = "t", setting = "s",
  client = { name = "Al",
    look = { hair_style = "mybun", parts = {
      hair = {
        mybun = [[
          ellipse hair 500 180 60 50
          elipse hair 500 180 60 50
        ]] } } } },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b" } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
