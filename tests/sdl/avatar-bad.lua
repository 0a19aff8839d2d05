-- A client whose avatar override returns the wrong type: the window and `rapport render`
-- must name the file and line. Used by tests/sdl/render.sh.
return scenario {
  id = "avatar-bad",
  title = "Override that returns a string",
  setting = "A test client for the avatar override's error.",
  client = { name = "Kim", role = "Tester", pronoun = "they" },
  state = { discord = 20 },
  start = "opening",
  walkout = "gone",
  avatar = function(s)
    return "smile"
  end,
  nodes = {
    opening = { say = "Well?", choices = { { "Bye.", move = "affirm", go = "gone" } } },
    gone = { ending = "gone", title = "The end", outcome = "partial", say = "Bye." },
  },
}
