// Bundles the JavaScript that `tsc` emitted into lib/ (see scripts/build.mjs)
// into self-contained ES modules with lit, @lit/localize and the translations:
//   dist/bone-mets-elements.js            every locale (what most sites embed)
//   dist/<locale>/bone-mets-elements.js   English plus one locale, for one-language sites
//   dist/dev/bone-mets-elements.js        every locale plus the pseudo-locales (tests, demo)
import {readFileSync} from 'node:fs';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {stripMsgDesc} from './scripts/rollup-strip-msg-desc.mjs';
import {shareMessageIds} from './scripts/rollup-share-message-ids.mjs';
import {minifyTemplates} from './scripts/rollup-minify-templates.mjs';
import {inlineMessages} from './scripts/rollup-inline-messages.mjs';

const {targetLocales} = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const versionOf = (pkg) => JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')).version;
const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
// The licence notices of what the bundles carry; terser keeps /*! comments.
const banner = `/*! bone-mets-elements ${version} (MIT) with lit ${versionOf('lit')} and @lit/localize ${versionOf('@lit/localize')} (BSD-3-Clause, Google LLC) */`;
const pseudo = ['en-XA', 'ar-XB'];
const translations = targetLocales.filter((l) => !pseudo.includes(l));

/** Replaces lib/locale-modules.js with a module that carries `locales` inline: no request, no chunk. */
function onlyLocales(locales) {
  const id = '\0locale-modules';
  return {
    name: 'only-locales',
    resolveId: (source) => (source.endsWith('/locale-modules.js') ? id : null),
    load(loaded) {
      if (loaded !== id) return null;
      const lib = new URL('./lib/generated/locales/', import.meta.url).pathname;
      const imports = locales.map((l, i) => `import * as l${i} from ${JSON.stringify(`${lib}${l}.js`)};`);
      // Both chunks of a language resolve to its whole module, already in the bundle.
      const entries = locales.map(
        (l, i) => `${JSON.stringify(l)}: {glossary: async () => l${i}, article: async () => l${i}}`
      );
      return `${imports.join('\n')}\nexport const localeChunks = {${entries.join(', ')}};`;
    },
  };
}

/**
 * Makes `locale` the bundle's only language. Its text is compiled in
 * (inlineMessages), so the @lit/localize runtime has nothing left to do: a
 * stand-in reports the one locale and never re-renders; localization.single.js
 * replaces the negotiation, and only this language's translation status is kept.
 */
function onlyLanguage(locale) {
  const codes = '\0locale-codes';
  const runtime = '\0lit-localize-single';
  const status = '\0translation-status';
  const hydrate = '\0no-hydrate-support';
  const takeOver = '\0no-take-over';
  const single = new URL('./lib/localization.single.js', import.meta.url).pathname;
  return {
    name: 'only-language',
    resolveId(source) {
      // No hydration support (1.4 KB brotli, over the budget): on a pre-rendered page a
      // one-language bundle renders its elements again, into their declarative shadow roots.
      if (source === '@lit-labs/ssr-client/lit-element-hydrate-support.js') return hydrate;
      // Nor the fallback for HTML it cannot take over: it never takes any over.
      if (source.endsWith('/internal/take-over.js')) return takeOver;
      if (source.endsWith('/generated/locale-codes.js')) return codes;
      if (source.endsWith('/generated/translation-status.js')) return status;
      if (source === '@lit/localize') return runtime;
      if (source.endsWith('/localization.js')) return single;
      return null;
    },
    async load(id) {
      if (id === hydrate) return 'export {};';
      if (id === takeOver) return 'export const takeOver = (host, root, update) => update();';
      if (id === status) {
        const {translationStatus} = await import('./lib/generated/translation-status.js');
        const own = locale in translationStatus ? {[locale]: translationStatus[locale]} : {};
        return `export const translationStatus = ${JSON.stringify(own)};`;
      }
      if (id === codes) {
        return `export const sourceLocale = ${JSON.stringify(locale)}; export const targetLocales = []; export const allLocales = [${JSON.stringify(locale)}];`;
      }
      if (id === runtime) {
        return `export const LOCALE_STATUS_EVENT = 'lit-localize-status';
export const updateWhenLocaleChanges = () => {};
export const configureLocalization = ({sourceLocale}) => ({getLocale: () => sourceLocale, setLocale: async () => {}});
export const msg = (message) => message;
export const str = (strings, ...values) => String.raw({raw: strings}, ...values);`;
      }
      return null;
    },
  };
}

const bundle = (file, locales, {only} = {}) => ({
  input: 'lib/all.js',
  // 'hidden': maps for local debugging, no comment pointing at a file the package does not ship.
  output: {file, format: 'es', sourcemap: 'hidden', banner},
  plugins: [
    onlyLocales(locales),
    ...(only ? [onlyLanguage(only), inlineMessages(only)] : []),
    shareMessageIds(),
    nodeResolve({browser: true}),
    stripMsgDesc(),
    minifyTemplates(),
    terser({ecma: 2022, module: true, compress: {passes: 2}, format: {comments: /^!/}}),
  ],
  onwarn(warning, warn) {
    if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
  },
});

export default [
  bundle('dist/bone-mets-elements.js', translations),
  // One language each: its text is compiled in, with no other language and no message ids.
  ...['en', ...translations].map((l) => bundle(`dist/${l}/bone-mets-elements.js`, [], {only: l})),
  bundle('dist/dev/bone-mets-elements.js', [...translations, ...pseudo]),
];
