-- model_saturation: rules 3 and 4 of lib/model.lua (the traits, then saturation toward the
-- range's ends, then the clamp), which apply writes out once per variable, give exactly the
-- rule's formula for each of the six variables: rises and falls, with the default saturation
-- and with others (saturation_fall not 0 takes the general line), for 20,000 random states
-- and deltas per setting, compared bit for bit.
-- usage: lua5.4 tests/unit/model_saturation.lua SCRIPTS_DIR
local dir = assert(arg[1], "usage: model_saturation.lua SCRIPTS_DIR")
local M = dofile(dir .. "/lib/model.lua")

-- The rule as scripts/README.md states it, for a variable at x with range 0..max: a rise of d
-- becomes d x up x (1 - rise x x / max), a fall d x down x (1 - fall x (max - x) / max),
-- and the result is clamped to the range.
local function rule(x, d, max, up, down, rise, fall)
  if d > 0 then x = x + d * up * (1 - rise * x / max)
  else x = x + d * down * (1 - fall * (max - x) / max) end
  if x < 0 then return 0 elseif x > max then return max end
  return x
end

-- Each variable, its range's top, and which trait factor scales a rise (discord and
-- reactance rise the harmful way).
local VARS = {
  { "rapport", 100, "help" }, { "discord", 100, "harm" }, { "reactance", 100, "harm" },
  { "importance", 10, "help" }, { "confidence", 10, "help" }, { "credibility", 100, "help" },
}

-- apply on a table of the model's variables, as the engine calls it (uses.apply, positional):
-- the values of those it reads as arguments after its own, all of them back as its results.
local function apply(I, s, choice, node, talk, kind)
  local reads, sets = I.uses.apply.reads, I.uses.apply.sets
  local args = {}
  for i, name in ipairs(reads) do args[i] = s[name] end
  local out = table.pack(I.apply(choice, node, talk, kind, table.unpack(args, 1, #reads)))
  for i, name in ipairs(reads) do s[name] = out[1 + i] end
  for i, name in ipairs(sets) do s[name] = out[1 + #reads + i] end
  return out[1]
end

local failures, checked = 0, 0
local function fail(msg)
  failures = failures + 1
  if failures <= 10 then print("FAIL " .. msg) end
end

math.randomseed(7)
local SETTINGS = {
  { rise = 0.9, fall = 0, receptivity = 3, reactance_trait = 0.5 }, -- the defaults
  { rise = 1, fall = 1, receptivity = 2, reactance_trait = 1 },     -- the text's
  { rise = 0.3, fall = 0.5, receptivity = 4.5, reactance_trait = 0 },
  { rise = 0, fall = 0.25, receptivity = 1, reactance_trait = 2 },
}
for _, set in ipairs(SETTINGS) do
  -- A move that changes nothing itself, is never decayed (coded Persuade) and, answering a
  -- question the client asked, provokes nothing: rules 3 and 4 alone move the six variables.
  local I = M.new({
    params = { saturation_rise = set.rise, saturation_fall = set.fall },
    client = { traits = { receptivity = set.receptivity, reactance_trait = set.reactance_trait } },
    moves = { probe = { miti = "Persuade", rapport = 0, discord = 0, reactance = 0,
                        importance = 0, credibility = 0 } },
  })
  local help = set.receptivity / I.params.trait_help
  local harm = I.params.trait_harm + set.reactance_trait
  local factor = { help = help, harm = harm }
  for n = 1, 20000 do
    local s, effect = {}, {}
    for _, v in ipairs(VARS) do
      local max = v[2]
      s[v[1]] = math.random(0, 1000) / 1000 * max
      -- zero a sixth of the time (no change), otherwise a rise or a fall up to the range
      effect[v[1]] = math.random(6) == 1 and 0 or (math.random() * 2 - 1) * max
    end
    s.question_run, s.grievances, s.grievance_mask = 0, 0, 0
    s.permission_pending = false
    local before = {}
    for k, x in pairs(s) do before[k] = x end
    apply(I, s, { move = "probe", effect = effect }, {}, "ask", nil)
    for _, v in ipairs(VARS) do
      local name, max = v[1], v[2]
      local up = factor[v[3]]
      local down = v[3] == "help" and harm or help
      local d = effect[name]
      local want = d == 0 and before[name] or rule(before[name], d, max, up, down, set.rise,
                                                    set.fall)
      checked = checked + 1
      if s[name] ~= want then
        fail(string.format("rise %g fall %g, %s at %.17g, delta %.17g: got %.17g, want %.17g",
                           set.rise, set.fall, name, before[name], d, s[name], want))
      end
    end
  end
end

print(string.format("%d values checked, %d mismatches", checked, failures))
os.exit(failures == 0 and 0 or 1)
