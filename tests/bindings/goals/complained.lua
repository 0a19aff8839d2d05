-- Three questions in a row draw the complaint: `complained` (at some turn) is the same
-- expectation in a test plan and a bot goal; `questions_complaint`, the model's variable,
-- is this turn's only. The last plan fails on purpose (tests/bindings/run_cli.sh).
return scenario {
  id = "complained", title = "t", setting = "s",
  client = { name = "Al" },
  start = "a", walkout = "out",
  nodes = {
    a = { say = "hello", choices = { { "What brings you here?", move = "open_question", go = "b" } } },
    b = { say = "Work.", choices = { { "What about work?", move = "open_question", go = "c" } } },
    c = { say = "The team.", choices = { { "What about the team?", move = "open_question", go = "d" } } },
    d = { say = "Enough questions.", choices = {
      { "You're tired of being asked.", move = "complex_reflection", go = "done" } } },
    done = { ending = "done", title = "The end", outcome = "success", say = "bye" },
    out = { ending = "walked_out", title = "Gone", outcome = "fail", say = "I'm off." },
  },
  bots = { mi = { ending = "done" }, questions = { complained = true },
           random = { except = { "walked_out" } } },
  tests = {
    { name = "three questions draw it", choices = { 1, 1, 1 },
      expect = { complained = true, questions_complaint = true } },
    { name = "it stays said", choices = { 1, 1, 1, 1 },
      expect = { ending = "done", complained = true, questions_complaint = false } },
    { name = "fails: expects no complaint", choices = { 1, 1, 1, 1 },
      expect = { complained = false } },
  },
}
