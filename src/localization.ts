/**
 * The one place that configures @lit/localize.
 *
 * Importing this module does nothing: the first element to render (or the
 * first call below) starts following `<html lang>`, which then changes live,
 * until a page calls `setLocale()` to override it. Elements wait for the page's
 * language before their first render (see BoneMetsElement), so a Spanish page
 * never shows English first. How translations arrive is up to the build: the
 * script-tag bundle carries them all; a bundler loads one language's module
 * when it is first needed (src/locale-modules.ts).
 */
import {configureLocalization, LOCALE_STATUS_EVENT} from '@lit/localize';
import {sourceLocale} from './generated/locale-codes.js';
import {version} from './generated/version.js';
import {localeChunks, type MessageGroup} from './locale-modules.js';
import {warnOnce} from './internal/warn.js';
import {
  directionOf,
  languageOf as language,
  parseLocale as parse,
  type LocaleTag,
} from './internal/locale-tags.js';
import {shownBuild, type Build} from './internal/builds.js';

/** A locale this build carries: English plus every translation in it. */
export type SupportedLocale = string;

/** The locales of this build's translations. */
export const targetLocales: readonly SupportedLocale[] = Object.keys(localeChunks);
/** English first, then every translation of this build. */
export const allLocales: readonly SupportedLocale[] = [sourceLocale, ...targetLocales];
export {sourceLocale, LOCALE_STATUS_EVENT, version};

// Pseudo-locales (en-XA, ar-XB) exist only in test and demo builds, and only
// answer to their exact tag: en-US must never turn into accented English.
const pseudoLocales = new Set(['en-XA', 'ar-XB']);

export type {MessageGroup};

/** The message groups some element on the page has needed so far. */
const wanted = new Set<MessageGroup>();
/** Per locale, the templates loaded so far (one object @lit/localize keeps) and from which groups. */
const loaded = new Map<string, {templates: Record<string, unknown>; groups: Set<MessageGroup>}>();

/** Loads the chunks of `locale` that `groups` need and have not been loaded yet, into its one templates object. */
async function loadGroups(locale: SupportedLocale, groups: Iterable<MessageGroup>) {
  let entry = loaded.get(locale);
  if (!entry) loaded.set(locale, (entry = {templates: {}, groups: new Set()}));
  const chunks = localeChunks[locale];
  const missing = [...groups].filter((group) => !entry.groups.has(group));
  const modules = await Promise.all(missing.map((group) => chunks[group]()));
  modules.forEach(({templates}, i) => {
    Object.assign(entry.templates, templates);
    entry.groups.add(missing[i]);
  });
  return entry;
}

let runtime: ReturnType<typeof configureLocalization> | undefined;
/** @lit/localize, configured the first time a language is needed. */
const localize = () =>
  (runtime ??= configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: async (locale) => ({templates: (await loadGroups(locale, wanted)).templates}) as never,
  }));

let serverLocale: (() => SupportedLocale | undefined) | undefined;

/**
 * Server rendering only (src/server/): where the locale of the render in progress
 * comes from, since a server renders many locales at once. Not part of the browser API.
 * @internal
 */
export function useServerLocale(locale: () => SupportedLocale | undefined): void {
  serverLocale = locale;
}

/** This build's locale, whatever another copy of the library on the page shows. */
const ownLocale = (): SupportedLocale => serverLocale?.() ?? (runtime ? runtime.getLocale() : sourceLocale);

/**
 * This copy of the library, as another copy on the same page sees it.
 * @internal
 */
export const build: Build = {version, locales: allLocales, locale: ownLocale};

let maximized: Map<string, LocaleTag> | undefined;

/**
 * Best supported locale for a BCP 47 tag, by the platform's Intl.Locale:
 * an exact match first, then the same language in the same script
 * (es-MX -> es, zh-TW -> zh-Hant, fil -> tl, pt_BR -> pt). Anything else is English.
 */
export function matchLocale(tag: string | null | undefined): SupportedLocale {
  const requested = typeof tag === 'string' ? parse(tag) : undefined;
  if (!requested) return sourceLocale;
  const exact = allLocales.find((l) => l.toLowerCase() === requested.toString().toLowerCase());
  if (exact) return exact;
  const want = requested.maximize();
  maximized ??= new Map(allLocales.map((l) => [l, parse(l)!.maximize()] as const));
  const sameScript = allLocales.find((l) => {
    if (pseudoLocales.has(l)) return false;
    const have = maximized!.get(l)!;
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
// Every element asks on every render: a page of 1000 terms must not parse 1000 tags.
const directions = new Map<string, 'ltr' | 'rtl'>();

/** Whether `tag` asks for another language than `locale` (an unparsable tag does). */
function differentLanguage(tag: string, locale: string): boolean {
  const requested = parse(tag);
  return !requested || language(requested) !== language(parse(locale)!);
}

/**
 * The locale the elements on the page are shown in. When another copy of the
 * library registered the elements first, that copy decides, and it answers.
 */
export function getLocale(): SupportedLocale {
  const shown = shownBuild();
  return shown && shown !== build ? shown.locale() : ownLocale();
}

/**
 * `lang` and `dir` for content rendered in this build's active locale.
 * @internal
 */
export function localeAttributes(): {lang: SupportedLocale; dir: 'ltr' | 'rtl'} {
  const lang = ownLocale();
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

let followDocument = true;
let observing = false;
/** The latest language load (the page's or setLocale()'s); undefined until the first. */
let current: Promise<void> | undefined;
/** Whether that load has finished. */
let settled = false;

/** The locale of the latest load asked for. */
let requested: SupportedLocale | undefined;

/**
 * The locale elements are about to show: the one loading, or else the one shown. Starts following the page.
 * @internal
 */
export function intendedLocale(): SupportedLocale {
  start();
  return requested ?? ownLocale();
}

/** Loads `locale`; a translation that fails to load (a missing file on a CDN) falls back to English. */
function load(locale: SupportedLocale): Promise<void> {
  settled = false;
  requested = locale;
  const loading = (current = localize()
    .setLocale(locale)
    .catch((error: unknown) => {
      warnOnce(
        `load:${locale}`,
        `Could not load the ${locale} translation (${String(error)}); showing English.`
      );
      requested = sourceLocale;
      return localize().setLocale(sourceLocale);
    })
    .then(() => {
      if (current === loading) settled = true;
    }));
  return loading;
}

/** Starts following `<html lang>` the first time a language is needed. */
function start() {
  if (observing || typeof document === 'undefined') return;
  observing = true;
  new MutationObserver(() => {
    if (followDocument) void load(documentLocale());
  }).observe(document.documentElement, {attributes: true, attributeFilter: ['lang']});
  if (followDocument) void load(documentLocale());
}

/** Whether `group`'s messages are in place for the locale being shown (English always is). */
function hasGroup(group: MessageGroup): boolean {
  const locale = ownLocale();
  return locale === sourceLocale || !!loaded.get(locale)?.groups.has(group);
}

/**
 * Resolves once the page's language (or the one `setLocale()` chose) is loaded
 * with the messages of `groups`. The first call starts following `<html lang>`.
 * Elements await it before their first render, so a Spanish page never shows
 * English first; hosts rarely need to.
 */
export async function localeReady(groups: readonly MessageGroup[] = ['glossary', 'article']): Promise<void> {
  for (const group of groups) wanted.add(group);
  start();
  // A language switch may start meanwhile: check again until what is shown has the groups.
  while (current) {
    const settling = current;
    await settling;
    const locale = ownLocale();
    if (locale !== sourceLocale) await loadGroups(locale, groups);
    if (settling === current) return;
  }
}

/**
 * Whether `groups` can render now, without waiting for a language to load.
 * @internal
 */
export function isLocaleReady(groups: readonly MessageGroup[] = ['glossary', 'article']): boolean {
  return settled && groups.every(hasGroup);
}

/**
 * Show every element in `locale` (any BCP 47 tag: es-MX shows Spanish) and stop
 * following `<html lang>`. Unknown locales warn and fall back to English.
 */
export async function setLocale(locale: string): Promise<void> {
  const match = matchLocale(locale);
  if (typeof locale !== 'string' || differentLanguage(locale, match)) {
    warnOnce(`locale:${String(locale)}`, `setLocale("${String(locale)}"): no translation; showing ${match}.`);
  }
  followDocument = false;
  start();
  await load(match);
}

/** Go back to following `<html lang>` after `setLocale()`. */
export async function followDocumentLanguage(): Promise<void> {
  followDocument = true;
  start();
  await load(documentLocale());
}
