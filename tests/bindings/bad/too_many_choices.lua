-- expect: tests/bindings/bad/too_many_choices.lua:5: node 'a': has 10 choices; at most 9 fit on screen
return scenario {
  id = "x", title = "t", setting = "s", client = { name = "Al" }, start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "c1 hello there", move = "affirm", go = "b" }, { "c2 hello there", move = "affirm", go = "b" }, { "c3 hello there", move = "affirm", go = "b" }, { "c4 hello there", move = "affirm", go = "b" }, { "c5 hello there", move = "affirm", go = "b" }, { "c6 hello there", move = "affirm", go = "b" }, { "c7 hello there", move = "affirm", go = "b" }, { "c8 hello there", move = "affirm", go = "b" }, { "c9 hello there", move = "affirm", go = "b" }, { "c10 hello there", move = "affirm", go = "b" } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
