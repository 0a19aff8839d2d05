-- expect: tests/bindings/bad/client_type.lua:3: 'client' must be a table: { name = "Dana", role = ... }, not a string
return scenario {
  id = "x", title = "t", setting = "s", client = "Al", start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b" } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
