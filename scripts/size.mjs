// npm run size: bytes a patient downloads, minified, gzip -9 and brotli -q 11, and each
// bundle's Subresource Integrity hash for a script tag's integrity attribute.
import {readFileSync, readdirSync, existsSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync, brotliCompressSync, constants} from 'node:zlib';
import {createHash} from 'node:crypto';

function bundles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return bundles(path);
    return name === 'bone-mets-elements.js' ? [path] : [];
  });
}

const files = bundles('dist');
if (files.length === 0) {
  console.error('No bundle in dist/: run `npm run build` first.');
  process.exit(1);
}
const rows = files.map((file) => {
  const source = readFileSync(file);
  return {
    bundle: file,
    minified: source.length,
    gzip: gzipSync(source, {level: 9}).length,
    brotli: brotliCompressSync(source, {
      params: {[constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: source.length},
    }).length,
  };
});
// Budgets, brotli, 1 KB = 1000 bytes: the every-locale bundle and each one-language
// bundle. Over budget fails the build. The dev bundle (with pseudo-locales) has none:
// it never ships. Issue 12 set 92 KB and 23 KB; the clinically required urgent guidance,
// notices and corrected answers (issue 9), the hardened <glossary-term> (issue 12) and
// hydration (issue 10) added about 2 KB per language, so these are the proposed budgets
// (README, "Measured"): a product decision, not a measurement.
const budget = (file) =>
  file === 'dist/bone-mets-elements.js' ? 100_000 : file.startsWith('dist/dev/') ? undefined : 26_000;
for (const row of rows) {
  const limit = budget(row.bundle);
  row.budget = limit ? `${row.brotli <= limit ? '✓' : '✗'} ≤ ${limit / 1000} KB` : '—';
}
console.table(rows);
console.log('Subresource Integrity (<script type="module" src="…" integrity="…" crossorigin="anonymous">):');
for (const {bundle} of rows.filter((r) => !r.bundle.startsWith('dist/dev/'))) {
  const hash = createHash('sha384').update(readFileSync(bundle)).digest('base64');
  console.log(`  ${bundle.padEnd(36)} sha384-${hash}`);
}
const over = rows.filter((r) => r.budget.startsWith('✗'));
if (over.length) {
  console.error(`✗ ${over.length} bundle(s) over budget: ${over.map((r) => r.bundle).join(', ')}.`);
  process.exit(1);
}
