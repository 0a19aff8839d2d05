-- expect: tests/bindings/bad/node_id_chars.lua:6: node id "b\"c" must use letters, digits, '_' and '-'
return scenario {
  id = "x", title = "t", setting = "s", client = { name = "Al" }, start = "a", walkout = 'b"c',
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = 'b"c' } } },
    ['b"c'] = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
