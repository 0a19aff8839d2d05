-- expect: tests/sandbox/table_move.lua:8: table.move: this call could take more than 100 million steps, the budget of a call into the client: work on fewer elements
-- Class 2: table.move over a trillion slots, all inside C.
return scenario {
  id = "sandbox", title = "t", setting = "s", client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b",
          effect = function(s) table.move({}, 1, 1e12, 2) end } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
