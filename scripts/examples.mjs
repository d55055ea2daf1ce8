// npm run examples: the example apps in examples/ (plain HTML, React 19, Vue 3, Angular,
// Svelte 5) built against the package as npm would install it, then used in Chromium.
//   1. npm pack -> unpacked as examples/node_modules/bone-mets-elements (after `npm ci
//      --prefer-offline` of the apps' own dependencies: from npm's cache when it has them).
//   2. Type-check: tsc (React), vue-tsc (Vue), svelte-check (Svelte), each over a file that
//      uses every element; a misspelt glossary key must stay an error.
//   3. Build every app (Vite; the plain page is copied with the library's file): no network.
//   4. Serve each build on a free port and, in a Spanish page: the article's Spanish heading
//      and the Spanish glossary word show, a click on the word opens its Spanish definition,
//      and both events (glossary-term-open, treatment-compare-change) reach the app.
// Needs a build (npm run build). --skip-install reuses examples/node_modules as it is.
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {extname, join, resolve} from 'node:path';
import {spawnSync} from 'node:child_process';
import {launchChromium} from './chromium.mjs';
import {run} from './run.mjs';

const examples = resolve('examples');
const apps = ['html', 'react', 'vue', 'angular', 'svelte'];
const bin = (name) => join(examples, 'node_modules/.bin', name);
const timings = [];
const timed = async (label, fn) => {
  const start = performance.now();
  const result = await fn();
  timings.push([label, (performance.now() - start) / 1000]);
  return result;
};

// 1. Install.
if (!process.argv.includes('--skip-install')) {
  await timed('npm ci (examples)', () => {
    const ci = (...extra) =>
      spawnSync('npm', ['ci', ...extra, '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], {
        cwd: examples,
        stdio: 'inherit',
      }).status === 0;
    // From npm's cache when it has every package; a stale cached package list (a version
    // newer than the cache knows) makes that fail, and then npm asks the registry.
    if (!ci('--prefer-offline') && !ci()) process.exit(1);
  });
}
await timed('npm pack + unpack', () => {
  const work = mkdtempSync(join(tmpdir(), 'bone-mets-examples-'));
  try {
    run('npm', ['pack', '--ignore-scripts', '--pack-destination', work, '--silent'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const tarball = join(
      work,
      readdirSync(work).find((f) => f.endsWith('.tgz'))
    );
    // Unpacked rather than `npm install`ed: a lockfile cannot pin a tarball rebuilt every run.
    const target = join(examples, 'node_modules/bone-mets-elements');
    rmSync(target, {recursive: true, force: true});
    mkdirSync(target, {recursive: true});
    run('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
  } finally {
    rmSync(work, {recursive: true, force: true});
  }
});

// 2. Type-check.
await timed('tsc (React)', () => run(bin('tsc'), ['-p', 'react/tsconfig.json'], {cwd: examples}));
await timed('vue-tsc (Vue)', () => run(bin('vue-tsc'), ['-p', 'vue/tsconfig.json'], {cwd: examples}));
await timed('svelte-check (Svelte)', () => svelteCheck());

// 3. Build.
for (const app of apps) {
  const cwd = join(examples, app);
  rmSync(join(cwd, 'dist'), {recursive: true, force: true});
  await timed(`build ${app}`, () =>
    app === 'html' ? run('node', ['build.mjs'], {cwd}) : run(bin('vite'), ['build'], {cwd})
  );
}

// 4. Use each app in Chromium.
const failures = [];
const browser = await launchChromium();
try {
  for (const app of apps) {
    const problems = await timed(`Chromium ${app}`, () => check(app));
    for (const problem of problems) failures.push(`${app}: ${problem}`);
  }
} finally {
  await browser.close();
}

const size = spawnSync('du', ['-sm', join(examples, 'node_modules')], {encoding: 'utf8'}).stdout?.split(
  '\t'
)[0];
console.log('\nExamples (seconds):');
for (const [label, seconds] of timings) console.log(`  ${label.padEnd(26)} ${seconds.toFixed(1)}`);
const total = timings.reduce((sum, [, seconds]) => sum + seconds, 0);
console.log(`  ${'total'.padEnd(26)} ${total.toFixed(1)}\n  examples/node_modules: ${size} MB`);
if (failures.length) {
  console.error(failures.map((f) => `✗ ${f}`).join('\n'));
  process.exit(1);
}
console.log(`✓ ${apps.length} example apps type-checked, built and used in Chromium.`);

/**
 * svelte-check, where markup has no @ts-expect-error: the only error must be the one on the
 * line after `<!-- expect-error -->` comments in EveryElement.svelte (a misspelt key).
 */
function svelteCheck() {
  const result = spawnSync(
    bin('svelte-check'),
    ['--workspace', 'svelte', '--tsconfig', './tsconfig.json', '--output', 'machine'],
    {cwd: examples, encoding: 'utf8'}
  );
  const file = 'src/EveryElement.svelte';
  const lines = readFileSync(join(examples, 'svelte', file), 'utf8').split('\n');
  const expected = lines.flatMap((line, i) => (/<!-- expect-error\b/.test(line) ? [i + 2] : []));
  const errors = result.stdout
    .split('\n')
    .filter((line) => / ERROR /.test(line))
    .map((line) => {
      const [, path, row] = /ERROR "([^"]+)" (\d+):/.exec(line) ?? [];
      return {path, row: Number(row), line};
    });
  const unexpected = errors.filter((e) => e.path !== file || !expected.includes(e.row));
  const missing = expected.filter((row) => !errors.some((e) => e.path === file && e.row === row));
  if (unexpected.length || missing.length || !expected.length) {
    console.error(result.stdout, result.stderr);
    for (const e of unexpected) console.error(`✗ svelte-check: ${e.line}`);
    for (const row of missing) console.error(`✗ svelte-check: no error on ${file}:${row} (expected one)`);
    process.exit(1);
  }
}

/** Serves the app's build and does what a reader would; returns what went wrong. */
async function check(app) {
  const dist = join(examples, app, 'dist');
  const types = {'.js': 'text/javascript', '.html': 'text/html; charset=utf-8', '.css': 'text/css'};
  const server = createServer((req, res) => {
    if (req.url === '/favicon.ico') return void res.writeHead(204).end();
    const path = join(dist, new URL(req.url, 'http://x').pathname.replace(/\/$/, '/index.html'));
    if (!path.startsWith(dist) || !statSync(path, {throwIfNoEntry: false})?.isFile()) {
      return void res.writeHead(404).end();
    }
    res.writeHead(200, {'content-type': types[extname(path)] ?? 'application/octet-stream'});
    res.end(readFileSync(path));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  const step = async (what, fn) => {
    try {
      await fn();
    } catch (error) {
      problems.push(`${what}: ${error.message.split('\n')[0]}`);
    }
  };
  const logged = (text) =>
    page.waitForFunction(
      (t) => document.querySelector('#events')?.textContent.includes(t),
      {timeout: 15_000},
      text
    );
  // Elements render into shadow roots: these walk into them as a screen reader would.
  const inArticle = (selector) =>
    `document.querySelector('bone-mets-article')?.shadowRoot?.querySelector('${selector}')`;
  const waitFor = (expression) => page.waitForFunction(expression, {timeout: 15_000});
  try {
    await page.goto(`http://127.0.0.1:${server.address().port}/`, {waitUntil: 'load'});
    await step('the article shows its Spanish heading', () =>
      waitFor(`[...(document.querySelector('bone-mets-article')?.shadowRoot?.querySelectorAll('h1, h2') ?? [])]
        .some((h) => h.textContent.includes('Metástasis ósea: respuestas a sus preguntas'))`)
    );
    await step('a click on the Spanish word opens its Spanish definition', async () => {
      const term = await page.waitForSelector('main p glossary-term', {timeout: 15_000});
      const word = await term.evaluate((el) => el.textContent.trim());
      if (word !== 'osteoclastos') throw new Error(`the word reads "${word}"`);
      await term.click();
      await waitFor(`(() => {
        const tip = document.querySelector('main p glossary-term').shadowRoot.querySelector('[part="definition"]');
        return tip?.lang === 'es' && tip.textContent.includes('Una célula ósea que desgasta el hueso.');
      })()`);
    });
    await step('glossary-term-open reaches the app', () => logged('glossary-term-open: osteoclast'));
    await step('treatment-compare-change reaches the app', async () => {
      const box = await waitFor(
        `${inArticle('treatment-compare')}?.shadowRoot?.querySelector('input[type="checkbox"][value="surgery"]')`
      );
      await box.asElement().click();
      await logged('treatment-compare-change: chemotherapy, radiation-therapy, surgery');
    });
  } finally {
    await page.close();
    server.close();
  }
  return problems;
}
