-- Generates a synthetic scenario for benchmarks: N nodes, C choices per node, a share of them
-- conditional on state, two state variables changed by every choice, cycles, a turn limit of
-- 40 and four endings decided by state. Deterministic for a given seed.
--
--   lua5.4 tools/gen_scenario.lua NODES [CHOICES] [CONDITIONAL] [SEED] > synthetic.lua

local nodes = tonumber(arg[1]) or 200
local per = tonumber(arg[2]) or 3
local conditional = tonumber(arg[3]) or 0.25
local seed = tonumber(arg[4]) or 1
math.randomseed(seed)

local out = {}
local function emit(s) out[#out + 1] = s end
local moves = { "open_question", "complex_reflection", "affirm", "persuade", "seek_collaboration",
                "simple_reflection", "defend", "emphasize_autonomy" }

emit(("return scenario {\n  id = \"synthetic-%d\", title = \"Synthetic %d\",\n"):format(nodes, nodes))
emit("  setting = \"A generated scenario for benchmarks.\",\n")
emit("  client = { name = \"Sam\" },\n  model = false,\n")
emit("  state = { trust = { 5, min = 0, max = 10 }, heat = { 5, min = 0, max = 10 } },\n")
emit("  start = \"n1\",\n  turn_limit = { 40, go = \"timeout\" },\n")
emit("  rules = {\n")
emit("    { when = { trust = \">= 10\" }, go = \"won\" },\n")
emit("    { when = { heat = \">= 10\" }, go = \"walked\" },\n")
emit("    { when = { trust = \"<= 0\", heat = \">= 6\" }, go = \"lost\" },\n")
emit("  },\n  nodes = {\n")
for i = 1, nodes do
  -- Compact, one line a node: the benchmark measures the engine, not the parser on padding.
  emit(("n%d={say={\"Line %d.\",\"Line %d, again.\"},choices={"):format(i, i, i))
  for c = 1, per do
    -- Mostly forward, sometimes back: the graph has cycles, bounded by the turn limit.
    local target
    if math.random() < 0.2 then target = math.random(1, nodes) else target = (i + c - 1) % nodes + 1 end
    local dt, dh = math.random(-1, 2), math.random(-1, 1)
    local when = ""
    if c > 1 and math.random() < conditional * per / (per - 1) then
      when = (",when={trust=\">= %d\"}"):format(math.random(2, 7))
    end
    emit(("{\"Choice %d.\",move=\"%s\",go=\"n%d\",effect={trust=%d,heat=%d}%s},")
      :format(c, moves[math.random(#moves)], target, dt, dh, when))
  end
  emit("}},\n")
end
emit("    won = { ending = \"won\", title = \"The end\", outcome = \"success\", say = \"Thank you.\", debrief = \"Trust grew.\" },\n")
emit("    walked = { ending = \"walked\", title = \"The end\", outcome = \"fail\", say = \"I'm leaving.\", debrief = \"Too much heat.\" },\n")
emit("    lost = { ending = \"lost\", title = \"The end\", outcome = \"fail\", say = \"This isn't working.\", debrief = \"Trust ran out.\" },\n")
emit("    timeout = { ending = \"timeout\", title = \"The end\", outcome = \"partial\", say = \"We're out of time.\", debrief = \"No decision.\" },\n")
emit("  },\n}\n")
io.write(table.concat(out))
