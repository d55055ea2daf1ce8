/** Reading BCP 47 tags with the platform's Intl.Locale; shared by both localization modules. */

/**
 * The tag as an Intl.Locale, or undefined when it is malformed. Underscores read
 * as hyphens: some CMSs write `es_MX`, `pt_BR` or `zh_TW` in `<html lang>`.
 */
export function parseLocale(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(tag.replaceAll('_', '-'));
  } catch {
    return undefined;
  }
}

// CLDR aliases Tagalog (tl) to Filipino (fil); Chromium's and Firefox's Intl apply
// it, WebKit's does not yet, so compare languages through it.
const languageAliases: Record<string, string> = {tl: 'fil'};

/** The locale's language, with CLDR's aliases applied. */
export const languageOf = (locale: Intl.Locale) => languageAliases[locale.language] ?? locale.language;

const rtlScripts = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mend']);

/** Writing direction of a tag, from its (likely) script. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  const script = parseLocale(tag)?.maximize().script;
  return script && rtlScripts.has(script) ? 'rtl' : 'ltr';
}
