-- A client whose avatar is set by the scenario: after "smile" the override opens the arms
-- and lifts the mouth whatever the state says. Used by tests/sdl/render.sh.
return scenario {
  id = "avatar-override",
  title = "Override: a scenario's own avatar mapping",
  setting = "A test client for the avatar override.",
  client = { name = "Kim", role = "Tester", pronoun = "they",
             look = { skin = "#8d5524", hair = "#101010", top = "#2f5d8a" } },
  state = { discord = 60, rapport = 20, cheered = false },
  start = "opening",
  walkout = "gone",
  avatar = function(s)
    if s.cheered then return { arms = "open", mouth_curve = 1, lean = 1, gaze_x = 0 } end
  end,
  nodes = {
    opening = {
      say = "Well?",
      choices = {
        { "Let's have some fun.", move = "affirm", go = "after", id = "smile",
          effect = { cheered = true } },
        { "Let's not.", move = "affirm", go = "after", id = "plain" },
      },
    },
    after = {
      say = "Fine.",
      choices = { { "Bye.", move = "summary", go = "gone" } },
    },
    gone = { ending = "gone", title = "The end", outcome = "partial", say = "Bye." },
  },
}
