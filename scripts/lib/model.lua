-- The default client model: how a resistant client reacts to each move of the trainee.
--
-- This file is shared/design/resistance-model.md written as code. The engine calls it once
-- per trainee turn. Every number is a default to tune; a client file can change any of them
-- (`model = { moves = { defend = { discord = 12 } }, params = { discord_decay = 0.9 } }`).
--
-- `s` is the session's state: read and write variables as s.discord, s.rapport, ...
-- Values are rounded to their step (whole numbers; importance and confidence to 0.1) after
-- each turn, so every session has finitely many states.

local M = {}

-- Section 2: the variables. start, range and step; `hidden` ones are bookkeeping.
M.variables = {
  { "discord",     10, 0, 100, 1 },   -- friction with the trainee
  { "rapport",     40, 0, 100, 1 },   -- alliance, trust
  { "reactance",   10, 0, 100, 1 },   -- felt threat to autonomy
  { "credibility", 50, 0, 100, 1 },   -- how much the client values the professional
  { "importance",   3, 0, 10, 0.1 },  -- why change matters to the client
  { "confidence",   4, 0, 10, 0.1 },  -- belief that change is doable
  { "resistance",   0, 0, 100, 1, readonly = true },  -- derived: the headline
  { "question_run", 0, 0, 20, 1, hidden = true },     -- questions in a row, no reflection
  { "grievances",   0, 0, 10, 1, hidden = true },     -- confrontations remembered
  { "grievance_age", 0, 0, 20, 1, hidden = true },    -- turns since a grievance came or went
  { "hot_turns",    0, 0, 10, 1, hidden = true },      -- turns in a row with discord >= 85
  { "deflecting",   false, hidden = true },           -- this turn: a guarded topic pushed too soon
  { "questions_complaint", false, hidden = true },    -- this turn: too many questions
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

-- Section 4: the parameters of the update rules.
M.params = {
  righting_reflex = 1.5,     -- discord effect of persuading after sustain talk or while discord > 40
  righting_discord = 40,
  evidence_trust = 30,       -- evidence with rapport below this counts as persuade
  question_limit = 3,        -- the third question in a row without a reflection...
  question_discord = 6,      -- ...adds this much discord
  question_credibility = -3, -- ...and costs this much credibility
  topic_discord = 10,        -- pushing a guarded topic too soon
  topic_discord_limit = 30,  -- a topic is safe only with discord at or below this
  discord_decay = 0.8,       -- per unprovoked turn
  reactance_decay = 0.85,
  rapport_drift = 0.05,      -- share of the way back to the starting rapport, per turn
  grievance_cap = 10,        -- rapport is capped at 100 - 10 x grievances
  grievance_turns = 8,       -- a grievance fades after this many turns
  walkout_discord = 85,      -- the client walks out after two turns at or above this...
  walkout_turns = 2,
  walkout_credibility = 15,  -- ...or when credibility falls to this
}

local HARMFUL_UP = { discord = true, reactance = true }  -- a rise of these hurts
local PERSUASIVE = { persuade = true, give_information = true, provide_evidence = true }
local REFLECTIVE = { SR = true, CR = true }
local CONFRONTING = { confront = true, blame_client = true }

local function clamp(x, lo, hi)
  if x < lo then return lo elseif x > hi then return hi end
  return x
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
  for name, m in pairs(moves) do
    moves_of[name] = { miti = m[1], rapport = m[2], discord = m[3], reactance = m[4],
                       importance = m[5], credibility = m[6] }
  end
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

  local client = config.client or {}
  local traits = client.traits or {}
  local receptivity = traits.receptivity or 3
  local reactance_trait = traits.reactance_trait or 0.5
  local topics = client.topics or {}
  local start_rapport = (config.state or {}).rapport or 40
  if type(start_rapport) ~= "number" then start_rapport = 40 end

  local help = receptivity / 3            -- rule 1: traits
  local harm = 0.5 + reactance_trait

  -- One delta through rules 1 and 2: traits, then saturation toward the range's ends.
  local function push(s, var, delta, max)
    if delta == 0 then return end
    local harmful
    if HARMFUL_UP[var] then harmful = delta > 0 else harmful = delta < 0 end
    delta = delta * (harmful and harm or help)
    local x = s[var]
    if delta > 0 then delta = delta * (max - x) / max else delta = delta * x / max end
    s[var] = clamp(x + delta, 0, max)
  end

  local I = { variables = M.variables, moves = moves_of, params = P, bands = M.bands }

  function I.resistance(s)
    return 0.55 * s.discord + 0.25 * s.reactance + 0.20 * (100 - 10 * s.importance)
  end

  function I.start(s)
    s.resistance = I.resistance(s)
  end

  -- Rules 1 to 5 for the move of one choice at one node.
  function I.apply(s, choice, node)
    local tag = choice.move
    if tag == "provide_evidence" and s.rapport < P.evidence_trust then tag = "persuade" end
    local m = moves_of[tag]
    local extra = choice.effect
    if type(extra) ~= "table" then extra = nil end
    local d_rapport, d_discord, d_reactance = m.rapport, m.discord, m.reactance
    local d_importance, d_credibility = m.importance, m.credibility
    if extra then
      d_rapport = d_rapport + (tonumber(extra.rapport) or 0)
      d_discord = d_discord + (tonumber(extra.discord) or 0)
      d_reactance = d_reactance + (tonumber(extra.reactance) or 0)
      d_importance = d_importance + (tonumber(extra.importance) or 0)
      d_credibility = d_credibility + (tonumber(extra.credibility) or 0)
    end

    -- Rule 3, context: the righting reflex.
    if PERSUASIVE[tag] and (node.sustain or s.discord > P.righting_discord) then
      d_discord = d_discord * P.righting_reflex
    end
    -- Rule 3: a run of questions with no reflection.
    s.questions_complaint = false
    if m.miti == "Q" then
      s.question_run = s.question_run + 1
      if s.question_run >= P.question_limit then
        d_discord = d_discord + P.question_discord
        d_credibility = d_credibility + P.question_credibility
        s.questions_complaint = true
      end
    elseif REFLECTIVE[m.miti] then
      s.question_run = 0
    end
    -- Rule 3: a guarded topic pushed before the client is ready.
    s.deflecting = false
    local topic = choice.topic and topics[choice.topic]
    if topic then
      local sensitivity = topic.sensitivity or 50
      if sensitivity > s.rapport or s.discord > P.topic_discord_limit then
        d_discord = d_discord + P.topic_discord
        s.deflecting = true
      end
    end

    -- Rules 1 and 2 for each variable.
    push(s, "rapport", d_rapport, 100)
    push(s, "discord", d_discord, 100)
    push(s, "reactance", d_reactance, 100)
    push(s, "importance", d_importance, 10)
    push(s, "credibility", d_credibility, 100)

    -- Rule 4: decay when not provoked.
    if d_discord <= 0 then s.discord = s.discord * P.discord_decay end
    if d_reactance <= 0 then s.reactance = s.reactance * P.reactance_decay end
    if d_discord <= 0 and d_rapport >= 0 then
      s.rapport = s.rapport + (start_rapport - s.rapport) * P.rapport_drift
    end

    -- Rule 5: memory of confrontation.
    if CONFRONTING[tag] then
      s.grievances = s.grievances + 1
      s.grievance_age = 0
    elseif s.grievances > 0 then
      s.grievance_age = s.grievance_age + 1
      if choice.repair or s.grievance_age >= P.grievance_turns then
        s.grievances = s.grievances - 1
        s.grievance_age = 0
      end
    end
    local cap = 100 - P.grievance_cap * s.grievances
    if s.rapport > cap then s.rapport = cap end
  end

  -- Once per turn, after the choice's own effect and rounding: the headline and the walk-out rule.
  function I.settle(s)
    s.resistance = I.resistance(s)
    if s.discord >= P.walkout_discord then
      s.hot_turns = math.min(s.hot_turns + 1, P.walkout_turns)
    else
      s.hot_turns = 0
    end
    return s.hot_turns >= P.walkout_turns or s.credibility <= P.walkout_credibility
  end

  return I
end

return M
