// npm run pack:smoke: the package as a bundler user meets it.
//   npm pack -> install the tarball into a scratch app (offline, from npm's cache) -> Vite
//   production build with target es2020 -> load it in Chromium on a page in Spanish.
// Fails when the tarball is over 1 MB, the app does not build, the term does not show its
// Spanish definition, the page logs an error, or one element in Spanish costs more than
// 20 KB brotli (its entry chunk plus the translation chunks it loads). Prints the figures.
import {cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {brotliCompressSync, constants} from 'node:zlib';
import {launchChromium} from './chromium.mjs';
import {bin, run} from './run.mjs';

const LIMITS = {tarball: 1_000_000, oneElementSpanish: 20_000};
const root = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'bone-mets-pack-'));
const brotli = (bytes) => brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
const failures = [];

try {
  // 1. The tarball npm would publish (prepack is skipped: the caller has built).
  run('npm', ['pack', '--ignore-scripts', '--pack-destination', work, '--silent'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const tarball = join(
    work,
    readdirSync(work).find((f) => f.endsWith('.tgz'))
  );
  const tarballSize = statSync(tarball).size;
  if (tarballSize > LIMITS.tarball) failures.push(`tarball is ${tarballSize} B (limit ${LIMITS.tarball})`);

  // 2. A scratch app that imports one element, installed from npm's cache where it can be.
  const app = join(work, 'app');
  cpSync(join(root, 'test/pack-smoke-app'), app, {recursive: true});
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({
      name: 'scratch',
      private: true,
      type: 'module',
      dependencies: {'bone-mets-elements': `file:${tarball}`},
    })
  );
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--silent'], {
    cwd: app,
  });

  // 3. Vite's production build, for browsers as old as es2020 allows (no top-level await).
  run(resolve(bin('vite')), ['build', '--logLevel', 'warn', '--config', join(app, 'vite.config.mjs')], {
    cwd: app,
  });

  // 4. Load it in Chromium, as a Spanish-speaking reader would.
  const dist = join(app, 'dist');
  const server = createServer((req, res) => {
    if (req.url === '/favicon.ico') return void res.writeHead(204).end();
    const path = join(dist, new URL(req.url, 'http://x').pathname.replace(/\/$/, '/index.html'));
    try {
      const body = readFileSync(path);
      const type = path.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8';
      res.writeHead(200, {'content-type': type}).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const errors = [];
    const scripts = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('response', (r) => r.url().endsWith('.js') && scripts.push(new URL(r.url()).pathname));
    await page.goto(`http://127.0.0.1:${server.address().port}/`, {waitUntil: 'networkidle0'});
    const shown = await page.evaluate(async () => {
      const term = document.querySelector('glossary-term');
      await customElements.whenDefined('glossary-term');
      await term.updateComplete;
      await term.show();
      await term.updateComplete;
      const tip = term.shadowRoot.querySelector('[part="definition"]');
      return {
        word: term.textContent.trim(),
        definition: tip?.textContent.trim(),
        lang: tip?.getAttribute('lang'),
      };
    });
    const bytes = scripts.map((p) => ({file: p, brotli: brotli(readFileSync(join(dist, p)))}));
    const total = bytes.reduce((sum, b) => sum + b.brotli, 0);
    console.log(`\nPacked tarball: ${(tarballSize / 1000).toFixed(1)} KB`);
    console.log(`One <glossary-term> shown in Spanish, Vite build (target es2020), brotli -q 11:`);
    for (const b of bytes) console.log(`  ${b.file.padEnd(36)} ${(b.brotli / 1000).toFixed(1)} KB`);
    console.log(`  total ${(total / 1000).toFixed(1)} KB (limit ${LIMITS.oneElementSpanish / 1000} KB)`);
    console.log(`Shown: "${shown.word}" -> "${shown.definition}" (lang=${shown.lang})`);
    if (shown.lang !== 'es' || !shown.definition || /bone cell/i.test(shown.definition)) {
      failures.push(`the definition is not shown in Spanish: ${JSON.stringify(shown)}`);
    }
    if (errors.length) failures.push(`the page logged errors: ${errors.join('; ')}`);
    if (total > LIMITS.oneElementSpanish) failures.push(`one element in Spanish costs ${total} B brotli`);
  } finally {
    await browser.close();
    server.close();
  }
} finally {
  rmSync(work, {recursive: true, force: true});
}

if (failures.length) {
  console.error(failures.map((f) => `✗ ${f}`).join('\n'));
  process.exit(1);
}
console.log('✓ packed, installed, built and shown in Chromium.');
