// Configuration of the Custom Elements Manifest analyzer (`npm run manifest`).
import {
  defineCalls,
  expandTypes,
  hideInternals,
  normalizeModules,
  packagePaths,
  publicModules,
} from './cem-plugins.mjs';

export default {
  globs: ['src/**/*.ts'],
  exclude: [
    'src/generated/**',
    'src/**/*.styles.ts',
    'src/localization.single.ts',
    'src/locale-modules.pseudo.ts',
  ],
  litelement: true,
  packagejson: false,
  // Order matters: paths are rewritten last, once everything else has matched src/ paths.
  plugins: [
    normalizeModules(),
    defineCalls(),
    hideInternals(),
    expandTypes(),
    publicModules(),
    packagePaths(),
  ],
};
