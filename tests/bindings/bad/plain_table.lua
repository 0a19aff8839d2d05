-- expect: tests/bindings/bad/plain_table.lua:2: the file must return scenario { ... }, not a plain table
return { id = "x" }
