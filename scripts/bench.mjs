// Benchmarks: how much slower a page gets with our elements than with plain HTML.
//
//   npm run bench                       build, then run every pair
//   node scripts/bench.mjs              run every pair against the existing dist/
//   node scripts/bench.mjs glossary-term   run only the named pair(s)
//
// Each pair in bench/pairs.json is a page using our elements (subject) and the
// same page in plain HTML (baseline). Both are loaded alternately by tachometer in
// headless Chromium, one fresh tab per sample, and each page reports
// performance.now() once its content is rendered and painted (see
// bench/make-pages.mjs). Browser, flags, sample size and measurement come from
// bench/tachometer.json, which also runs on its own:
//   SE_OFFLINE=true node node_modules/tachometer/bin/tach.js --config bench/tachometer.json
// (tools/chromedriver-placeholder stands in for the npm `chromedriver` package, so
// tachometer does not try to install it offline; selenium finds Debian's chromedriver.)
//
// This is a measurement, not a test: a ratio above its target is reported, never
// a failure. The exit code is non-zero only when the benchmark could not run.
//
// Environment:
//   CHROME_PATH        Chrome/Chromium binary (default: the config's /usr/bin/chromium
//                      if it exists, else whatever selenium finds)
//   CHROMEDRIVER_PATH  chromedriver to use (its directory goes first on PATH)
//   SE_OFFLINE         passed to selenium-manager; defaults to true (never download)
//   npm_config_offline passed to the npm that tachometer runs; defaults to true
//   BENCH_SAMPLE_SIZE  samples per page (default: the config's sampleSize)
//   BENCH_DIST_WAIT    seconds to wait for dist/ to appear (default 120)
//   BENCH_TIMEOUT      seconds before a hung tachometer run is stopped (default 600)
import {spawn} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {availableParallelism, loadavg, tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {readGlossary} from '../bench/make-pages.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const abs = (p) => path.resolve(root, p);
const rel = (p) => path.relative(root, p);
const bundle = abs('dist/bone-mets-elements.js');
const tachometerDir = abs('node_modules/tachometer');
const tachBin = path.join(tachometerDir, 'bin/tach.js');

function fail(message) {
  console.error(`\n✗ bench: ${message}`);
  process.exit(1);
}

const readJson = (p) => JSON.parse(readFileSync(abs(p), 'utf8'));
const template = readJson('bench/tachometer.json');
let pairs = readJson('bench/pairs.json');

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
if (wanted.length) {
  const unknown = wanted.filter((w) => !pairs.some((p) => p.name === w));
  if (unknown.length)
    fail(
      `no pair named ${unknown.join(', ')} in bench/pairs.json (have: ${pairs.map((p) => p.name).join(', ')})`
    );
  pairs = pairs.filter((p) => wanted.includes(p.name));
}

// --- Preconditions -----------------------------------------------------------

if (!existsSync(tachBin)) fail('tachometer is not installed (node_modules/tachometer)');

// Others may be rebuilding dist/ in this tree (a build deletes it first): wait until
// the bundle exists and its size has held for a second, rather than measuring a 404.
async function waitForBundle() {
  const limit = Number(process.env.BENCH_DIST_WAIT ?? 120);
  const size = () => statSync(bundle, {throwIfNoEntry: false})?.size ?? 0;
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const deadline = Date.now() + limit * 1000;
  for (let said = false; ;) {
    const before = size();
    if (before > 0) {
      await sleep(1000);
      if (size() === before) return;
    } else {
      if (Date.now() > deadline)
        fail(`${rel(bundle)} missing after waiting ${limit} s; run \`npm run build\` (or \`npm run bench\`)`);
      if (!said) console.log(`bench: waiting for ${rel(bundle)} (up to ${limit} s)…`);
      said = true;
      await sleep(2000);
    }
  }
}

// Pages that use <glossary-term> must only use keys that exist, or they measure the
// cheap "unknown term" path. (Regenerate with `node bench/make-pages.mjs`.)
function checkPages(pair) {
  const keys = new Set(readGlossary().map((e) => e.key));
  for (const page of [pair.subject, pair.baseline]) {
    if (!existsSync(abs(page))) fail(`${pair.name}: ${page} does not exist`);
    const html = readFileSync(abs(page), 'utf8');
    const unknown = [
      ...new Set([...html.matchAll(/<glossary-term[^>]*\sterm="([^"]*)"/g)].map((m) => m[1])),
    ].filter((k) => !keys.has(k));
    if (unknown.length)
      fail(
        `${page} uses glossary keys that no longer exist: ${unknown.join(', ')}; run \`node bench/make-pages.mjs\``
      );
  }
}

// --- Config -------------------------------------------------------------------

const pageName = (p) => path.basename(p, path.extname(p));

function configFor(pair) {
  const config = structuredClone(template);
  const [base] = config.benchmarks;
  config.$schema = 'https://raw.githubusercontent.com/Polymer/tachometer/master/config.schema.json';
  config.root = root;
  if (process.env.BENCH_SAMPLE_SIZE) config.sampleSize = Number(process.env.BENCH_SAMPLE_SIZE);
  const browser = {...base.browser};
  if (process.env.CHROME_PATH) {
    // selenium hangs instead of failing when the binary is missing: refuse early.
    if (!existsSync(process.env.CHROME_PATH)) fail(`CHROME_PATH=${process.env.CHROME_PATH} does not exist`);
    browser.binary = process.env.CHROME_PATH;
  } else if (browser.binary && !existsSync(browser.binary)) delete browser.binary;
  let [subjectName, baselineName] = [pageName(pair.subject), pageName(pair.baseline)];
  if (subjectName === baselineName)
    [subjectName, baselineName] = [`${subjectName} (subject)`, `${baselineName} (baseline)`];
  config.benchmarks = [
    {
      browser,
      measurement: base.measurement,
      expand: [
        {name: subjectName, url: abs(pair.subject)},
        {name: baselineName, url: abs(pair.baseline)},
      ],
    },
  ];
  return {config, subjectName, baselineName, browser};
}

// --- Run ------------------------------------------------------------------------

// tachometer runs in its own process group so that a hung run can be stopped with
// its chromedriver and Chromium; Ctrl-C is passed on to that group.
let running;
const stopRunning = (signal) => {
  try {
    process.kill(-running.pid, signal);
  } catch {
    running?.kill(signal);
  }
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (running) stopRunning(signal);
    process.exit(130);
  });
}

// A run that hangs (e.g. no chromedriver found) is stopped after BENCH_TIMEOUT s.
function runTachometer(args, env) {
  const limit = Number(process.env.BENCH_TIMEOUT ?? 600);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {cwd: root, env, stdio: 'inherit', detached: true});
    running = child;
    const timer = setTimeout(() => {
      console.error(`\n✗ bench: tachometer still running after ${limit} s (BENCH_TIMEOUT); stopping it`);
      stopRunning('SIGTERM');
    }, limit * 1000);
    const done = (result) => {
      clearTimeout(timer);
      running = undefined;
      resolve(result);
    };
    child.on('error', (error) => done({code: 1, error}));
    child.on('exit', (code, signal) => done({code: code ?? 1, signal}));
  });
}

const ms = (x) => `${x.toFixed(1)} ms`;
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function summarize(pair, json, names) {
  const find = (name) => json.benchmarks.findIndex((b) => b.name === name);
  const [si, bi] = [find(names.subjectName), find(names.baselineName)];
  if (si < 0 || bi < 0) throw new Error(`results lack ${names.subjectName} or ${names.baselineName}`);
  const [s, b] = [json.benchmarks[si], json.benchmarks[bi]];
  const line = (label, r) =>
    `  ${label.padEnd(22)} mean ${ms(mean(r.samples)).padStart(9)}  95% CI ${r.mean.low.toFixed(1)}–${r.mean.high.toFixed(1)} ms` +
    `  median ${ms(median(r.samples))}  min ${ms(Math.min(...r.samples))}  (n=${r.samples.length})`;
  // tachometer's CI of (subject − baseline) / baseline, as a ratio.
  const rel = s.differences[bi].percentChange;
  const ratio = mean(s.samples) / mean(b.samples);
  const [low, high] = [1 + rel.low / 100, 1 + rel.high / 100];
  const verdict =
    high <= pair.target
      ? 'within target'
      : low > pair.target
        ? 'ABOVE target'
        : 'target inside the CI: not resolved';
  return {
    ratio,
    low,
    high,
    verdict,
    text: [
      `${pair.name}: ${pair.description ?? `${pair.subject} vs ${pair.baseline}`}`,
      line(`${names.subjectName}:`, s),
      line(`${names.baselineName}:`, b),
      `  ratio ${names.subjectName}/${names.baselineName}: ${ratio.toFixed(2)}x  (95% CI ${low.toFixed(2)}–${high.toFixed(2)}x;` +
        ` ratio of medians ${(median(s.samples) / median(b.samples)).toFixed(2)}x)`,
      `  target: at most ${pair.target}x  → ${verdict} (a measurement, not a test)`,
    ].join('\n'),
  };
}

await waitForBundle();
pairs.forEach(checkPages);

// tachometer runs `npm info tachometer@latest` on every run (an update notice) and
// exits 1 when that fails, as it does offline or with a cold npm cache: the npm in
// tools/tachometer-npm answers it with the installed version. It would also run
// `npm install chromedriver` if no such package were installed (tools/chromedriver-placeholder
// is); npm_config_offline keeps any other npm call off the network.
const env = {
  ...process.env,
  PATH: [abs('tools/tachometer-npm'), process.env.PATH].join(path.delimiter),
  SE_OFFLINE: process.env.SE_OFFLINE ?? 'true',
  npm_config_offline: process.env.npm_config_offline ?? 'true',
};
if (process.env.CHROMEDRIVER_PATH) {
  env.PATH = [path.dirname(process.env.CHROMEDRIVER_PATH), env.PATH].join(path.delimiter);
}
// Offline, selenium hangs (rather than failing) when no chromedriver is on PATH.
const driverExe = process.platform === 'win32' ? 'chromedriver.exe' : 'chromedriver';
if (
  env.SE_OFFLINE === 'true' &&
  !(env.PATH ?? '').split(path.delimiter).some((dir) => dir && existsSync(path.join(dir, driverExe)))
) {
  fail(
    'no chromedriver on PATH: install one (Debian: chromium-driver), set CHROMEDRIVER_PATH, ' +
      'or set SE_OFFLINE=false to let selenium-manager download one'
  );
}

const work = mkdtempSync(path.join(tmpdir(), 'bone-mets-bench-'));
const summaries = [];
let failed = false;
try {
  for (const pair of pairs) {
    const {config, browser, ...names} = configFor(pair);
    const configFile = path.join(work, `${pair.name}.tachometer.json`);
    const jsonFile = abs(`bench/results/${pair.name}.json`); // tachometer's raw samples, kept for later comparison
    mkdirSync(path.dirname(jsonFile), {recursive: true});
    rmSync(jsonFile, {force: true});
    writeFileSync(configFile, JSON.stringify(config, null, 2));
    console.log(
      `\nbench: ${pair.name}: ${pair.subject} vs ${pair.baseline}, ${config.sampleSize} samples each, ` +
        `${browser.binary ?? browser.name}${browser.headless ? ' (headless)' : ''}`
    );
    const loadBefore = loadavg()[0];
    const started = performance.now();
    const {code, signal, error} = await runTachometer(
      [tachBin, '--config', configFile, '--json-file', jsonFile],
      env
    );
    const seconds = (performance.now() - started) / 1000;
    if (code !== 0 || !existsSync(jsonFile)) {
      console.error(
        `\n✗ bench: ${pair.name}: tachometer ${error ? `failed to start: ${error.message}` : `exited with ${signal ?? code}`} after ${seconds.toFixed(0)} s`
      );
      failed = true;
      continue;
    }
    const summary = summarize(pair, JSON.parse(readFileSync(jsonFile, 'utf8')), names);
    const [loadAfter, cores] = [loadavg()[0], availableParallelism()];
    // The run itself (Chromium's processes) raises the load by 2-4; only a load
    // already above the core count at the start means other work competed.
    const busy = loadBefore > cores;
    summaries.push(
      `${summary.text}\n  run time: ${seconds.toFixed(0)} s; load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)} on ${cores} cores` +
        (busy
          ? ' (machine already busy at the start: absolute times inflated and noisy; the ratio is more robust)'
          : '')
    );
  }
} finally {
  rmSync(work, {recursive: true, force: true});
}

if (summaries.length) {
  console.log(`\n=== Benchmark summary (ms from navigation start until rendered and painted) ===\n`);
  console.log(summaries.join('\n\n'));
}
process.exit(failed ? 1 : 0);
