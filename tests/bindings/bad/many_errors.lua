-- expect: tests/bindings/bad/many_errors.lua:7: node 'a': unknown field 'choises' (did you mean 'choices'?)
return scenario {
  id = "many-errors", start = "a",
  nodes = {
    a = {
      say = "Hello.",
      choises = { { "Hi.", move = "affirm", go = "b" } },
    },
    b = { say = "Bye.", ending = "done", outcom = "success" },
  },
}
