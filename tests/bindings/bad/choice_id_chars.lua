-- expect: tests/bindings/bad/choice_id_chars.lua:5: node 'a': choice 1: id "hi there" must use letters, digits, '_' and '-'
return scenario {
  id = "x", title = "t", setting = "s", client = { name = "Al" }, start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", id = "hi there", move = "affirm", go = "b" } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
