-- Scoring the trainee, MITI-style (shared/design/resistance-model.md, section 6).
--
-- Counts are exact because every choice is pre-coded with a move and its MITI code. The two
-- global scores are proxies computed from those codes: the engine can only approximate what
-- human coders rate, so they are labelled "MITI-style".

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

-- 0 below fair, 0.5 at fair, 1 at good.
local function grade(value, t)
  if value == nil then return nil end
  if value >= t[2] then return 1 elseif value >= t[1] then return 0.5 end
  return 0
end
S.grade = grade

-- turns: a list of { move, miti, sustain (the client's line before it was sustain talk),
-- discord, rapport, credibility, importance (the state after it) }.
-- start: the state before the first turn. outcome: "success", "partial", "fail" or nil.
function S.summarize(turns, start, outcome)
  local c = { Q = 0, SR = 0, CR = 0, AF = 0, Seek = 0, Emphasize = 0, GI = 0, PWP = 0,
              Persuade = 0, Confront = 0, none = 0 }
  local n = #turns
  local sustain_turns, sustain_softened = 0, 0
  for _, t in ipairs(turns) do
    c[t.miti] = (c[t.miti] or 0) + 1
    if t.sustain then
      sustain_turns = sustain_turns + 1
      if t.miti == "SR" or t.miti == "CR" or t.miti == "Emphasize" or t.miti == "AF" or t.miti == "Seek" then
        sustain_softened = sustain_softened + 1
      end
    end
  end
  local r = { turns = n, counts = c, too_short = n < S.min_turns }
  local reflections = c.SR + c.CR
  if c.Q > 0 then r.rq = reflections / c.Q elseif reflections > 0 then r.rq = reflections end
  if reflections > 0 then r.pct_cr = c.CR / reflections end
  r.adherent = c.AF + c.Seek + c.Emphasize
  r.non_adherent = c.Persuade + c.Confront

  -- Relational global: partnership (collaborating, affirming, honouring autonomy) and
  -- empathy (reflecting), each 1-5; confrontation and persuasion pull both down.
  local per = math.max(n, 1)
  local partnership = clamp(1 + 5 * (c.Seek + c.Emphasize + c.AF + 0.5 * reflections) / per
                              - 4 * r.non_adherent / per, 1, 5)
  local empathy = clamp(1 + 5 * (c.SR + 1.5 * c.CR) / per - 4 * c.Confront / per, 1, 5)
  r.relational = (partnership + empathy) / 2
  -- Technical global: cultivating change talk (importance raised) and softening sustain talk
  -- (answering it with reflection, affirmation, autonomy or collaboration rather than argument).
  local final = turns[n] or start
  local cultivating = clamp(1 + 4 * (final.importance - start.importance) / 2, 1, 5)
  local softening
  if sustain_turns > 0 then
    softening = 1 + 4 * sustain_softened / sustain_turns
  else
    softening = clamp(1 + 4 * (reflections + c.Emphasize) / per - 4 * r.non_adherent / per, 1, 5)
  end
  r.technical = (cultivating + softening) / 2

  -- Outcome metrics the simulator adds.
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
  r.goal = outcome == "success"

  local grades = { rq = grade(r.rq, S.thresholds.rq), pct_cr = grade(r.pct_cr, S.thresholds.pct_cr),
                   relational = grade(r.relational, S.thresholds.relational),
                   technical = grade(r.technical, S.thresholds.technical) }
  r.grades = grades
  local sum, count = grades.relational + grades.technical, 2
  if not r.too_short then
    sum = sum + (grades.rq or 0) + (grades.pct_cr or 0)
    count = 4
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
