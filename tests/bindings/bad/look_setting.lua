-- expect: tests/bindings/bad/look_setting.lua:5: client look: unknown setting 'beach': one of "office", "therapy", "meeting"
return scenario {
  id = "x", title = "t", setting = "s",
  client = { name = "Al",
    look = { setting = "beach" } },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b" } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
