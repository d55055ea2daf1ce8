/**
 * The one place that configures @lit/localize.
 *
 * The active locale follows `<html lang>` (and changes live when it changes)
 * until a page calls `setLocale()`, which overrides it. Every locale is
 * imported statically so the single-file bundle needs no network request.
 */
import {configureLocalization, LOCALE_STATUS_EVENT} from '@lit/localize';
import {sourceLocale} from './generated/locale-codes.js';
import {localeModules} from './locale-modules.js';
import {warnOnce} from './internal/warn.js';
import {directionOf, languageOf as language, parseLocale as parse} from './internal/locale-tags.js';

/** A locale this build carries: English plus every translation in it. */
export type SupportedLocale = string;

/** The locales of this build's translations (a single-locale bundle has one, or none). */
export const targetLocales: readonly SupportedLocale[] = Object.keys(localeModules);
/** English first, then every translation of this build. */
export const allLocales: readonly SupportedLocale[] = [sourceLocale, ...targetLocales];
export {sourceLocale, LOCALE_STATUS_EVENT};

// Pseudo-locales (en-XA, ar-XB) exist only in test and demo builds, and only
// answer to their exact tag: en-US must never turn into accented English.
const pseudoLocales = new Set(['en-XA', 'ar-XB']);

const {getLocale: activeLocale, setLocale: loadLocale} = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: async (locale) => localeModules[locale],
});

let followDocument = true;

const maximized = new Map(allLocales.map((l) => [l, parse(l)!.maximize()] as const));

/**
 * Best supported locale for a BCP 47 tag, by the platform's Intl.Locale:
 * an exact match first, then the same language in the same script
 * (es-MX -> es, zh-TW -> zh-Hant, fil -> tl). Anything else is English.
 */
export function matchLocale(tag: string | null | undefined): SupportedLocale {
  const requested = tag ? parse(tag) : undefined;
  if (!requested) return sourceLocale;
  const exact = allLocales.find((l) => l.toLowerCase() === requested.toString().toLowerCase());
  if (exact) return exact;
  const want = requested.maximize();
  const sameScript = allLocales.find((l) => {
    if (pseudoLocales.has(l)) return false;
    const have = maximized.get(l)!;
    return language(have) === language(want) && have.script === want.script;
  });
  return sameScript ?? sourceLocale;
}

/** Writing direction of a locale, from its script. */
export function localeDirection(locale: string): 'ltr' | 'rtl' {
  let direction = directions.get(locale);
  if (!direction) {
    direction = directionOf(locale);
    directions.set(locale, direction);
  }
  return direction;
}
// Every element asks on every render: a page of 1000 terms must not build 1000 Intl.Locale objects.
const directions = new Map<string, 'ltr' | 'rtl'>();

/** Whether `tag` asks for another language than `locale` (an unparsable tag does). */
function differentLanguage(tag: string, locale: string): boolean {
  const requested = parse(tag);
  return !requested || language(requested) !== language(parse(locale)!);
}

/** The active locale: the one every element renders in. */
export function getLocale(): SupportedLocale {
  return activeLocale() as SupportedLocale;
}

/** `lang` and `dir` for content rendered in the active locale. */
export function localeAttributes(): {lang: SupportedLocale; dir: 'ltr' | 'rtl'} {
  const lang = getLocale();
  return {lang, dir: localeDirection(lang)};
}

function documentLocale(): SupportedLocale {
  const tag = document.documentElement.lang.trim();
  const locale = matchLocale(tag);
  if (tag && differentLanguage(tag, locale)) {
    warnOnce(
      `locale:${tag}`,
      `<html lang="${tag}"> has no translation; showing ${locale}. Supported: ${allLocales.join(', ')}.`
    );
  }
  return locale;
}

/**
 * Show every element in `locale` (any BCP 47 tag: es-MX shows Spanish) and stop
 * following `<html lang>`. Unknown locales warn and fall back to English.
 */
export async function setLocale(locale: string): Promise<void> {
  const match = matchLocale(locale);
  if (differentLanguage(locale, match)) {
    warnOnce(`locale:${locale}`, `setLocale("${locale}"): no translation; showing ${match}.`);
  }
  followDocument = false;
  await loadLocale(match);
}

/** Go back to following `<html lang>` after `setLocale()`. */
export async function followDocumentLanguage(): Promise<void> {
  followDocument = true;
  await loadLocale(documentLocale());
}

new MutationObserver(() => {
  if (followDocument) void loadLocale(documentLocale());
}).observe(document.documentElement, {attributes: true, attributeFilter: ['lang']});

// Top-level await: elements are defined only after the page's locale is
// loaded, so a Spanish page never shows English first.
await loadLocale(documentLocale());
