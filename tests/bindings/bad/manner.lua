-- expect: tests/bindings/bad/manner.lua:3: client: 'manner' must be "combative", "withdrawn" or "dismissive", not "sulky"
return scenario {
  id = "x", title = "t", setting = "s", client = { name = "Al", manner = "sulky" }, start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b" } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
