-- expect: tests/bindings/bad/frozen_global.lua:9: cannot set global 'count' after the file has loaded: keep what changes in declared state variables
count = 0
return scenario {
  id = "frozen-global", title = "t", setting = "s",
  client = { name = "Al" },
  start = "a", walkout = "b",
  nodes = {
    a = { say = "hello", choices = { { "Hi there, how are you?", move = "affirm", go = "b",
        effect = function(s) count = count + 1 end } } },
    b = { ending = "done", title = "The end", outcome = "success", say = "bye" },
  },
}
