-- The smallest client (issue 13): no title, setting, client or walkout; `rapport test` passes.
return scenario { id = "x", start = "a", nodes = { a = { say = "Hi.", ending = "done" } } }
