/**
 * The single-file bundle's entry: importing it registers every element and
 * starts following `<html lang>`.
 */
import './components/glossary-term/glossary-term.define.js';

export {GlossaryTerm} from './components/glossary-term/glossary-term.js';
export type {GlossaryTermOpenDetail} from './components/glossary-term/glossary-term.js';
export {
  allLocales,
  followDocumentLanguage,
  getLocale,
  localeDirection,
  matchLocale,
  setLocale,
  sourceLocale,
  targetLocales,
} from './localization.js';
export type {SupportedLocale} from './localization.js';
export {glossary} from './content/glossary.js';
export type {GlossaryKey, GlossaryEntry} from './content/glossary.js';
