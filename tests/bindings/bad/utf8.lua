-- expect: tests/bindings/bad/utf8.lua:2: invalid UTF-8 (byte 0xff): save the file as UTF-8
return scenario { id = "xÿ" }
