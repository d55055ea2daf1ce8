// npm run check: fails when generated files are stale against the sources, a
// translation is missing, or docs/clinical-review.md names a message that no
// longer exists. custom-elements.json and locales/*.xlf are regenerated in
// place, so after a failure `git diff` shows what to commit.
import {readFileSync, readdirSync, existsSync} from 'node:fs';
import {bin, run} from './run.mjs';

const generated = () => [
  'custom-elements.json',
  ...readdirSync('locales')
    // Pseudo-locales are generated at build time and not committed.
    .filter((f) => f.endsWith('.xlf') && !['en-XA.xlf', 'ar-XB.xlf'].includes(f))
    .map((f) => `locales/${f}`),
];
const read = (files) => new Map(files.map((f) => [f, existsSync(f) ? readFileSync(f, 'utf8') : '']));

const before = read(generated());
run('node', ['scripts/manifest.mjs']);
run(bin('lit-localize'), ['extract'], {stdio: ['ignore', 'ignore', 'inherit']});
const after = read(generated());

const problems = [];
for (const [file, text] of after) {
  if (before.get(file) !== text) problems.push(`${file} is stale: it was regenerated; review and commit it.`);
}

// Every message of every locale needs a translation. With content-hash ids, a
// changed English sentence becomes a new unit without a target: stale wording fails here.
for (const [file, text] of after) {
  if (!file.endsWith('.xlf')) continue;
  const units = [...text.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
  const missing = units.filter(([, , body]) => !/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(body));
  if (missing.length) {
    problems.push(
      `${file}: ${missing.length} of ${units.length} messages have no translation (${missing
        .slice(0, 5)
        .map(([, id]) => id)
        .join(', ')}${missing.length > 5 ? ', …' : ''}).`
    );
  }
}

// The clinical review record names messages by id (content hashes of the English):
// a reviewed sentence that was reworded no longer exists, and its record must follow.
const review = 'docs/clinical-review.md';
const extracted = new Set(
  [...after]
    .filter(([file]) => file.endsWith('.xlf'))
    .flatMap(([, text]) => [...text.matchAll(/<trans-unit id="([^"]+)">/g)].map(([, id]) => id))
);
const named = existsSync(review)
  ? [...new Set([...readFileSync(review, 'utf8').matchAll(/`([sh][0-9a-f]{16})`/g)].map(([, id]) => id))]
  : [];
if (!existsSync(review)) problems.push(`${review} is missing.`);
const gone = named.filter((id) => !extracted.has(id));
if (gone.length) {
  problems.push(
    `${review} names ${gone.length} message(s) that no longer exist (${gone.join(', ')}): the English was ` +
      `changed or removed; record the new wording and id (see locales/*.xlf) for clinical review.`
  );
}

if (problems.length) {
  console.error(problems.map((p) => `✗ ${p}`).join('\n'));
  process.exit(1);
}
console.log(`✓ custom-elements.json and ${after.size - 1} XLIFF file(s) are current and complete.`);
console.log(`✓ ${review} names ${named.length} messages, all current.`);
