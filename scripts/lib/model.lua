-- The default client model: how a resistant client reacts to each move of the trainee.
--
-- This file is shared/design/resistance-model.md (version 2) written as code. The engine calls
-- `apply` once per trainee turn, with the client talk the move answers; after the choice's own
-- effect and rounding, sets `resistance` from `resistance` and calls `settle`; and calls `talk`
-- when a line can be change or sustain talk. Every number is a default to tune; a client file can change
-- any of them (`model = { moves = { defend = { discord = 12 } }, params = { discord_decay = 0.9 } }`).
--
-- `s` is the session's state: read and write variables as s.discord, s.rapport, ... (apply,
-- which runs on every transition of an exploration, gets them as arguments instead: below).
-- Values are rounded to their step (whole numbers; importance and confidence to 0.1) after
-- each turn, so every session has finitely many states.

local M = {}
-- The library functions apply and settle use, as locals: a global read from the engine's
-- sandbox goes through a lookup in C, and these run on every transition of an exploration.
local type, tonumber, min = type, tonumber, math.min

-- Section 2: the variables. start, range and step; `hidden` ones are bookkeeping.
M.variables = {
  { "discord",     10, 0, 100, 1 },   -- friction with the trainee
  { "rapport",     40, 0, 100, 1 },   -- alliance, trust
  { "reactance",   10, 0, 100, 1 },   -- felt threat to autonomy
  { "credibility", 50, 0, 100, 1 },   -- how much the client values the professional
  { "importance",   3, 0, 10, 0.1 },  -- why change matters to the client
  { "confidence",   4, 0, 10, 0.1 },  -- belief that change is doable
  { "resistance",   0, 0, 100, 1, readonly = true },  -- derived: the headline
  { "question_run", 0, 0, 20, 1, hidden = true },     -- Q-coded moves in a row
  { "grievances",   0, 0, 8, 1, hidden = true },      -- confrontations remembered
  { "grievance_mask", 0, 0, 255, 1, hidden = true },  -- bit k: a grievance k turns old
  { "hot_turns",    0, 0, 10, 1, hidden = true },     -- turns in a row with discord >= 85
  { "deflecting",   false, hidden = true },           -- this turn: a guarded topic pushed too soon
  { "questions_complaint", false, hidden = true },    -- this turn: a third question in a row
  { "sustain_next", false, hidden = true },           -- sustain talk was argued with: more follows
  { "talk_boost",   false, hidden = true },           -- sustain talk was softened: change talk likelier
  { "permission_pending", false, hidden = true },       -- the last move asked leave to advise
}

-- Bands of resistance: open < 25 <= guarded < 50 <= resistant < 75 <= hostile.
M.bands = { 25, 50, 75 }

-- Section 3: each move tag, its MITI 4.2.1 code and its effect on the client.
local moves = {
  --                          MITI         rapport discord reactance importance credibility
  open_question            = { "Q",         2,  -2,   0,  0.3,  0 },
  closed_question          = { "Q",         0,   1,   0,  0,    0 },
  simple_reflection        = { "SR",        3,  -4,  -2,  0,    0 },
  complex_reflection       = { "CR",        5,  -8,  -4,  0.3,  1 },
  summary                  = { "CR",        4,  -5,  -2,  0.5,  1 },
  affirm                   = { "AF",        4,  -3,  -1,  0,    0 },
  seek_collaboration       = { "Seek",      4,  -5,  -6,  0,    2 },
  propose_pilot            = { "Seek",      4,  -5,  -6,  0,    2 },
  emphasize_autonomy       = { "Emphasize", 3,  -5, -10,  0.2,  0 },
  welcome_pushback         = { "Seek",      6, -12,  -5,  0,    3 },
  reframe                  = { "CR",        5, -10,  -4,  0.3,  2 },
  name_resistance          = { "CR",        3,  -8,  -3,  0,    2 },
  transparency             = { "GI",        2,  -3,  -2,  0,    4 },
  give_information         = { "GI",        0,   0,   1,  0.3,  4 },
  provide_evidence         = { "GI",        0,   0,   1,  0.3,  4 },
  persuade_with_permission = { "PWP",       0,   1,   2,  0.3,  2 },
  persuade                 = { "Persuade", -4,  10,  12, -0.3, -1 },
  defend                   = { "Persuade", -3,   8,   8,  0,   -2 },
  justify                  = { "Persuade", -3,   8,   8,  0,   -2 },
  confront                 = { "Confront", -10, 18,  15, -0.5, -3 },
  blame_client             = { "Confront", -12, 20,  15, -0.5, -4 },
  buckle                   = { "none",      2,  -6,  -2, -0.5, -10 },
}

-- Section 4: the parameters of the update rules. The values marked "tuned" differ from the
-- text's defaults: with them the section-4 calibrations hold from the start state of every
-- bundled client (tests/unit/test_model.c checks each; scripts/README.md lists them).
M.params = {
  righting_discord = 40,     -- the righting reflex fires after sustain talk or above this discord
  righting_add = 6,          -- ...adding this much discord
  righting_reactance = 4,    -- ...and this much reactance
  righting_reflex = 1.5,     -- ...then multiplying the turn's discord rise
  evidence_trust = 30,       -- evidence with rapport below this counts as persuade (and is coded so)
  question_limit = 3,        -- the third Q-coded move in a row...
  question_discord = 6,      -- ...adds this much discord
  question_credibility = -3, -- ...and costs this much credibility
  topic_discord = 10,        -- pushing a guarded topic too soon
  topic_discord_limit = 30,  -- a topic is safe (and disclosed) only with discord at or below this
  trait_harm = 1.5,          -- tuned (text: 0.5): harmful deltas x (trait_harm + reactance_trait)
  trait_help = 3,            -- helpful deltas x (receptivity / trait_help)
  saturation_rise = 0.9,     -- tuned (text: 1): a rise of d at x becomes d (1 - k x / max)
  saturation_fall = 0,       -- tuned (text: 1): a fall of d at x becomes d (1 - k (max - x) / max)
  discord_decay = 0.98,      -- tuned (text: 0.9): per unprovoked turn
  reactance_decay = 0.9,     -- per unprovoked turn
  rapport_drift = 0.05,      -- share of the way back to the starting rapport, per unprovoked turn
  grievance_cap = 10,        -- rapport is capped at 100 - 10 x grievances
  grievance_turns = 8,       -- each grievance fades after this many turns
  walkout_discord = 85,      -- the client walks out after two turns at or above this...
  walkout_turns = 2,
  walkout_credibility = 15,  -- ...or when credibility falls to this
  -- Section 5: client talk.
  change_per_importance = 0.05, -- p(change talk) = 0.05 importance + 0.05 confidence - discord/200
  change_per_confidence = 0.05,
  change_discord = 200,
  change_min = 0.05,
  change_max = 0.95,
  softening_boost = 0.15,    -- p(change talk) after sustain talk was reflected or met with autonomy
  change_answered = 0.5,     -- importance or confidence, when change talk is reflected or explored
  sustain_argued = -0.5,     -- importance, when sustain talk is argued with
  confidence_support = 0.3,  -- confidence, for an affirmation or a small pilot
}

-- The righting reflex: moves that correct, teach or argue (coded Persuade or GI).
local RIGHTING = { Persuade = true, GI = true }
local NO_DECAY = { Persuade = true, Confront = true }
local NO_DECAY_TAGS = { defend = true, justify = true, buckle = true }
local CONFRONTING = { confront = true, blame_client = true }
-- Change talk about being able to change, or about doing it, builds confidence; desire,
-- reasons and need build importance.
local CONFIDENCE_KINDS = { ability = true, commitment = true, activation = true, taking_steps = true }
local function clamp(x, lo, hi)
  if x < lo then return lo elseif x > hi then return hi end
  return x
end

-- What a list of MITI codes says for the rules, worked out once per list (a choice's codes are
-- fixed at load, so apply looks them up rather than walking them on every transition).
local CODE_FLAGS = setmetatable({}, { __mode = "k" })
local function code_flags(codes)
  local f = CODE_FLAGS[codes]
  if f then return f end
  local all_q, reflects, complex = #codes > 0, false, false
  for i = 1, #codes do
    local c = codes[i]
    if c ~= "Q" then all_q = false end
    if c == "SR" or c == "CR" then reflects = true end
    if c == "CR" then complex = true end
  end
  f = { all_questions = all_q, reflects = reflects, complex = complex }
  CODE_FLAGS[codes] = f
  return f
end

-- Set bits in a byte: the grievances a mask holds.
local BITS = {}
for mask = 0, 255 do
  local n = 0
  for bit = 0, 7 do
    if mask & (1 << bit) ~= 0 then n = n + 1 end
  end
  BITS[mask] = n
end

-- Builds the model for one client: `config.moves` and `config.params` override the
-- defaults, `config.client` gives traits and guarded topics, `config.state` the starting values.
function M.new(config)
  local P, moves_of = {}, {}
  for k, v in pairs(M.params) do P[k] = v end
  for k, v in pairs(config.params or {}) do
    if M.params[k] == nil then error("unknown model parameter '" .. tostring(k) .. "'", 0) end
    if type(v) ~= "number" then error("model parameter '" .. k .. "' must be a number", 0) end
    P[k] = v
  end
  if P.grievance_turns < 1 or P.grievance_turns > 8 or P.grievance_turns % 1 ~= 0 then
    error("model parameter 'grievance_turns' must be a whole number from 1 to 8", 0)
  end
  for name, m in pairs(moves) do
    moves_of[name] = { miti = m[1], rapport = m[2], discord = m[3], reactance = m[4],
                       importance = m[5], credibility = m[6] }
  end
  local own_codes = {} -- { miti } for each move, made once: apply runs on every transition
  for name, o in pairs(config.moves or {}) do
    if type(o) ~= "table" then error("model move '" .. tostring(name) .. "' must be a table", 0) end
    local m = moves_of[name] or { miti = "none", rapport = 0, discord = 0, reactance = 0,
                                  importance = 0, credibility = 0 }
    for k, v in pairs(o) do
      if m[k] == nil then error("model move '" .. name .. "': unknown field '" .. tostring(k) .. "'", 0) end
      m[k] = v
    end
    moves_of[name] = m
  end
  for name, m in pairs(moves_of) do own_codes[name] = { m.miti } end
  local PERSUADE_CODES = { "Persuade" }

  local client = config.client or {}
  local traits = client.traits or {}
  local receptivity = traits.receptivity or 3
  local reactance_trait = traits.reactance_trait or 0.5
  local topics = client.topics or {}
  local start_rapport = (config.state or {}).rapport or 40
  if type(start_rapport) ~= "number" then start_rapport = 40 end

  local help = receptivity / P.trait_help    -- rule 3: traits
  local harm = P.trait_harm + reactance_trait
  local k_rise, k_fall = P.saturation_rise, P.saturation_fall

  local I = { variables = M.variables, moves = moves_of, params = P, bands = M.bands }

  -- The headline, derived: the engine stores it (rounded) in s.resistance after every turn.
  function I.resistance(s)
    return 0.55 * s.discord + 0.25 * s.reactance + 0.20 * (100 - 10 * s.importance)
  end

  function I.start(s)
    s.resistance = I.resistance(s)
  end

  -- Section 5: the chance that the client's next line is change talk, not sustain talk.
  function I.talk(s)
    local p = P.change_per_importance * s.importance + P.change_per_confidence * s.confidence
              - s.discord / P.change_discord
    if s.talk_boost then p = p + P.softening_boost end
    return clamp(p, P.change_min, P.change_max)
  end

  -- Rules 1 to 6 for the move of one choice at one node. `talk` is the client talk the move
  -- answers ("change", "sustain", "ask" or nil) and `kind` its DARN-CAT subtype. The model's
  -- variables come as arguments and go back as results, in the order `uses.apply` below names
  -- them: those it reads, then those it only sets. They are locals here, not fields of a table,
  -- because apply runs on every transition of an exploration. The first result is a MITI code
  -- when the move counts as another for this turn.
  -- The parameters apply reads, as locals: it runs on every transition of an exploration.
  local evidence_trust, righting_discord = P.evidence_trust, P.righting_discord
  local righting_add, righting_reactance, righting_reflex =
    P.righting_add, P.righting_reactance, P.righting_reflex
  local question_limit, question_discord, question_credibility =
    P.question_limit, P.question_discord, P.question_credibility
  local topic_discord, topic_discord_limit = P.topic_discord, P.topic_discord_limit
  local change_answered, sustain_argued, confidence_support =
    P.change_answered, P.sustain_argued, P.confidence_support
  local discord_decay, reactance_decay, rapport_drift =
    P.discord_decay, P.reactance_decay, P.rapport_drift
  local grievance_keep, grievance_cap = (1 << P.grievance_turns) - 1, P.grievance_cap

  -- What one choice means for the rules, worked out the first time it is played (a choice's
  -- fields are fixed at load, and apply runs on every transition of an exploration): its move
  -- and MITI code, what its codes say, and rule 1's base deltas with the choice's own changes
  -- to model variables. `recoded`: the plan of the same choice recoded as persuasion (rule 2,
  -- evidence without trust).
  local PLANS, RECODED = setmetatable({}, { __mode = "k" }), setmetatable({}, { __mode = "k" })
  local function plan_of(choice, recoded)
    local tag = recoded and "persuade" or choice.move
    local m = moves_of[tag]
    local codes = code_flags(recoded and PERSUADE_CODES or choice.codes or own_codes[tag])
    local topic = choice.topic and topics[choice.topic]
    local p = {
      tag = tag, miti = m.miti, all_questions = codes.all_questions, reflects = codes.reflects,
      rapport = m.rapport, discord = m.discord, reactance = m.reactance,
      importance = m.importance, confidence = 0, credibility = m.credibility,
      topic = topic, sensitivity = topic and (topic.sensitivity or 50),
      permission = choice.permission == true,
      righting = RIGHTING[m.miti] or false,
      decays = not NO_DECAY[m.miti] and not NO_DECAY_TAGS[tag],
      confronting = CONFRONTING[tag] or false,
      repairs = (choice.repair and codes.complex) or false,
      supports_confidence = tag == "affirm" or tag == "propose_pilot",
    }
    local extra = choice.effect
    if type(extra) == "table" then
      for _, var in ipairs({ "rapport", "discord", "reactance", "importance", "confidence",
                             "credibility" }) do
        p[var] = p[var] + (tonumber(extra[var]) or 0)
      end
    end
    if recoded then RECODED[choice] = p else PLANS[choice] = p end
    return p
  end

  function I.apply(choice, node, talk, kind, discord, rapport, reactance, credibility,
                   importance, confidence, question_run, grievances, grievance_mask,
                   permission_pending)
    local p = PLANS[choice] or plan_of(choice, false)
    local recode
    -- Rule 2, evidence without trust: persuasion, in the model and in scoring.
    if p.tag == "provide_evidence" and rapport < evidence_trust then
      p, recode = RECODED[choice] or plan_of(choice, true), "Persuade"
    end

    -- Rule 1: base deltas, with the choice's own changes to model variables.
    local d_rapport, d_discord, d_reactance = p.rapport, p.discord, p.reactance
    local d_importance, d_confidence, d_credibility = p.importance, p.confidence, p.credibility

    -- Rule 2, context. Information is welcome when the client asked for it, or when the
    -- trainee asked leave to give it the turn before.
    local provoked = false
    local asked = talk == "ask" or permission_pending
    if p.righting and not asked and (talk == "sustain" or discord > righting_discord) then
      d_discord = d_discord + righting_add
      d_reactance = d_reactance + righting_reactance
      if d_discord > 0 then d_discord = d_discord * righting_reflex end
      provoked = true
    end
    local questions_complaint = false
    if p.all_questions then
      question_run = question_run + 1
      if question_run >= question_limit then
        d_discord = d_discord + question_discord
        d_credibility = d_credibility + question_credibility
        questions_complaint = true
        provoked = true
      end
    else
      question_run = 0
    end
    local deflecting = false
    if p.topic then
      if p.sensitivity > rapport or discord > topic_discord_limit then
        d_discord = d_discord + topic_discord
        deflecting = true
        provoked = true
      end
    end

    -- Section 5: what the answer to client talk does to the client's motivation.
    local sustain_next, talk_boost = false, false
    if talk == "change" and (p.reflects or p.tag == "open_question") then
      if CONFIDENCE_KINDS[kind] then d_confidence = d_confidence + change_answered
      else d_importance = d_importance + change_answered end
    elseif talk == "sustain" then
      local miti = p.miti
      if p.reflects or miti == "Emphasize" then
        talk_boost = true                     -- softening: change talk becomes likelier
      elseif miti == "Persuade" or miti == "Confront" or (miti == "GI" and not asked) then
        d_importance = d_importance + sustain_argued
        sustain_next = true                   -- sustain talk begets sustain talk
      end
    end
    if p.supports_confidence then
      d_confidence = d_confidence + confidence_support
    end
    permission_pending = p.permission

    -- Rules 3 and 4 for each variable, in this order: the traits scale a delta (`help` the
    -- helpful way, `harm` the harmful: for discord and reactance a rise is the harmful way),
    -- saturation shrinks it toward the end of the range it moves to, and the result is clamped
    -- to the range. A zero delta changes nothing. Written out for each variable rather than
    -- called: the calls were 7% of the instructions of an exploration.
    local x
    if d_rapport ~= 0 then
      x = rapport
      if d_rapport > 0 then x = x + d_rapport * help * (1 - k_rise * x / 100)
      elseif k_fall == 0 then x = x + d_rapport * harm -- the line below, for the default
      else x = x + d_rapport * harm * (1 - k_fall * (100 - x) / 100) end
      rapport = x < 0 and 0 or x > 100 and 100 or x
    end
    if d_discord ~= 0 then
      x = discord
      if d_discord > 0 then x = x + d_discord * harm * (1 - k_rise * x / 100)
      elseif k_fall == 0 then x = x + d_discord * help -- the line below, for the default
      else x = x + d_discord * help * (1 - k_fall * (100 - x) / 100) end
      discord = x < 0 and 0 or x > 100 and 100 or x
    end
    if d_reactance ~= 0 then
      x = reactance
      if d_reactance > 0 then x = x + d_reactance * harm * (1 - k_rise * x / 100)
      elseif k_fall == 0 then x = x + d_reactance * help -- the line below, for the default
      else x = x + d_reactance * help * (1 - k_fall * (100 - x) / 100) end
      reactance = x < 0 and 0 or x > 100 and 100 or x
    end
    if d_importance ~= 0 then
      x = importance
      if d_importance > 0 then x = x + d_importance * help * (1 - k_rise * x / 10)
      elseif k_fall == 0 then x = x + d_importance * harm -- the line below, for the default
      else x = x + d_importance * harm * (1 - k_fall * (10 - x) / 10) end
      importance = x < 0 and 0 or x > 10 and 10 or x
    end
    if d_confidence ~= 0 then
      x = confidence
      if d_confidence > 0 then x = x + d_confidence * help * (1 - k_rise * x / 10)
      elseif k_fall == 0 then x = x + d_confidence * harm -- the line below, for the default
      else x = x + d_confidence * harm * (1 - k_fall * (10 - x) / 10) end
      confidence = x < 0 and 0 or x > 10 and 10 or x
    end
    if d_credibility ~= 0 then
      x = credibility
      if d_credibility > 0 then x = x + d_credibility * help * (1 - k_rise * x / 100)
      elseif k_fall == 0 then x = x + d_credibility * harm -- the line below, for the default
      else x = x + d_credibility * harm * (1 - k_fall * (100 - x) / 100) end
      credibility = x < 0 and 0 or x > 100 and 100 or x
    end

    -- Rule 5: decay, only on a turn that provoked nothing.
    if not provoked and p.decays then
      discord = discord * discord_decay
      reactance = reactance * reactance_decay
      rapport = rapport + (start_rapport - rapport) * rapport_drift
    end

    -- Rule 6: memory. Each grievance ages on its own timer; a repair (an apology with a
    -- complex reflection of the hurt) clears the oldest. With none, old or new, nothing
    -- changes: the count is 0 and the cap 100.
    local mask = grievance_mask -- a whole number, so the engine hands it over as an integer
    if mask ~= 0 or p.confronting or grievances ~= 0 then
      mask = (mask << 1) & grievance_keep
      if p.confronting then
        mask = mask | 1
      elseif p.repairs and mask ~= 0 then
        local oldest = 1
        while (mask >> oldest) ~= 0 do oldest = oldest + 1 end
        mask = mask & ~(1 << (oldest - 1))
      end
      local count = BITS[mask]
      grievance_mask, grievances = mask, count
      local cap = 100 - grievance_cap * count
      if rapport > cap then rapport = cap end
    end
    return recode, discord, rapport, reactance, credibility, importance, confidence, question_run,
           grievances, grievance_mask, permission_pending,
           deflecting, questions_complaint, sustain_next, talk_boost
  end

  -- Once per turn, after the choice's own effect and rounding, and after the engine has set
  -- the headline from I.resistance: the walk-out rule.
  local walkout_discord, walkout_turns, walkout_credibility =
    P.walkout_discord, P.walkout_turns, P.walkout_credibility
  function I.settle(s)
    local hot = 0
    if s.discord >= walkout_discord then hot = min(s.hot_turns + 1, walkout_turns) end
    s.hot_turns = hot
    return hot >= walkout_turns or s.credibility <= walkout_credibility
  end

  -- What apply, resistance and settle use: `reads`, the variables a function may read (and
  -- write), and `sets`, those it sets before ever reading them. The engine hands resistance
  -- and settle a view of these alone (any other name fails, and one in `sets` reads as missing
  -- until it is set); apply, `positional`, gets the values of its `reads` as arguments after
  -- its own four, in this order, and returns them and then those of its `sets` after its MITI
  -- code. So each answer depends on the values of its `reads` alone and is remembered by them:
  -- the headline's three and the walk-out rule's three recur even where whole states do not.
  -- Keep these true when the functions change.
  I.uses = {
    apply = { reads = { "discord", "rapport", "reactance", "credibility", "importance",
                        "confidence", "question_run", "grievances", "grievance_mask",
                        "permission_pending" },
              sets = { "deflecting", "questions_complaint", "sustain_next", "talk_boost" },
              positional = true },
    resistance = { reads = { "discord", "reactance", "importance" } },
    settle = { reads = { "discord", "hot_turns", "credibility" } },
  }

  return I
end

return M
