-- expect: tests/bindings/bad/ending_id_chars.lua:6: node 'b': ending "<done>" must use letters, digits, '_' and '-'
return scenario {
  id = "x", title = "t", setting = "s", client = { name = "Al" }, start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b" } } },
    b = { ending = "<done>", title = "The end", outcome = "success", say = "bye" },
  },
}
