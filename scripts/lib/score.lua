-- Scoring the trainee, MITI-style (shared/design/resistance-model.md, version 2, section 6).
--
-- Counts are exact because every choice is pre-coded: one MITI code per utterance (a choice
-- that reflects and then asks carries { "CR", "Q" }), so every count, R:Q included, is over
-- utterances. The four global scores are proxies computed from those codes and from the
-- client talk each turn answered: the engine can only approximate what human coders rate, so
-- they are labelled "MITI-style", and each lists the turns behind it.

local S = {}

S.thresholds = {   -- fair, good
  rq = { 1, 2 },              -- reflection-to-question ratio
  pct_cr = { 0.40, 0.50 },    -- share of complex reflections
  relational = { 3.5, 4 },
  technical = { 3, 4 },
}
S.min_turns = 10     -- under this, ratios are "too short to score"
S.pass_score = 0.70

-- Comparisons rather than math.min and math.max: summarize runs once per session of random
-- play, and a call into the library costs more than the rest of a turn's counting.
local function clamp(x, lo, hi)
  if x < lo then return lo elseif x > hi then return hi end
  return x
end

-- 0 below fair, 0.5 at fair, 1 at good; nil when there is nothing to grade.
local function grade(value, t)
  if value == nil then return nil end
  if value >= t[2] then return 1 elseif value >= t[1] then return 0.5 end
  return 0
end
S.grade = grade

-- A turn's MITI codes as a set of bits, made once per turn: every rule below asks "did the
-- turn include one of these codes?", and summarize runs once per session of random play.
local BIT = { Q = 1, SR = 2, CR = 4, AF = 8, Seek = 16, Emphasize = 32, GI = 64, PWP = 128,
              Persuade = 256, Confront = 512, none = 1024 }
local REFLECT = BIT.SR | BIT.CR
local ARGUE = BIT.Persuade | BIT.Confront
local PARTNER = BIT.Seek | BIT.Emphasize | BIT.AF | BIT.Persuade | BIT.Confront
local EMPATHY = REFLECT | BIT.Confront
-- What the trainee did with one piece of client talk, and what an MI-consistent answer does.
local ADVICE = {
  change = "Reflect it or ask for more (\"what makes that matter to you?\"): change talk that is heard grows.",
  sustain = "Reflect it, or say the choice is theirs: arguing the other side makes the client defend the status quo.",
}

local function answer_to(t, codes)
  if codes & REFLECT ~= 0 then return "reflected", true end
  if t.talk == "change" then
    if t.move == "open_question" then return "asked for more", true end
    if codes & ARGUE ~= 0 then return "argued", false end
    return "moved on", false
  end
  if codes & BIT.Emphasize ~= 0 then return "left the choice with the client", true end
  if codes & (ARGUE | BIT.GI) ~= 0 then return "argued", false end
  return "moved on", false
end

local GOAL = { success = 1, partial = 0.5 } -- an outcome's share of the goal

-- Discord before turn i + 1: the start's for i = 0, else turn i's.
local function discord_after(turns, start, i)
  if i == 0 then return start.discord end
  return turns[i].discord
end

-- Repairs: discord above 50 brought under 25 within 4 turns, each counted once.
local function count_repairs(turns, start, n)
  local repairs, i = 0, 0
  while i <= n do
    local fixed = nil
    if discord_after(turns, start, i) > 50 then
      local last = i + 4
      if last > n then last = n end
      for j = i + 1, last do
        if discord_after(turns, start, j) < 25 then fixed = j; break end
      end
    end
    if fixed then repairs = repairs + 1; i = fixed else i = i + 1 end
  end
  return repairs
end

-- turns: a list of { move, codes (MITI codes, one per utterance), talk and kind (the client
-- talk the turn answered: "change", "sustain", "ask" or "none"), discord, rapport, credibility,
-- importance, confidence (the state after it) }. start: the state before the first turn.
-- outcome: "success", "partial", "fail" or nil. brief: only the score and the pass are
-- wanted (random play and the bots summarize every session they play), so the lists of turns
-- behind each number are not made and the result holds just those two.
function S.summarize(turns, start, outcome, brief)
  local c = { Q = 0, SR = 0, CR = 0, AF = 0, Seek = 0, Emphasize = 0, GI = 0, PWP = 0,
              Persuade = 0, Confront = 0, none = 0 }
  local n = #turns
  local partnership, empathy, cultivating, softening, talk
  if not brief then partnership, empathy, cultivating, softening, talk = {}, {}, {}, {}, {} end
  local change_heard, change_kept, sustain_heard, sustain_softened = 0, 0, 0, 0
  local autonomy_after_sustain, utterances = 0, 0
  local peak = start.discord
  for i = 1, n do
    local t = turns[i]
    local list, codes = t.codes or { t.miti }, 0
    for k = 1, #list do
      local code = list[k]
      c[code] = (c[code] or 0) + 1
      codes = codes | (BIT[code] or 0)
    end
    utterances = utterances + #list
    if not brief then
      if codes & PARTNER ~= 0 then partnership[#partnership + 1] = i end
      if codes & EMPATHY ~= 0 then empathy[#empathy + 1] = i end
    end
    local said = t.talk
    if said == "change" or said == "sustain" then
      local answer, good = answer_to(t, codes)
      if not brief then
        talk[#talk + 1] = { turn = i, talk = said, kind = t.kind ~= "none" and t.kind or nil,
                            answer = answer, good = good, advice = ADVICE[said] }
      end
      if said == "change" then
        change_heard = change_heard + 1
        if good then change_kept = change_kept + 1 end
        if not brief then cultivating[#cultivating + 1] = i end
      else
        sustain_heard = sustain_heard + 1
        if good then sustain_softened = sustain_softened + 1 end
        if codes & BIT.Emphasize ~= 0 then autonomy_after_sustain = autonomy_after_sustain + 1 end
        if not brief then softening[#softening + 1] = i end
      end
    end
    if t.discord > peak then peak = t.discord end
  end

  local reflections = c.SR + c.CR
  local rq = c.Q > 0 and reflections / c.Q or nil
  local pct_cr = reflections > 0 and c.CR / reflections or nil
  local non_adherent = c.Persuade + c.Confront

  -- The four global proxies, 1 to 5. Partnership: collaborating, affirming and honouring
  -- autonomy (doubly after sustain talk) against persuading and confronting. Empathy:
  -- reflections of the client's meaning, complex ones double. Cultivating change talk and
  -- softening sustain talk: the share of each piece of client talk answered the MI way;
  -- nil ("nothing to rate") when the client said none.
  local per = utterances > 1 and utterances or 1
  local partner_plus = c.Seek + c.Emphasize + c.AF
  local g_partnership = clamp(1 + 5 * (partner_plus + autonomy_after_sustain + 0.5 * reflections) / per
                              - 4 * non_adherent / per, 1, 5)
  local g_empathy = clamp(1 + 5 * (c.SR + 2 * c.CR) / per - 4 * c.Confront / per, 1, 5)
  local g_cultivating = change_heard > 0 and 1 + 4 * change_kept / change_heard or nil
  local g_softening = sustain_heard > 0 and 1 + 4 * sustain_softened / sustain_heard or nil
  local relational = (g_partnership + g_empathy) / 2
  local technical = g_cultivating or g_softening
  if g_cultivating and g_softening then technical = (g_cultivating + g_softening) / 2 end

  -- Outcome metrics the simulator adds.
  local final = turns[n] or start
  local repairs = count_repairs(turns, start, n)
  local too_short = n < S.min_turns

  -- R:Q with no questions at all is not a ratio; reflections without questions grade good.
  local rq_grade = grade(rq, S.thresholds.rq)
  if c.Q == 0 and reflections > 0 then rq_grade = 1 end
  local pct_cr_grade = grade(pct_cr, S.thresholds.pct_cr)
  local relational_grade = grade(relational, S.thresholds.relational)
  local technical_grade = grade(technical, S.thresholds.technical)
  local sum, count = relational_grade, 1
  if technical_grade then sum, count = sum + technical_grade, count + 1 end
  if not too_short then
    sum = sum + (rq_grade or 0) + (pct_cr_grade or 0)
    count = count + 2
  end
  local process = sum / count
  local outcome_score = 0.5 * (GOAL[outcome] or 0) + 0.2 * final.rapport / 100
                        + 0.2 * final.credibility / 100
                        + 0.1 * ((repairs > 0 or peak < 50) and 1 or 0)
  local score = 0.6 * process + 0.4 * outcome_score
  local pass = score >= S.pass_score and c.Confront == 0
  if brief then return { score = score, pass = pass } end
  return {
    turns = n, utterances = utterances, counts = c, too_short = too_short, talk = talk,
    behind = { partnership = partnership, empathy = empathy, cultivating = cultivating,
               softening = softening },
    rq = rq, no_questions = c.Q == 0 or nil, pct_cr = pct_cr,
    adherent = c.AF + c.Seek + c.Emphasize, non_adherent = non_adherent,
    partnership = g_partnership, empathy = g_empathy, cultivating = g_cultivating,
    softening = g_softening, relational = relational, technical = technical,
    final_rapport = final.rapport, final_credibility = final.credibility,
    final_importance = final.importance, final_confidence = final.confidence,
    peak_discord = peak, repairs = repairs, goal = outcome == "success",
    grades = { rq = rq_grade, pct_cr = pct_cr_grade, relational = relational_grade,
               technical = technical_grade },
    process = process, outcome = outcome_score, score = score, pass = pass,
  }
end

return S
