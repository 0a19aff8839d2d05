-- expect: tests/bindings/bad/syntax.lua:4: '}' expected (to close '{' at line 2) near 'title'
return scenario {
  id = "syntax"
  title = "x",
}
