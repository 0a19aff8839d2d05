-- expect: tests/bindings/bad/no_io.lua:2: 'io' is not defined
local f = io.open("/etc/passwd")
return scenario {}
