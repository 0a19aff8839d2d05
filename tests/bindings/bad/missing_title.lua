-- expect: tests/bindings/bad/missing_title.lua:6: node 'b': an ending needs 'title': what the trainee reads, e.g. title = "Al cancels the contract"
return scenario {
  id = "x", title = "t", setting = "s", client = { name = "Al" }, start = "a", walkout = "b",
  nodes = {
    a = { say = "hi", choices = { { "Hi there, how are you?", move = "affirm", go = "b" } } },
    b = { ending = "done", outcome = "success", say = "bye", title = "" },
  },
}
