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

local function clamp(x, lo, hi) return math.max(lo, math.min(hi, x)) end

-- 0 below fair, 0.5 at fair, 1 at good; nil when there is nothing to grade.
local function grade(value, t)
  if value == nil then return nil end
  if value >= t[2] then return 1 elseif value >= t[1] then return 0.5 end
  return 0
end
S.grade = grade

local function has(codes, a, b)
  for _, c in ipairs(codes) do
    if c == a or c == b then return true end
  end
  return false
end

-- What the trainee did with one piece of client talk, and what an MI-consistent answer does.
local ADVICE = {
  change = "Reflect it or ask for more (\"what makes that matter to you?\"): change talk that is heard grows.",
  sustain = "Reflect it, or say the choice is theirs: arguing the other side makes the client defend the status quo.",
}

local function answer_to(t)
  local codes = t.codes
  if has(codes, "SR", "CR") then return "reflected", true end
  if t.talk == "change" then
    if t.move == "open_question" then return "asked for more", true end
    if has(codes, "Persuade", "Confront") then return "argued", false end
    return "moved on", false
  end
  if has(codes, "Emphasize") then return "left the choice with the client", true end
  if has(codes, "Persuade", "Confront") or has(codes, "GI") then return "argued", false end
  return "moved on", false
end

-- turns: a list of { move, codes (MITI codes, one per utterance), talk and kind (the client
-- talk the turn answered: "change", "sustain", "ask" or "none"), discord, rapport, credibility,
-- importance, confidence (the state after it) }. start: the state before the first turn.
-- outcome: "success", "partial", "fail" or nil.
function S.summarize(turns, start, outcome)
  local c = { Q = 0, SR = 0, CR = 0, AF = 0, Seek = 0, Emphasize = 0, GI = 0, PWP = 0,
              Persuade = 0, Confront = 0, none = 0 }
  local n = #turns
  local behind = { partnership = {}, empathy = {}, cultivating = {}, softening = {} }
  local talk = {}
  local change_heard, change_kept, sustain_heard, sustain_softened = 0, 0, 0, 0
  local partner_plus, autonomy_after_sustain = 0, 0
  local utterances = 0
  for i, t in ipairs(turns) do
    local codes = t.codes or { t.miti }
    for _, code in ipairs(codes) do
      c[code] = (c[code] or 0) + 1
      utterances = utterances + 1
    end
    if has(codes, "Seek", "Emphasize") or has(codes, "AF", "Persuade") or has(codes, "Confront") then
      behind.partnership[#behind.partnership + 1] = i
    end
    if has(codes, "SR", "CR") or has(codes, "Confront") then behind.empathy[#behind.empathy + 1] = i end
    if t.talk == "change" or t.talk == "sustain" then
      local answer, good = answer_to(t)
      talk[#talk + 1] = { turn = i, talk = t.talk, kind = t.kind ~= "none" and t.kind or nil,
                          answer = answer, good = good, advice = ADVICE[t.talk] }
      if t.talk == "change" then
        change_heard = change_heard + 1
        if good then change_kept = change_kept + 1 end
        behind.cultivating[#behind.cultivating + 1] = i
      else
        sustain_heard = sustain_heard + 1
        if good then sustain_softened = sustain_softened + 1 end
        if has(codes, "Emphasize") then autonomy_after_sustain = autonomy_after_sustain + 1 end
        behind.softening[#behind.softening + 1] = i
      end
    end
  end
  for _, k in ipairs({ "Seek", "Emphasize", "AF" }) do partner_plus = partner_plus + c[k] end

  local r = { turns = n, utterances = utterances, counts = c, too_short = n < S.min_turns,
              talk = talk, behind = behind }
  local reflections = c.SR + c.CR
  if c.Q > 0 then r.rq = reflections / c.Q else r.no_questions = true end
  if reflections > 0 then r.pct_cr = c.CR / reflections end
  r.adherent = c.AF + c.Seek + c.Emphasize
  r.non_adherent = c.Persuade + c.Confront

  -- The four global proxies, 1 to 5. Partnership: collaborating, affirming and honouring
  -- autonomy (doubly after sustain talk) against persuading and confronting. Empathy:
  -- reflections of the client's meaning, complex ones double. Cultivating change talk and
  -- softening sustain talk: the share of each piece of client talk answered the MI way;
  -- nil ("nothing to rate") when the client said none.
  local per = math.max(utterances, 1)
  r.partnership = clamp(1 + 5 * (partner_plus + autonomy_after_sustain + 0.5 * reflections) / per
                        - 4 * r.non_adherent / per, 1, 5)
  r.empathy = clamp(1 + 5 * (c.SR + 2 * c.CR) / per - 4 * c.Confront / per, 1, 5)
  if change_heard > 0 then r.cultivating = 1 + 4 * change_kept / change_heard end
  if sustain_heard > 0 then r.softening = 1 + 4 * sustain_softened / sustain_heard end
  r.relational = (r.partnership + r.empathy) / 2
  if r.cultivating and r.softening then
    r.technical = (r.cultivating + r.softening) / 2
  else
    r.technical = r.cultivating or r.softening
  end

  -- Outcome metrics the simulator adds.
  local final = turns[n] or start
  local peak, repairs = start.discord, 0
  local series = { start.discord }
  for _, t in ipairs(turns) do series[#series + 1] = t.discord; peak = math.max(peak, t.discord) end
  local i = 1
  while i <= #series do  -- a repair: discord above 50 brought under 25 within 4 turns
    local fixed = nil
    if series[i] > 50 then
      for j = i + 1, math.min(i + 4, #series) do
        if series[j] < 25 then fixed = j; break end
      end
    end
    if fixed then repairs = repairs + 1; i = fixed else i = i + 1 end
  end
  r.final_rapport, r.final_credibility, r.peak_discord, r.repairs = final.rapport, final.credibility, peak, repairs
  r.final_importance, r.final_confidence = final.importance, final.confidence
  r.goal = outcome == "success"

  -- R:Q with no questions at all is not a ratio; reflections without questions grade good.
  local rq_grade = grade(r.rq, S.thresholds.rq)
  if r.no_questions and reflections > 0 then rq_grade = 1 end
  local grades = { rq = rq_grade, pct_cr = grade(r.pct_cr, S.thresholds.pct_cr),
                   relational = grade(r.relational, S.thresholds.relational),
                   technical = grade(r.technical, S.thresholds.technical) }
  r.grades = grades
  local sum, count = grades.relational, 1
  if grades.technical then sum, count = sum + grades.technical, count + 1 end
  if not r.too_short then
    sum = sum + (grades.rq or 0) + (grades.pct_cr or 0)
    count = count + 2
  end
  r.process = sum / count
  local goal = ({ success = 1, partial = 0.5 })[outcome] or 0
  r.outcome = 0.5 * goal + 0.2 * final.rapport / 100 + 0.2 * final.credibility / 100
              + 0.1 * ((repairs > 0 or peak < 50) and 1 or 0)
  r.score = 0.6 * r.process + 0.4 * r.outcome
  r.pass = r.score >= S.pass_score and c.Confront == 0
  return r
end

return S
