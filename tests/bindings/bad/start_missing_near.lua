-- expect: tests/bindings/bad/start_missing_near.lua:3: 'start' goes to node 'opening', which does not exist (did you mean 'open'?)
return scenario {
  id = "start-near", start = "opening",
  nodes = { open = { say = "Hi.", ending = "done" } },
}
