-- score_brief: lib/score.lua's brief summary (what random play and the bots ask for every
-- session) gives exactly the score and the pass of the full one, over 20,000 random sessions
-- and the cases on the pass line.
-- usage: lua5.4 tests/unit/score_brief.lua SCRIPTS_DIR
local dir = assert(arg[1], "usage: score_brief.lua SCRIPTS_DIR")
local S = dofile(dir .. "/lib/score.lua")

local CODES = { "Q", "SR", "CR", "AF", "Seek", "Emphasize", "GI", "PWP", "Persuade", "Confront",
                "none" }
local TALK = { "change", "sustain", "ask", "none" }
local KIND = { "desire", "ability", "reasons", "need", "commitment", "none" }
local MOVES = { "open_question", "complex_reflection", "persuade", "affirm" }
local OUTCOMES = { "success", "partial", "fail" }

local function pick(list) return list[math.random(#list)] end

-- A session of n turns; `codes` lists the codes a turn may have.
local function session(n, codes)
  local turns = {}
  for i = 1, n do
    local list = { pick(codes) }
    if math.random() < 0.2 then list[2] = pick(codes) end
    turns[i] = { move = pick(MOVES), miti = list[1], codes = list, talk = pick(TALK),
                 kind = pick(KIND), discord = math.random(0, 100), rapport = math.random(0, 100),
                 credibility = math.random(0, 100), importance = math.random(0, 100) / 10,
                 confidence = math.random(0, 100) / 10 }
  end
  local start = { discord = math.random(0, 100), rapport = 40, credibility = 50,
                  importance = 3, confidence = 4 }
  return turns, start
end

local failures, passes = 0, 0
local function check(name, turns, start, outcome)
  local full = S.summarize(turns, start, outcome)
  local brief = S.summarize(turns, start, outcome, true)
  if full.score ~= brief.score or full.pass ~= brief.pass then
    failures = failures + 1
    if failures <= 5 then
      print(string.format("FAIL %s: full score %.17g pass %s, brief score %.17g pass %s", name,
                          full.score, tostring(full.pass), brief.score, tostring(brief.pass)))
    end
  end
  if full.pass then passes = passes + 1 end
end

math.randomseed(1)
local GOOD = { "SR", "CR", "CR", "AF", "Seek", "Emphasize", "Q" }
for k = 1, 20000 do
  -- Half the sessions from MI-consistent codes, so that many pass; some of those confront.
  local codes = k % 2 == 0 and CODES or GOOD
  local turns, start = session(math.random(0, 16), codes)
  if k % 7 == 0 and #turns > 0 then turns[#turns].codes = { "CR", "Confront" } end
  check("random " .. k, turns, start, pick(OUTCOMES))
end

-- On the pass line: ten complex reflections to a success pass; one confrontation among them
-- fails the session whatever the score.
local turns = {}
for i = 1, 10 do
  turns[i] = { move = "complex_reflection", miti = "CR", codes = { "CR" }, talk = "change",
               kind = "desire", discord = 5, rapport = 90, credibility = 90, importance = 8,
               confidence = 8 }
end
local start = { discord = 10, rapport = 40, credibility = 50, importance = 3, confidence = 4 }
check("reflections", turns, start, "success")
local brief = S.summarize(turns, start, "success", true)
if not brief.pass then print("FAIL reflections: a brief summary of ten reflections does not pass") failures = failures + 1 end
turns[5].codes = { "CR", "Confront" }
check("confront", turns, start, "success")
brief = S.summarize(turns, start, "success", true)
if brief.pass or brief.score < S.pass_score then
  print("FAIL confront: expected a score over the pass line and no pass, got score "
        .. brief.score .. " pass " .. tostring(brief.pass))
  failures = failures + 1
end

print(string.format("%d sessions, %d passed, %d mismatches", 20002, passes, failures))
os.exit(failures == 0 and 0 or 1)
