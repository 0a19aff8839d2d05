-- expect: tests/bindings/bad/dup_choice_id.lua:6: node 'a': choice 2: id 'x' is used twice in this node
return scenario {
  id = "x", title = "t", setting = "s", client = { name = "Al" }, start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", id = "x", move = "affirm", go = "b" },
      { "And how is the team?", id = "x", move = "affirm", go = "b" } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
