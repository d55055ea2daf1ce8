// Pre-rendered HTML for pages where our script never runs (a CMS that strips scripts,
// JavaScript off, a CSP that blocks it): every element in every language, rendered by
// bone-mets-elements/server (Lit SSR, Declarative Shadow DOM):
//   dist/static/<locale>/<tag>.html   an HTML fragment to paste (no <html> or <head>)
//   dist/static/csp.txt               the style-src hashes of the styles they carry inline
//   dist/static/pages/<locale>.html   a demo page: the pre-rendered article and the bundle (npm start)
import {createHash} from 'node:crypto';
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {allLocales, localeDirection, renderFragment, tags} from '../lib/server/index.js';

const started = performance.now();
const locales = allLocales.filter((l) => !/-X[AB]$/.test(l));
const styles = new Set();
rmSync('dist/static', {recursive: true, force: true});
for (const locale of locales) {
  mkdirSync(`dist/static/${locale}`, {recursive: true});
  await Promise.all(
    tags.map(async (tag) => {
      const html = await renderFragment(tag, {locale});
      for (const [, css] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) styles.add(css);
      writeFileSync(`dist/static/${locale}/${tag}.html`, html);
    })
  );
}
mkdirSync('dist/static/pages', {recursive: true});
for (const locale of locales) {
  const article = readFileSync(`dist/static/${locale}/bone-mets-article.html`, 'utf8');
  writeFileSync(
    `dist/static/pages/${locale}.html`,
    `<!doctype html>
<html lang="${locale}" dir="${localeDirection(locale)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Pre-rendered article (${locale})</title>
    <link rel="stylesheet" href="../../../demo/demo.css" />
    <script type="module" src="../../bone-mets-elements.js"></script>
  </head>
  <body>
    <main>
      <p class="note" lang="en" dir="ltr">Pre-rendered by bone-mets-elements/server: this page reads the same with JavaScript off.</p>
${article}
    </main>
  </body>
</html>
`
  );
}
const hashes = [...styles]
  .map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`)
  .sort();
writeFileSync(
  'dist/static/csp.txt',
  `# A page with a strict Content-Security-Policy shows the pre-rendered fragments styled when its\n` +
    `# style-src allows these inline styles (one per element), e.g.:\n` +
    `style-src 'self' ${hashes.join(' ')}\n`
);
console.log(
  `Pre-rendered HTML: ${tags.length} elements in ${locales.length} languages in dist/static/ ` +
    `(${((performance.now() - started) / 1000).toFixed(1)} s), ${hashes.length} style hashes in dist/static/csp.txt.`
);
