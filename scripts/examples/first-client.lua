-- A complete client, commented line by line: copy it to scripts/clients/ to start your own.
-- Play it with:  rapport play --text scripts/examples/first-client.lua
-- Test it with:  rapport test scripts/examples/first-client.lua

return scenario {
  -- Who and where. The id names the client on the command line (rapport run first-client).
  id = "first-client",
  title = "Jo: \"Why are we even doing this?\"",
  setting = "A first coaching session. Jo's manager booked it; Jo did not ask for it.",

  client = {
    name = "Jo", role = "Team lead", pronoun = "they",
    -- Avatar colours, as #rrggbb.
    look = { skin = "#c68642", hair = "#3b2314", top = "#6a8caf" },
    -- receptivity 1-5: how much good moves help; reactance_trait 0-1: how much bad ones hurt;
    -- volatility 0-1: the chance of a line one band more resistant than the state says.
    traits = { receptivity = 3, reactance_trait = 0.5, volatility = 0 },
  },

  -- Starting values. discord and rapport are the model's variables (see scripts/README.md);
  -- named_pressure is this client's own flag, set by a choice below and read by a line.
  state = { discord = 40, rapport = 30, named_pressure = false },

  start = "opening",       -- the first node
  walkout = "walked_out",  -- where the client goes when the model says they walk out
  -- Rules end a session from state, after any turn: Jo has less patience than the default.
  rules = { { when = { discord = ">= 50" }, go = "walked_out" } },

  nodes = {
    opening = {
      -- Lines by resistance band: the engine picks the one that fits Jo's state.
      say = {
        guarded = "So. My manager thinks I need coaching. I'm not sure what for.",
        resistant = { "Let's be honest, I'm here because I was told to be.",
                      "I don't really see the point of this, if I'm honest." },
      },
      cue = "arms_crossed",  -- a gesture while saying it
      talk = "sustain",      -- client talk: the client argues for the status quo
      choices = {
        { "It sounds like this wasn't your idea, and you're not sure it's worth your time.",
          move = "complex_reflection", go = "pressure", id = "reflect",
          feedback = "Reflecting the reluctance, not arguing with it, lowers the guard." },
        { "Coaching really helps people in your position. You'll see.",
          move = "persuade", go = "pushback",
          feedback = "Arguing for the coaching invites Jo to argue against it." },
        { "What would make this hour useful for you?",
          move = "open_question", go = "pressure",
          feedback = "An open question hands Jo the agenda." },
      },
    },

    pushback = {
      say = { resistant = "I'll see? I've got a team of nine and a release on Friday.",
              hostile = "Right. Everyone keeps telling me what I'll see." },
      choices = {
        { "You're right, I got ahead of myself. What's on your plate this week?",
          move = "open_question", go = "pressure", repair = true,
          feedback = "Owning the misstep and asking repairs the start." },
        { "Your manager was quite clear that this is important.",
          move = "confront", go = "pressure", cue = "eye_roll",
          feedback = "Pulling rank turns the session into an order." },
      },
    },

    pressure = {
      -- A line can be a function of the state; `s` is read-only here.
      say = function(s)
        if s.rapport >= 35 then return "Honestly? The release. Everyone's watching this one." end
        return "There's a release. It's fine."
      end,
      choices = {
        { "A lot of people are watching, and it's landing on you.",
          move = "complex_reflection", go = "close", id = "name_it",
          effect = { named_pressure = true },  -- sets Jo's own flag
          feedback = "Naming the weight Jo carries is what makes them feel understood." },
        { "Have you tried delegating more?",
          move = "persuade", go = "close",
          feedback = "Unasked advice skips the part where Jo feels heard." },
      },
    },

    close = {
      say = function(s)
        if s.named_pressure then return "Yeah. It is. Maybe we could use the time on that." end
        return "Anyway. Was there anything else?"
      end,
      choices = {
        -- Routing by state: the ending depends on how the session went, not only this click.
        { "Would it help to spend our next session on the release?",
          move = "seek_collaboration",
          go = { { "engaged", when = { rapport = ">= 36" } }, { "polite" } },
          feedback = "Asking, not telling, leaves the choice with Jo." },
        { "I'll send you some reading on delegation.",
          move = "give_information", go = "polite",
          feedback = "Homework nobody asked for rarely gets read." },
      },
    },

    -- Endings: an id, an outcome (success, partial, fail) and a debrief for the trainee.
    engaged = { ending = "engaged", outcome = "success",
                say = "Yes. Let's do that. Same time next week?",
                debrief = "You followed Jo's lead and named the pressure. Jo chose to come back." },
    polite = { ending = "polite", outcome = "partial",
               say = "Sure. I'll let you know.",
               debrief = "Jo stayed polite but did not commit. More reflection, less advice." },
    walked_out = { ending = "walked_out", outcome = "fail",
                   say = "I think we're done here.",
                   debrief = "Pushing and pulling rank made Jo defend their autonomy by leaving." },
  },

  -- What the persona bots of `rapport test` should achieve (the model's defaults otherwise):
  -- mi prefers reflections and collaboration, righting persuades and confronts, questions
  -- only asks. Each goal must hold in 80% of the bots' runs.
  bots = {
    mi = { ending = "engaged" },
    righting = { ending = "walked_out", turns = "<= 3" },
    questions = { complained = false },  -- a three-turn session is too short for the complaint
  },

  -- Test plans: rapport test plays them and checks what they expect.
  tests = {
    { name = "reflecting all the way engages Jo", choices = { "reflect", "name_it", 1 },
      expect = { ending = "engaged", named_pressure = true, discord = "< 25" } },
    { name = "advice leaves Jo polite", choices = { 3, 2, 2 },
      expect = { ending = "polite", named_pressure = false } },
    { name = "persuading then pulling rank walks Jo out", choices = { 2, 2 },
      expect = { ending = "walked_out", discord = ">= 50" } },
  },
}
