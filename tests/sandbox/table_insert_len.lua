-- expect: tests/sandbox/table_insert_len.lua:8: table.insert: this call could take more than 100 million steps, the budget of a call into the client: work on fewer elements
-- Class 2: table.insert shifting a trillion slots that __len claims.
return scenario {
  id = "sandbox", title = "t", setting = "s", client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b",
          effect = function(s) table.insert(setmetatable({}, { __len = function() return 1e12 end }), 1, 0) end } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
