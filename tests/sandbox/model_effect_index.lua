-- expect: tests/sandbox/model_effect_index.lua:5: took too long: more than 100 million steps without finishing (an endless loop?)
-- The model reads a choice's effect without the step budget's hook: what it reads is copied at
-- load, so an __index that never returns runs (and is stopped) there, with its line.
local eff = setmetatable({}, {
  __index = function() while true do end end,
})
return scenario { id = "model-effect-index", start = "a", nodes = {
  a = { say = "Hi.", choices = { { "Go on.", move = "open_question", go = "b", effect = eff } } },
  b = { say = "Bye.", ending = "done" } } }
