-- expect: tests/bindings/bad/missing_nodes.lua: 'nodes' is required: a table of nodes by id
return scenario {
  id = "x", title = "t", setting = "s", client = { name = "Al" }, start = "a", walkout = "b",
}
