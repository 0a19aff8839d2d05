-- expect: tests/bindings/bad/id_form.lua:3: 'id' must use lower-case letters, digits and '-' (like "dana-results"), not "Dana Results"
return scenario {
  id = "Dana Results", title = "t", setting = "s", client = { name = "Al" }, start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b" } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
