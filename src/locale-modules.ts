/**
 * Every translation, imported statically so the bundle is one file that makes
 * no request of its own. The build swaps this module out for single-locale
 * bundles, and for the test/demo build that adds the pseudo-locales.
 */
import type {LocaleModule} from '@lit/localize';
import * as ar from './generated/locales/ar.js';
import * as es from './generated/locales/es.js';
import * as fr from './generated/locales/fr.js';
import * as ht from './generated/locales/ht.js';
import * as ko from './generated/locales/ko.js';
import * as pt from './generated/locales/pt.js';
import * as ru from './generated/locales/ru.js';
import * as tl from './generated/locales/tl.js';
import * as vi from './generated/locales/vi.js';
import * as zhHans from './generated/locales/zh-Hans.js';
import * as zhHant from './generated/locales/zh-Hant.js';

export const localeModules: Record<string, LocaleModule> = {
  es,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  vi,
  ko,
  tl,
  ar,
  ru,
  fr,
  ht,
  pt,
};
