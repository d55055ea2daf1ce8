/**
 * How each translation arrives. Here, for bundler users: two chunks per
 * language (glossary words, and everything else), each its own file, loaded the
 * first time an element needs it. The script-tag bundles replace this module
 * with one that carries their languages inline, so they make no request
 * (rollup.config.mjs); tests and the demo add the pseudo-locales
 * (locale-modules.pseudo.ts).
 */
export {localeChunks} from './generated/locale-chunks/index.js';
export type {MessageGroup} from './generated/locale-chunks/index.js';
