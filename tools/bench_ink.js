// inkjs side of tools/bench_ink.sh: compiles ink source with inkjs's own compiler, or plays a
// compiled story with uniformly random choices (seeded PRNG), one JSON line on stdout.
//
//   node tools/bench_ink.js compile INKJS_DIR IN.ink OUT.json
//       -> {"compile_ms":..,"json_bytes":..,"peak_rss_kb":..}
//   node tools/bench_ink.js play INKJS_DIR STORY.json PLAYTHROUGHS [SEED] [WARMUP]
//       -> {"load_ms":..,"sessions":..,"choices":..,"sessions_per_s":..,"choices_per_s":..,
//           "endings":{"won":..,...},"heap_used_kb":..,"peak_rss_kb":..}
//   node tools/bench_ink.js trace INKJS_DIR STORY.json PLAYTHROUGHS [SEED]
//       -> one line a playthrough (up to a quarter of them for each ending, when found):
//          ENDING CHOICES NODE:TRUST:HEAT..., the choices as numbers
//          among those offered in authored order (as `rapport run --choices` takes them), then
//          for each turn the knot it was taken in and the state after it, for an exact replay
//          in Rapport.
//
// INKJS_DIR is the npm prefix inkjs was installed into (npm install --prefix INKJS_DIR inkjs@2).
// WARMUP playthroughs (default a tenth) run first, untimed and uncounted, to let the JIT settle.
'use strict';
const fs = require('fs');
const { performance } = require('perf_hooks');

function loadInk(dir) {
  // inkjs 2.x: 'inkjs/full' holds Story and Compiler; older builds ship 'inkjs/compiler/Compiler'.
  for (const entry of ['inkjs/full', 'inkjs/dist/ink-full.js']) {
    try {
      const m = require(require.resolve(entry, { paths: [dir] }));
      if (m.Compiler && m.Story) return m;
    } catch (e) { /* next */ }
  }
  const { Compiler } = require(require.resolve('inkjs/compiler/Compiler', { paths: [dir] }));
  const { Story } = require(require.resolve('inkjs', { paths: [dir] }));
  return { Compiler, Story };
}

// mulberry32: small, seeded, uniform enough for picking among <= 3 choices.
function prng(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const peakKb = () => process.resourceUsage().maxRSS; // getrusage ru_maxrss, in kB on Linux

function compile(ink, inPath, outPath) {
  const src = fs.readFileSync(inPath, 'utf8');
  const errors = [];
  const options = new ink.CompilerOptions(null, [], false, (msg, type) => {
    if (type === 2) errors.push(msg);
  });
  const t0 = performance.now();
  let story = null;
  try {
    story = new ink.Compiler(src, options).Compile();
  } catch (e) {
    errors.push(String(e && e.message || e));
  }
  const t1 = performance.now();
  if (errors.length || !story) {
    process.stderr.write('ink compile failed: ' + errors.slice(0, 5).join('; ') + '\n');
    process.exit(1);
  }
  const json = story.ToJson();
  fs.writeFileSync(outPath, json);
  return { compile_ms: +(t1 - t0).toFixed(2), json_bytes: Buffer.byteLength(json), peak_rss_kb: peakKb() };
}

const ENDINGS = { 'Thank you.': 'won', "I'm leaving.": 'walked', "This isn't working.": 'lost',
                  "We're out of time.": 'timeout' };

function play(ink, jsonPath, runs, seed, warmup) {
  const text = fs.readFileSync(jsonPath, 'utf8');
  const t0 = performance.now();
  const story = new ink.Story(text);
  const loadMs = performance.now() - t0;
  const rand = prng(seed);
  const endings = { won: 0, walked: 0, lost: 0, timeout: 0 };
  let choices = 0;
  const one = (count) => {
    story.ResetState();
    let out = story.ContinueMaximally();
    let n = 0;
    for (;;) {
      const offered = story.currentChoices;
      if (offered.length === 0) break;
      story.ChooseChoiceIndex(Math.floor(rand() * offered.length));
      n++;
      out = story.ContinueMaximally();
    }
    if (count) {
      const name = ENDINGS[out.trim()];
      if (!name) throw new Error('ended outside an ending: ' + JSON.stringify(out));
      endings[name]++;
      choices += n;
    }
  };
  for (let i = 0; i < warmup; i++) one(false);
  const t1 = performance.now();
  for (let i = 0; i < runs; i++) one(true);
  const secs = (performance.now() - t1) / 1000;
  return {
    load_ms: +loadMs.toFixed(2), sessions: runs, choices,
    sessions_per_s: Math.round(runs / secs), choices_per_s: Math.round(choices / secs),
    run_ms: +(secs * 1000).toFixed(1), endings,
    heap_used_kb: Math.round(process.memoryUsage().heapUsed / 1024), peak_rss_kb: peakKb(),
  };
}

function trace(ink, jsonPath, runs, seed) {
  // Up to a quarter of RUNS playthroughs for each ending, so that the rare ones (the turn limit,
  // 'lost') are checked too; at most 500 x RUNS playthroughs are tried.
  const story = new ink.Story(fs.readFileSync(jsonPath, 'utf8'));
  const rand = prng(seed);
  const quota = Math.ceil(runs / 4), kept = { won: [], walked: [], lost: [], timeout: [], none: [] };
  for (let i = 0; i < 500 * runs; i++) {
    story.ResetState();
    let out = story.ContinueMaximally();
    const picks = [], steps = [];
    for (;;) {
      const offered = story.currentChoices;
      if (offered.length === 0) break;
      const k = Math.floor(rand() * offered.length);
      const knot = offered[k].sourcePath.split('.')[0];
      story.ChooseChoiceIndex(k);
      out = story.ContinueMaximally();
      picks.push(k + 1);
      steps.push(`${knot}:${story.variablesState.$('trust')}:${story.variablesState.$('heat')}`);
    }
    const ending = ENDINGS[out.trim()] || 'none';
    if (kept[ending].length < quota) kept[ending].push(`${ending} ${picks.join(',')} ${steps.join(' ')}`);
    if (['won', 'walked', 'lost', 'timeout'].every((e) => kept[e].length >= quota)) break;
  }
  const lines = [].concat(kept.none, kept.won, kept.walked, kept.lost, kept.timeout);
  process.stdout.write(lines.join('\n') + '\n');
  process.exit(0);
}

const [mode, dir, a, b, c, d] = process.argv.slice(2);
const ink = loadInk(dir);
let result;
if (mode === 'compile') result = compile(ink, a, b);
else if (mode === 'play') {
  const runs = parseInt(b, 10), seed = parseInt(c || '1', 10);
  result = play(ink, a, runs, seed, d === undefined ? Math.ceil(runs / 10) : parseInt(d, 10));
} else if (mode === 'trace') trace(ink, a, parseInt(b, 10), parseInt(c || '1', 10));
else {
  process.stderr.write('usage: bench_ink.js compile DIR IN.ink OUT.json | play DIR STORY.json RUNS [SEED] [WARMUP] | trace DIR STORY.json RUNS [SEED]\n');
  process.exit(2);
}
process.stdout.write(JSON.stringify(result) + '\n');
