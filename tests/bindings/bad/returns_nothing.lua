-- expect: tests/bindings/bad/returns_nothing.lua:2: the file must return a scenario: end it with return scenario { ... } (it returned nothing)
local x = 1
