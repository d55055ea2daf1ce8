// Bundles the JavaScript that `tsc` emitted into lib/ (see scripts/build.mjs)
// into one self-contained ES module with lit, @lit/localize and every locale.
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {stripMsgDesc} from './scripts/rollup-strip-msg-desc.mjs';

export default {
  input: 'lib/index.js',
  output: {
    file: 'dist/bone-mets-elements.js',
    format: 'es',
    sourcemap: true,
    inlineDynamicImports: true,
  },
  plugins: [
    nodeResolve({browser: true}),
    stripMsgDesc(),
    terser({
      ecma: 2022,
      module: true,
      format: {comments: false},
      // Keep class names: they show up in the manifest and in error messages.
      keep_classnames: true,
    }),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
