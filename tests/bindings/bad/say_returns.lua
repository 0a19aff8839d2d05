-- expect: tests/bindings/bad/say_returns.lua:5: 'say' function returned a number: it must return a line (a string) or a list of lines
return scenario {
  id = "x", title = "t", setting = "s", client = { name = "Al" }, start = "a", walkout = "b",
  nodes = {
    a = { say = function(s) return 42 end, choices = { { "Hi there, how are you?", move = "affirm", go = "b" } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
