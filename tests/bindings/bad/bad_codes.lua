-- expect: tests/bindings/bad/bad_codes.lua:9: node 'a': choice 1: 'codes' entry 2 must be a MITI code (Q, SR, CR, AF, Seek, Emphasize, GI, PWP, Persuade, Confront)
return scenario {
  id = "bad-codes", title = "t", setting = "s",
  client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = {
      say = "hello",
      choices = { { "Hi there.", move = "open_question", codes = { "CR", "Question" }, go = "b" } },
    },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
