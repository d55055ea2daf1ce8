/** Reading BCP 47 tags with the platform's Intl.Locale; shared by both localization modules. */

/** The parts of a language tag this library reads. */
export interface LocaleTag {
  language: string;
  script?: string;
  region?: string;
  /** The tag with its likely script filled in (zh-TW -> zh-Hant-TW). */
  maximize(): LocaleTag;
  toString(): string;
}

/**
 * The tag as an Intl.Locale, or undefined when it is malformed. Underscores read
 * as hyphens: some CMSs write `es_MX`, `pt_BR` or `zh_TW` in `<html lang>`.
 * Where Intl.Locale is missing (older browsers), a small reader of its own keeps
 * the page in the right language instead of blanking it.
 */
export function parseLocale(tag: string): LocaleTag | undefined {
  const text = tag.replaceAll('_', '-');
  if (typeof Intl.Locale !== 'function') return readTag(text);
  try {
    return new Intl.Locale(text);
  } catch {
    return undefined;
  }
}

// The likely script of the languages whose script matters here (the rest are read as Latin).
const likelyScripts: Record<string, string> = {
  ar: 'Arab',
  fa: 'Arab',
  ur: 'Arab',
  he: 'Hebr',
  ru: 'Cyrl',
  ko: 'Kore',
};

/** language[-Script][-REGION] without Intl.Locale; private-use and extension subtags are ignored. */
function readTag(text: string): LocaleTag | undefined {
  const match = /^([a-z]{2,3})(?:-([a-z]{4}))?(?:-([a-z]{2}|\d{3}))?(?:-[a-z\d]{1,8})*$/i.exec(text);
  if (!match) return undefined;
  const language = match[1].toLowerCase();
  const script = match[2] && match[2][0].toUpperCase() + match[2].slice(1).toLowerCase();
  const region = match[3]?.toUpperCase();
  const make = (script?: string): LocaleTag => ({
    language,
    script,
    region,
    maximize: () =>
      make(
        script ??
          (language === 'zh'
            ? ['TW', 'HK', 'MO'].includes(region ?? '')
              ? 'Hant'
              : 'Hans'
            : (likelyScripts[language] ?? 'Latn'))
      ),
    toString: () => [language, script, region].filter(Boolean).join('-'),
  });
  return make(script);
}

// CLDR aliases Tagalog (tl) to Filipino (fil); Chromium's and Firefox's Intl apply
// it, WebKit's does not yet, so compare languages through it.
const languageAliases: Record<string, string> = {tl: 'fil'};

/** The locale's language, with CLDR's aliases applied. */
export const languageOf = (locale: LocaleTag) => languageAliases[locale.language] ?? locale.language;

const rtlScripts = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mend']);

/** Writing direction of a tag, from its (likely) script. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  const script = parseLocale(tag)?.maximize().script;
  return script && rtlScripts.has(script) ? 'rtl' : 'ltr';
}
