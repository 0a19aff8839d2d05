-- expect: tests/bindings/bad/effect_error.lua:6: the trainee said the wrong thing
return scenario {
  id = "x", title = "t", setting = "s", client = { name = "Al" }, start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b",
      effect = function(s) error("the trainee said the wrong thing") end } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
