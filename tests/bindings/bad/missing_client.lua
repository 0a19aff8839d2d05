-- expect: tests/bindings/bad/missing_client.lua: 'client' is required: { name = "Dana", role = ... }
return scenario {
  id = "no-client", title = "t", setting = "s",
  start = "a",
  nodes = { a = { ending = "x", title = "The end", outcome = "fail" } },
}
