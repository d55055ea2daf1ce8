/**
 * localization.ts for a one-language bundle (dist/<locale>/bone-mets-elements.js).
 *
 * The bundle's language is compiled in and is its `sourceLocale`, so there is
 * nothing to negotiate, load or switch: this module keeps the public API of
 * localization.ts and only warns when the page or a call asks for another
 * language. rollup.config.mjs puts it in place of localization.ts.
 */
import {sourceLocale} from './generated/locale-codes.js';
import {version} from './generated/version.js';
import {warnOnce} from './internal/warn.js';
import {directionOf, languageOf, parseLocale} from './internal/locale-tags.js';
import {shownBuild, type Build} from './internal/builds.js';

/** A locale this build carries: here, only its one language. */
export type SupportedLocale = string;

/** A one-language bundle has no translations to switch to. */
export const targetLocales: readonly SupportedLocale[] = [];
/** The bundle's one language. */
export const allLocales: readonly SupportedLocale[] = [sourceLocale];
export {sourceLocale, version};
export const LOCALE_STATUS_EVENT = 'lit-localize-status';

const own = parseLocale(sourceLocale)!.maximize();

/** Whether `tag` is this bundle's language in its script (es-MX is es; zh-TW is not zh-Hans). */
function isOwnLanguage(tag: string): boolean {
  const requested = parseLocale(tag)?.maximize();
  return !!requested && languageOf(requested) === languageOf(own) && requested.script === own.script;
}

/** Every tag matches the bundle's one language. */
export function matchLocale(_tag?: string | null): SupportedLocale {
  return sourceLocale;
}

/** Writing direction of a locale, from its script. */
export const localeDirection = directionOf;

const attributes = {lang: sourceLocale, dir: directionOf(sourceLocale)};

/** This copy of the library, as another copy on the same page sees it. */
export const build: Build = {version, locales: allLocales, locale: () => sourceLocale};

/**
 * The locale the elements on the page are shown in: this bundle's language, unless
 * another copy of the library registered the elements first (then it answers).
 */
export function getLocale(): SupportedLocale {
  const shown = shownBuild();
  return shown && shown !== build ? shown.locale() : sourceLocale;
}

/** `lang` and `dir` for content rendered in the bundle's language. */
export function localeAttributes(): {lang: SupportedLocale; dir: 'ltr' | 'rtl'} {
  return attributes;
}

function warnIfOther(tag: string, what: string) {
  if (tag && !isOwnLanguage(tag)) {
    warnOnce(
      `locale:${tag}`,
      `${what}: this bundle carries only ${sourceLocale}; showing ${sourceLocale}. Load dist/bone-mets-elements.js for every language.`
    );
  }
}

/** A one-language bundle cannot switch: another language warns and keeps showing its own. */
export async function setLocale(locale: string): Promise<void> {
  warnIfOther(String(locale), `setLocale("${String(locale)}")`);
}

/** Nothing to follow: the bundle shows its one language whatever `<html lang>` says. */
export async function followDocumentLanguage(): Promise<void> {}

let checked = false;

/** Which part of the messages an element shows (the one-language bundle carries all of them). */
export type MessageGroup = 'glossary' | 'article';

/** The locale elements show: the bundle's one language. */
export const intendedLocale = (): SupportedLocale => sourceLocale;

/** Nothing to load: resolves at once. The first call checks the page's language. */
export function localeReady(_groups?: readonly MessageGroup[]): Promise<void> {
  if (!checked && typeof document !== 'undefined') {
    checked = true;
    const documentTag = document.documentElement.lang.trim();
    warnIfOther(documentTag, `<html lang="${documentTag}">`);
  }
  return Promise.resolve();
}

/** The one language is always ready. */
export const isLocaleReady = (_groups?: readonly MessageGroup[]): boolean => {
  if (!checked) void localeReady();
  return true;
};
