return scenario { id = "x", start = "a", nodes = { a = { say = "Hi.", ending = "done" } } }
