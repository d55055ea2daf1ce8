// npm run bench:prerender (after a build): figures for pre-rendered HTML, a measurement, not a test.
//  1. Text without JavaScript: the Spanish pre-rendered article with scripts off, against the
//     same article rendered by the bundle in the browser: share of the reader's text shown.
//  2. Lighthouse mobile (slow 4G, 4x CPU slowdown), files served brotli-compressed, median of RUNS
//     runs: Largest Contentful Paint and Total Blocking Time of the article as static HTML,
//     pre-rendered with the bundle (hydrating) and without it, and client-rendered. Each run in a
//     fresh browser, with both of Lighthouse's throttling methods:
//       - devtools: the page really loads over a throttled network on a throttled CPU, and LCP is
//         the paint Chromium reports. This is the figure for the target.
//       - simulate (Lighthouse's default, "Lantern"): the page loads unthrottled and Lighthouse
//         estimates the slow load from that trace. A request that finished before the unthrottled
//         paint counts as needed for it unless Lantern finds the script's evaluation after the
//         paint, which it cannot for a module script (GoogleChrome/lighthouse#17163). Locally the
//         bundle arrives before the first paint, so Lantern charges its slow-4G download to LCP
//         though the real paint does not wait for it; the script prints that evidence.
// Environment: CHROME_PATH (default /usr/bin/chromium), RUNS (default 5), METHODS (default
// "devtools,simulate").
import {createServer} from 'node:http';
import {readFileSync} from 'node:fs';
import {extname, join} from 'node:path';
import {brotliCompressSync, constants} from 'node:zlib';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import {launchChromium} from './chromium.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const METHODS = (process.env.METHODS ?? 'devtools,simulate').split(',');
const root = new URL('..', import.meta.url).pathname;
const fragment = (locale) => readFileSync(join(root, `dist/static/${locale}/bone-mets-article.html`), 'utf8');
const page = (locale, body, script = true) => `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>bone metastases</title><style>body { font: 1rem/1.6 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }</style>
${script ? '<script type="module" src="/dist/bone-mets-elements.js"></script>' : ''}</head>
<body><main>${body}</main></body></html>`;

const pages = {
  '/static.html': () => readFileSync(join(root, 'bench/article-static.html'), 'utf8'),
  '/prerendered.html': () => page('en', fragment('en')),
  '/prerendered-only.html': () => page('en', fragment('en'), false),
  '/client.html': () => page('en', '<bone-mets-article></bone-mets-article>'),
  '/es-prerendered.html': () => page('es', fragment('es'), false),
  '/es-client.html': () => page('es', '<bone-mets-article></bone-mets-article>'),
};
const compressed = new Map();
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  try {
    let body = compressed.get(path);
    if (!body) {
      const raw = pages[path] ? Buffer.from(pages[path]()) : readFileSync(join(root, path));
      body = brotliCompressSync(raw, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}});
      compressed.set(path, body);
    }
    const type = extname(path) === '.js' ? 'text/javascript' : 'text/html; charset=utf-8';
    res.writeHead(200, {'content-type': type, 'content-encoding': 'br'}).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

// 1. Text without JavaScript.
const browser = await launchChromium();
const readerText = async (path, javascript) => {
  const tab = await browser.newPage();
  await tab.setJavaScriptEnabled(javascript);
  await tab.goto(`${origin}${path}`, {waitUntil: 'networkidle0'});
  if (javascript) await tab.evaluate(() => document.querySelector('bone-mets-article').updateComplete);
  const text = await tab.evaluate(() => {
    const parts = [];
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.getAttribute('part') === 'base') parts.push(el.innerText);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document.querySelector('bone-mets-article').shadowRoot);
    return parts.join('\n');
  });
  await tab.close();
  return text.replace(/\s+/g, ' ').trim();
};
const [withoutJs, withJs] = [
  await readerText('/es-prerendered.html', false),
  await readerText('/es-client.html', true),
];
await browser.close();
const words = (text) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu));
const shown = words(withoutJs);
const missing = [...words(withJs)].filter((w) => !shown.has(w));
console.log('\nSpanish <bone-mets-article>, JavaScript off (pre-rendered) vs on (client-rendered):');
console.log(
  `  characters: ${withoutJs.length} of ${withJs.length} (${((100 * withoutJs.length) / withJs.length).toFixed(1)}%)`
);
console.log(
  `  distinct words not shown without JavaScript: ${missing.length} (${missing.slice(0, 20).join(', ')})`
);

// 2. Lighthouse, mobile.

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = (ms) => (ms / 1000).toFixed(2);
const pagesToMeasure = [
  ['static HTML', '/static.html'],
  ['pre-rendered + bundle', '/prerendered.html'],
  ['pre-rendered, no script', '/prerendered-only.html'],
  ['client-rendered', '/client.html'],
];
for (const method of METHODS) {
  console.log(
    `\nLighthouse mobile, throttling "${method}" (slow 4G, 4x CPU), brotli, median of ${RUNS} (range):`
  );
  const results = {};
  for (const [name, path] of pagesToMeasure) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      // A fresh browser for every run: nothing compiled or cached by an earlier page.
      const chrome = await chromeLauncher.launch({
        chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        chromeFlags: ['--headless=new', '--no-sandbox'],
      });
      const {lhr} = await lighthouse(`${origin}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
        throttlingMethod: method,
      });
      await chrome.kill();
      const observed = lhr.audits.metrics.details.items[0];
      const bundle = lhr.audits['network-requests'].details.items.find((r) =>
        r.url.endsWith('/bone-mets-elements.js')
      );
      runs.push({
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        observedFcp: observed.observedFirstContentfulPaint,
        observedLcp: observed.observedLargestContentfulPaint,
        bundleEnd: bundle?.networkEndTime,
      });
    }
    const lcps = runs.map((r) => r.lcp);
    const tbts = runs.map((r) => r.tbt);
    results[name] = {lcp: median(lcps), tbt: median(tbts)};
    let evidence = '';
    if (method === 'simulate' && runs[0].bundleEnd !== undefined) {
      const before = runs.filter((r) => r.bundleEnd <= r.observedLcp).length;
      evidence = `; bundle downloaded before the unthrottled LCP in ${before} of ${RUNS} runs`;
    } else if (method === 'devtools') {
      const later = runs.filter((r) => r.observedLcp > r.observedFcp).length;
      evidence = `; LCP later than the first paint in ${later} of ${RUNS} runs`;
    }
    console.log(
      `  ${name.padEnd(24)} LCP ${seconds(median(lcps))} s (${seconds(Math.min(...lcps))}–${seconds(Math.max(...lcps))})` +
        `   TBT ${Math.round(median(tbts))} ms (${Math.round(Math.min(...tbts))}–${Math.round(Math.max(...tbts))})${evidence}`
    );
  }
  const ratio = (name) => (results[name].lcp / results['static HTML'].lcp).toFixed(2);
  console.log(
    `  LCP / static: pre-rendered + bundle ${ratio('pre-rendered + bundle')}x (target at most 1.1x), ` +
      `client-rendered ${ratio('client-rendered')}x; TBT target under 100 ms`
  );
}
server.close();
