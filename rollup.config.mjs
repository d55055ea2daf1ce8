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

const {targetLocales} = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const pseudo = ['en-XA', 'ar-XB'];
const translations = targetLocales.filter((l) => !pseudo.includes(l));

/** Replaces lib/locale-modules.js with a module that imports only `locales`. */
function onlyLocales(locales) {
  const id = '\0locale-modules';
  return {
    name: 'only-locales',
    resolveId: (source) => (source.endsWith('/locale-modules.js') ? id : null),
    load(loaded) {
      if (loaded !== id) return null;
      const lib = new URL('./lib/generated/locales/', import.meta.url).pathname;
      const imports = locales.map((l, i) => `import * as l${i} from ${JSON.stringify(`${lib}${l}.js`)};`);
      const entries = locales.map((l, i) => `${JSON.stringify(l)}: l${i}`);
      return `${imports.join('\n')}\nexport const localeModules = {${entries.join(', ')}};`;
    },
  };
}

const bundle = (file, locales) => ({
  input: 'lib/index.js',
  output: {file, format: 'es', sourcemap: true, inlineDynamicImports: true},
  plugins: [
    onlyLocales(locales),
    shareMessageIds(),
    nodeResolve({browser: true}),
    stripMsgDesc(),
    minifyTemplates(),
    terser({ecma: 2022, module: true, format: {comments: false}, keep_classnames: true}),
  ],
  onwarn(warning, warn) {
    if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
  },
});

export default [
  bundle('dist/bone-mets-elements.js', translations),
  ...['en', ...translations].map((l) => bundle(`dist/${l}/bone-mets-elements.js`, l === 'en' ? [] : [l])),
  bundle('dist/dev/bone-mets-elements.js', [...translations, ...pseudo]),
];
