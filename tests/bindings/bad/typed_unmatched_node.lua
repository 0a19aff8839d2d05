-- expect: tests/bindings/bad/typed_unmatched_node.lua:5: node 'a': 'unmatched' must be a string, or { "plain text", hostile = "...", { when = { ... }, "..." } }
return scenario {
  id = "x", start = "a",
  nodes = {
    a = { say = "Hi.", unmatched = 4, choices = {
      { "Tell me more.", move = "open_question", go = "b" } } },
    b = { say = "Bye.", ending = "done", title = "Done", outcome = "success" },
  },
}
