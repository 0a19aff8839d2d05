-- expect: tests/bindings/bad/var_near.lua:6: node 'a': choice 1: 'discrod' is not a state variable of this client (did you mean 'discord'?)
return scenario {
  id = "var-near", start = "a",
  nodes = {
    a = { say = "Hello.", choices = {
      { "Hi.", move = "open_question", go = "b", when = { discrod = "< 50" } },
    } },
    b = { say = "Bye.", ending = "done" },
  },
}
