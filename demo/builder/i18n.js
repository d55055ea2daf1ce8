// The builder's own interface text. It is a tool page for web teams, not patient
// content, so it has its own small dictionary instead of the library's XLIFF.
// Element, attribute and property names stay in code; only their labels are here.
import {en} from './strings/en.js';
import {es} from './strings/es.js';

/** The builder's interface languages. */
export const dictionaries = {en, es};
export const uiLanguages = Object.keys(dictionaries);

/** A language's name in `inLocale`, capitalised as that language does at the start of a line. */
export function languageName(code, inLocale) {
  let name = code;
  try {
    name = new Intl.DisplayNames([inLocale], {type: 'language', fallback: 'code'}).of(code) ?? code;
  } catch {
    // An engine without this locale's data shows the code.
  }
  return name.charAt(0).toLocaleUpperCase(inLocale) + name.slice(1);
}

/** The interface language the reader's browser prefers first, of English and Spanish. */
export function preferredUi(languages = navigator.languages ?? []) {
  const first = languages.find((tag) => /^(en|es)\b/i.test(tag));
  return first && /^es/i.test(first) ? 'es' : 'en';
}
