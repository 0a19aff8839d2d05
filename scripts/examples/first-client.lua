-- A complete client, commented line by line: copy it to scripts/clients/ to start your own.
-- Play it with:  rapport play --text scripts/examples/first-client.lua
-- Test it with:  rapport test scripts/examples/first-client.lua
-- Flow (the guide's "Flow"): below, a cue and a choice's words by band, a choice offered
-- once, and conditional lines. Visit counts (visits = { node = ">= 2" }), sub-conversations
-- (call = "node" ... back = true) and a course of sessions (sessions = { ... }, with missed
-- appointments) are worked through in scripts/clients/ruth-sessions.lua.

return scenario {
  -- Who and where. The id names the client on the command line (rapport run first-client).
  id = "first-client",
  title = "Jo: \"Why are we even doing this?\"",
  setting = "A first coaching session. Jo's manager booked it; Jo did not ask for it.",

  client = {
    name = "Jo", role = "Team lead", pronoun = "they", difficulty = "introductory",
    -- How Jo's resistance shows past guarded: "combative", "withdrawn" or "dismissive".
    manner = "withdrawn",
    -- Who Jo is on screen: colours as #rrggbb, age, and parts picked by name (see the guide).
    look = { skin = "#c68642", hair = "#3b2314", top = "#6a8caf", age = 29, face = "round",
             hair_style = "short", clothing = "sweater", setting = "meeting" },
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
  rules = { { when = { discord = ">= 75" }, go = "walked_out" } },

  nodes = {
    opening = {
      -- Lines by resistance band: the engine picks the one that fits Jo's state.
      say = {
        guarded = "So. My manager thinks I need coaching. I'm not sure what for.",
        resistant = { "Let's be honest, I'm here because I was told to be.",
                      "I don't really see the point of this, if I'm honest." },
      },
      -- A gesture while saying it; like a choice's words, it can depend on the band (Flow).
      cue = { "arms_crossed", resistant = "look_away" },
      -- Client talk: this node's lines argue for the status quo (sustain talk). Answering
      -- sustain talk with argument or unasked advice is the righting reflex, and costs more.
      talk = "sustain", kind = "need",
      -- The choices are shown in a shuffled order each session (order = "fixed" keeps this one).
      -- Write every option so that length and wording do not give the skilled one away.
      choices = {
        { "This wasn't your idea.",
          move = "simple_reflection", go = "pressure", id = "reflect",
          feedback = "Reflecting the reluctance, not arguing with it, lowers the guard." },
        { "Coaching really helps people in your position. Give it a few weeks and you'll see.",
          move = "persuade", go = "pushback", id = "sell",
          feedback = "Arguing for the coaching invites Jo to argue against it." },
        { "What would make this hour useful for you?",
          move = "open_question", go = "pressure", id = "ask",
          feedback = "An open question hands Jo the agenda." },
      },
    },

    pushback = {
      say = { resistant = "I'll see? I've got a team of nine and a release on Friday.",
              hostile = "Right. Everyone keeps telling me what I'll see." },
      talk = "sustain", kind = "ability",
      choices = {
        -- A repair: an apology together with a complex reflection of what it cost Jo.
        { "Sorry. Nine people and a Friday release, and I talked as if you had time to spare.",
          move = "complex_reflection", go = "pressure", repair = true, id = "repair",
          feedback = "Owning the misstep and reflecting what it cost Jo repairs the start." },
        -- Words by state: the plain text, then a band's own (see "Flow" in the guide).
        { { "Your manager was quite clear that this is important.",
            hostile = "Look, your manager was quite clear. This is important." },
          move = "confront", go = "pressure", cue = "eye_roll", id = "rank", once = true,
          feedback = "Pulling rank turns the session into an order." },
      },
    },

    pressure = {
      -- Variants can carry their own client talk: where a line set holds both change and
      -- sustain talk, the model picks change talk more often the more important and doable
      -- change feels to Jo (and less often the higher the discord).
      say = {
        open = { { "Honestly? The release. Everyone's watching this one, and I'd like it to go better than the last.",
                   talk = "change", kind = "desire" },
                 { "There's a release. It's fine. It always gets done somehow.", talk = "sustain", kind = "reason" } },
        guarded = { { "The release, I suppose. I'd like my evenings back.", talk = "change", kind = "desire" },
                    { "There's a release. It's fine.", talk = "sustain", kind = "reason" } },
      },
      choices = {
        { "Everyone's watching, and it lands on you.",
          move = "complex_reflection", go = "close", id = "name_it",
          effect = { named_pressure = true },  -- sets Jo's own flag
          feedback = "Naming the weight Jo carries is what makes them feel understood." },
        { "You sound really stretched. Have you tried delegating more of the release work to your seniors?",
          move = "persuade", go = "close", id = "delegate",
          feedback = "Unasked advice skips the part where Jo feels heard." },
      },
    },

    close = {
      -- Conditional lines: the first whose table condition holds, else the lines after
      -- them. (say = function(s) ... end computes a line from anything; tables are what
      -- lint, the graph and the explorer can read.)
      say = {
        { when = { named_pressure = true }, "Yeah. It is. Maybe we could use the time on that." },
        "Anyway. Was there anything else?",
      },
      choices = {
        -- Routing by state: the ending depends on how the session went, not only this click.
        { "Would it help to spend our next session on the release?",
          move = "seek_collaboration", id = "together",
          go = { { "engaged", when = { rapport = ">= 36" } }, { "polite" } },
          feedback = "Asking, not telling, leaves the choice with Jo." },
        { "I'll send you some reading on delegation; you should find a couple of ideas there for Friday.",
          move = "persuade", go = "polite", id = "reading",
          feedback = "Homework nobody asked for rarely gets read." },
        { "Let's leave it there, then.",
          move = "buckle", go = "polite", id = "leave",
          feedback = "Dropping the agenda the moment it gets awkward leaves Jo with nothing to come back for." },
      },
    },

    -- Endings: an id, a title the trainee reads, an outcome (success, partial, fail) and a debrief.
    engaged = { ending = "engaged", outcome = "success", title = "Jo takes the change on",
                say = "Yes. Let's do that. Same time next week?",
                debrief = "You followed Jo's lead and named the pressure. Jo chose to come back." },
    polite = { ending = "polite", outcome = "partial", title = "Jo stays politely unconvinced",
               say = "Sure. I'll let you know.",
               debrief = "Jo stayed polite but did not commit. Sessions end here when advice comes before Jo feels heard." },
    walked_out = { ending = "walked_out", outcome = "fail", title = "Jo walks out",
                   say = "I think we're done here.",
                   debrief = "Jo left to defend their autonomy: pushing for the coaching or pulling rank tends to end a first session this way." },
  },

  -- What the persona bots of `rapport test` should achieve (the model's defaults otherwise):
  -- mi prefers reflections and collaboration, righting persuades and confronts, questions
  -- only asks. Each goal must hold in 80% of the bots' runs.
  bots = {
    mi = { ending = "engaged" },
    righting = { ending = "walked_out", turns = "<= 3" },
    questions = { complained = false },  -- a three-turn session is too short for the complaint
  },

  -- Test plans: rapport test plays them and checks what they expect. Name choices by id:
  -- numbers count the offered choices in the authored order, not the shuffled order shown.
  tests = {
    { name = "reflecting all the way engages Jo", choices = { "reflect", "name_it", "together" },
      expect = { ending = "engaged", named_pressure = true, discord = "< 25" } },
    { name = "advice at the close leaves Jo polite", choices = { "ask", "name_it", "reading" },
      expect = { ending = "polite", named_pressure = true } },
    { name = "persuading then pulling rank walks Jo out", choices = { "sell", "rank" },
      expect = { ending = "walked_out", discord = ">= 75" } },
  },
}
