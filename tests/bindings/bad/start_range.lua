-- expect: tests/bindings/bad/start_range.lua:5: state 'discord': starts at 120, outside its range 0 to 100
return scenario {
  id = "start-range", title = "t", setting = "s",
  client = { name = "Al" },
  state = { discord = 120 },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b" } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
