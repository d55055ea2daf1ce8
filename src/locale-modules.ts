/**
 * Every translation, imported statically so the bundle is one file that makes
 * no request of its own. (A single-locale bundle swaps this module out.)
 */
import * as es from './generated/locales/es.js';

export const localeModules = {es} as const;
