// Builds the embed builder (demo/builder/): the facts it needs, which a page under
// `connect-src 'none'` cannot fetch, written to dist/builder/data.js, then its own
// small bundle (lit-html + the page's modules + that data) to dist/builder/builder.js.
// Runs at the end of `npm run build`, after every bundle exists:
//   - integrity (SHA-384, base64) of every production bundle, for <script integrity>;
//   - elements, attributes and --bm-* properties from custom-elements.json;
//   - npm entry points from package.json exports;
//   - treatment and glossary names in every language, for the pickers and default words;
//   - which pre-rendered fragments exist (dist/static/<locale>/<tag>.html) and the tags
//     and attributes they use, for the sanitizer allow-list.
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {pathToFileURL} from 'node:url';
import {brotliCompressSync, constants} from 'node:zlib';
import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {generateMsgId} from '@lit/localize/internal/id-generation.js';

const root = new URL('..', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const imported = (path) => import(pathToFileURL(join(root.pathname, path)).href);

const pkg = JSON.parse(read('package.json'));
const manifest = JSON.parse(read('custom-elements.json'));
const {sourceLocale, targetLocales} = JSON.parse(read('lit-localize.json'));
const pseudo = new Set(['en-XA', 'ar-XB']);
const locales = [sourceLocale, ...targetLocales.filter((l) => !pseudo.has(l))];
const {directionOf} = await imported('lib/internal/locale-tags.js');

/** Every production bundle: '' for the every-language one, else its locale. */
const bundles = {};
for (const locale of ['', ...locales]) {
  const path = `${locale ? `${locale}/` : ''}bone-mets-elements.js`;
  const file = new URL(`dist/${path}`, root);
  if (!existsSync(file)) throw new Error(`builder: dist/${path} is missing; run the whole build`);
  const source = readFileSync(file);
  const digest = createHash('sha384').update(source).digest('base64');
  const bytes = brotliCompressSync(source, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
  bundles[locale] = {path, integrity: `sha384-${digest}`, bytes};
}

const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .map((d) => ({
    tag: d.tagName,
    summary: d.summary ?? '',
    attributes: (d.attributes ?? []).map((a) => ({name: a.name, type: a.type?.text ?? 'string'})),
    cssProperties: (d.cssProperties ?? []).map((p) => ({
      name: p.name,
      default: p.default ?? '',
      description: p.description ?? '',
    })),
    // The per-tag npm entry that registers it, when package.json exports one.
    entry: pkg.exports?.[`./${d.tagName}.js`] ? `${pkg.name}/${d.tagName}.js` : undefined,
  }));

/** A message's text in every locale, looked up by its runtime id (English when untranslated). */
const translations = Object.fromEntries(
  await Promise.all(
    locales
      .filter((l) => l !== sourceLocale)
      .map(async (l) => [l, (await imported(`lib/generated/locales/${l}.js`)).templates])
  )
);
const inEveryLocale = (english) =>
  Object.fromEntries(
    locales.map((l) => {
      const text = l === sourceLocale ? english : translations[l][generateMsgId(english, false)];
      return [l, typeof text === 'string' ? text : english];
    })
  );

const {glossary} = await imported('lib/content/glossary.js');
const {treatmentOptions} = await imported('lib/content/treatments.js');
const glossaryTerms = Object.entries(glossary).map(([key, entry]) => ({
  key,
  names: inEveryLocale(entry.name()),
}));
const treatments = treatmentOptions().map((option) => ({
  key: option.key,
  names: inEveryLocale(option.name()),
}));

/** Pre-rendered fragments, when the build made them, and what a sanitizer must keep of them. */
function staticFragments() {
  const dir = new URL('dist/static/', root);
  const files = [];
  const walk = (path) => {
    for (const entry of readdirSync(path, {withFileTypes: true})) {
      const child = join(path, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.name.endsWith('.html')) files.push(child);
    }
  };
  if (existsSync(dir)) walk(dir.pathname);
  const tags = new Set();
  const attributes = new Set();
  for (const file of files) {
    for (const [, tag, rest] of readFileSync(file, 'utf8').matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)) {
      tags.add(tag.toLowerCase());
      for (const [, name] of rest.matchAll(/([^\s"'=/>]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g)) {
        attributes.add(name.toLowerCase());
      }
    }
  }
  return {
    files: files.map((file) => relative(join(root.pathname, 'dist'), file)).sort(),
    tags: [...tags].sort(),
    attributes: [...attributes].sort(),
  };
}

const exported = (path) => Boolean(pkg.exports?.[path]);
const data = {
  packageName: pkg.name,
  version: pkg.version,
  // npm specifiers for bundler users, as far as package.json exports them.
  npm: {
    all: exported('./all.js') ? `${pkg.name}/all.js` : pkg.name,
    oneLanguage: exported('./*/bone-mets-elements.js')
      ? `${pkg.name}/<locale>/bone-mets-elements.js`
      : undefined,
    localization: exported('./localization.js') ? `${pkg.name}/localization.js` : pkg.name,
  },
  locales: locales.map((code) => ({code, dir: directionOf(code)})),
  bundles,
  elements,
  treatments,
  glossaryTerms,
  staticFragments: staticFragments(),
};

mkdirSync(new URL('dist/builder/', root), {recursive: true});
writeFileSync(
  new URL('dist/builder/data.js', root),
  `// Generated by scripts/builder.mjs from the build; do not edit.\nexport const data = ${JSON.stringify(data, null, 1)};\n`
);

const bundle = await rollup({
  input: new URL('demo/builder/builder.js', root).pathname,
  plugins: [nodeResolve({browser: true}), terser({ecma: 2022, module: true, format: {comments: false}})],
});
await bundle.write({file: new URL('dist/builder/builder.js', root).pathname, format: 'es', sourcemap: true});
await bundle.close();
console.log('Embed builder: dist/builder/builder.js (open /demo/builder/ with npm start)');
