-- expect: tests/bindings/bad/missing_go.lua:11: node 'a': choice 1: 'go' goes to node 'bb', which does not exist (did you mean 'b'?)
return scenario {
  id = "missing-go", title = "t", setting = "s",
  client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = {
      say = "hello",
      choices = {
        { "Hi there, how are you?", move = "open_question",
          go = "bb" },
      },
    },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
