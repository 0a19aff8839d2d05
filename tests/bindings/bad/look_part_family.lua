-- expect: tests/bindings/bad/look_part_family.lua:6: client look: parts are grouped by family: parts = { hair = { name = [[...]] } }, and 'hat' is not face, hair, clothing, facial_hair, glasses, setting, hand or age
return scenario {
  id = "x", title = "t", setting = "s",
  client = { name = "Al",
    look = { parts = {
      hat = { bowler = "ellipse hair 500 180 60 50" } } } },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b" } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
