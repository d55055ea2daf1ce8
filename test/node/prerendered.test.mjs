// Pre-rendered HTML (dist/static/, from `npm run build`) and the server API, as a CMS and a
// Node server meet them: valid HTML fragments that carry their language, allow-lists that
// cover what they use, sanitize-html that keeps every word.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {HtmlValidate} from 'html-validate';
import sanitizeHtml from 'sanitize-html';
import {
  elementAttributes,
  elementTags,
  prerenderedAttributes,
  prerenderedTags,
  sanitizeHtmlOptions,
  textTags,
} from '../../lib/allow-lists.js';
import {renderElement} from '../../lib/server/index.js';

const fragments = readdirSync('dist/static')
  // Locale folders only (dist/static/pages/ holds the demo's whole pages).
  .filter((name) => name !== 'pages' && statSync(join('dist/static', name)).isDirectory())
  .flatMap((locale) =>
    readdirSync(join('dist/static', locale)).map((file) => ({
      locale,
      file,
      path: join('dist/static', locale, file),
    }))
  );

/** The words a reader sees: no markup, styles or comments. */
const words = (html) =>
  html
    // Comments are no word boundary (Lit's markers sit inside words' runs of text).
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(
      /&(nbsp|amp|lt|gt|quot|#39|#x27);/g,
      (_, e) => ({nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"'})[e] ?? "'"
    )
    .replace(/\s+/g, ' ')
    .trim();

/** Where two texts first differ, with a little context: never the whole text in a failure. */
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i === a.length && i === b.length
    ? undefined
    : `at ${i}: "${a.slice(i - 20, i + 40)}" vs "${b.slice(i - 20, i + 40)}"`;
}

test('every element in every language is pre-rendered', () => {
  assert.equal(fragments.length, 12 * 11);
});

test('every fragment is valid HTML, carries lang and dir, and is a fragment', async () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // role="list" on styled lists is deliberate: Safari drops list semantics when markers are removed.
      'no-redundant-role': 'off',
      'prefer-native-element': 'off',
    },
  });
  for (const {locale, path} of fragments) {
    const html = readFileSync(path, 'utf8');
    const report = await validator.validateString(html, path);
    assert.ok(
      report.valid,
      `${path}: ${report.results
        .flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.message}`))
        .slice(0, 5)
        .join('; ')}`
    );
    assert.match(html, new RegExp(`<div lang="${locale}" dir="(ltr|rtl)">`), path);
    assert.doesNotMatch(html, /<html|<head|<body/i, path);
  }
});

test('the allow-lists cover every tag and attribute the fragments use', () => {
  const tags = new Set([...elementTags, ...prerenderedTags, ...textTags]);
  const attributes = new Set([...elementAttributes, ...prerenderedAttributes]);
  for (const {path} of fragments) {
    const html = readFileSync(path, 'utf8')
      .replace(/<style>[\s\S]*?<\/style>/g, '')
      .replace(/<!--[\s\S]*?-->/g, '');
    for (const [, tag, rest] of html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)) {
      assert.ok(tags.has(tag), `${path}: <${tag}> is not in the allow-list`);
      for (const [, name] of rest.matchAll(/\s([^\s=/>]+)(?:="[^"]*")?/g)) {
        assert.ok(
          attributes.has(name) || name.startsWith('aria-'),
          `${path}: ${name} on <${tag}> is not in the allow-list`
        );
      }
    }
  }
});

test('sanitize-html with the allow-list keeps every word of every fragment, and the shadow roots', () => {
  for (const {path} of fragments) {
    const html = readFileSync(path, 'utf8');
    const clean = sanitizeHtml(html, sanitizeHtmlOptions);
    assert.equal(firstDifference(words(clean), words(html)), undefined, path);
    assert.equal(
      (clean.match(/<template shadowrootmode="open">/g) ?? []).length,
      (html.match(/<template shadowrootmode="open">/g) ?? []).length,
      path
    );
  }
});

test('renderElement() renders a language, escapes attributes and refuses a tag that is not ours', async () => {
  const html = await renderElement('bone-mets-signs', {
    locale: 'es-MX',
    attributes: {'care-phone': '215 "555" 0100'},
  });
  assert.match(html, /care-phone="215 &quot;555&quot; 0100"/);
  assert.match(html, /lang="es"/);
  await assert.rejects(renderElement('script'), TypeError);
  const term = await renderElement('glossary-term', {locale: 'fr', attributes: {term: 'osteoclast'}});
  assert.match(term, /<glossary-term[^>]*term="osteoclast"[^>]*>ostéoclaste<\/glossary-term>/);
});
