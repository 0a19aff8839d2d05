-- expect: tests/bindings/bad/cmp_form.lua:5: node 'a': choice 1: 'rapport = about 30' is not a comparison: write it like ">= 30" or "< 50"
return scenario {
  id = "x", title = "t", setting = "s", client = { name = "Al" }, start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b", when = { rapport = "about 30" } } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
