-- expect: tests/bindings/bad/returns_string.lua:2: the file must return a scenario: end it with return scenario { ... } (it returned a string)
return "scenario"
