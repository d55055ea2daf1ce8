/**
 * Server rendering (Node only): `import {renderElement} from 'bone-mets-elements/server'`.
 *
 * Renders any of our elements to HTML with Lit's own SSR: each element's shadow
 * root as Declarative Shadow DOM (nested ones included), in the locale asked
 * for, readable before and without any script. With the bundle on the page,
 * the elements hydrate: they become interactive without re-creating their content.
 */
/// <reference types="node" />
import {AsyncLocalStorage} from 'node:async_hooks';
import {LitElementRenderer, render} from '@lit-labs/ssr';
import {GlossaryTerm} from '../components/glossary-term/glossary-term.js';
import {glossaryEntry} from '../content/glossary.js';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {configureReentrantLocalization} from '@lit/localize/init/reentrant.js';
import type {LocaleModule} from '@lit/localize';
import {html, unsafeStatic} from 'lit/static-html.js';
import {html as litHtml} from 'lit';
import '../all.js';
import {localeChunks} from '../locale-modules.js';
import {
  allLocales,
  localeDirection,
  matchLocale,
  sourceLocale,
  targetLocales,
  useServerLocale,
  type SupportedLocale,
} from '../localization.js';
import {warnOnce} from '../internal/warn.js';
import {typesOfMets} from '../content/types-of-mets.js';
import {version} from '../generated/version.js';
import {tags, type Tag} from '../internal/tags.js';

export {tags, type Tag};

/** What to render. */
export interface RenderOptions {
  /** Any BCP 47 tag (es-MX renders Spanish); unknown languages warn and render English. Default: English. */
  locale?: string;
  /** The element's attributes, e.g. `{'care-phone': '215-555-0100', 'heading-level': 3}`. */
  attributes?: Record<string, string | number | boolean | null | undefined>;
  /** Plain text inside the element: for `<glossary-term>`, the word as the sentence writes it. */
  text?: string;
}

const storage = new AsyncLocalStorage<SupportedLocale>();

// A glossary word is written as its plain words, with no shadow root: without JavaScript
// that is what it shows anyway, and an article's 60-odd words then carry no style block and
// no template each (a lighter page, faster to parse). In the browser each becomes a
// definition button when the script runs; nothing there needs hydrating.
LitElementRenderer.renderOptions.push((element) =>
  element instanceof GlossaryTerm ? {disableSsr: true} : undefined
);

/** Every translation, loaded once: the server renders many locales at once, synchronously. */
const translations = (async () => {
  const loaded = await Promise.all(
    targetLocales.map(async (locale) => {
      const chunks = await Promise.all(Object.values(localeChunks[locale]).map((load) => load()));
      const templates = Object.assign({}, ...chunks.map((chunk) => chunk.templates));
      return [locale, {templates} as LocaleModule] as const;
    })
  );
  const byLocale = new Map(loaded);
  configureReentrantLocalization({
    sourceLocale,
    targetLocales: [...targetLocales],
    getLocale: () => storage.getStore() ?? sourceLocale,
    loadLocaleSync: (locale) => byLocale.get(locale),
  });
  useServerLocale(() => storage.getStore());
})();

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** ` name="value"` for each attribute worth writing; names that are not plain attribute names warn. */
function attributeString(attributes: RenderOptions['attributes'] = {}): string {
  return Object.entries(attributes)
    .filter(([name, value]) => {
      if (!/^[a-z][a-z0-9-]*$/.test(name)) {
        warnOnce(`ssr-attribute:${name}`, `renderElement(): "${name}" is not an attribute name; left out.`);
        return false;
      }
      return value !== null && value !== undefined && value !== false;
    })
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`))
    .join('');
}

/**
 * The HTML of one element, rendered in `locale` with its shadow roots as
 * Declarative Shadow DOM. Resolves to a string; an unknown tag rejects.
 */
export async function renderElement(tag: Tag, options: RenderOptions = {}): Promise<string> {
  if (!tags.includes(tag)) {
    throw new TypeError(
      `renderElement(): <${String(tag)}> is not one of ours. Use one of: ${tags.join(', ')}.`
    );
  }
  await translations;
  const requested = options.locale ?? sourceLocale;
  const locale = matchLocale(requested);
  if (options.locale && matchLocale(requested) === sourceLocale && !/^en\b/i.test(requested)) {
    warnOnce(
      `ssr-locale:${requested}`,
      `renderElement(): no translation for "${requested}"; rendering English.`
    );
  }
  // A word on its own needs its words inside (see above): by default, the term's name.
  const text =
    options.text ??
    (tag === 'glossary-term'
      ? storage.run(locale, () => glossaryEntry(String(options.attributes?.term ?? ''))?.name())
      : undefined);
  const name = unsafeStatic(tag);
  // Static (lit/static-html.js) tag names: lit's linter cannot see that they are valid.
  /* eslint-disable lit/binding-positions, lit/no-invalid-html */
  const template = html`<${name}${unsafeStatic(attributeString(options.attributes))}>${unsafeStatic(
    escapeText(text ?? '')
  )}</${name}>`;
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
  return valid(await storage.run(locale, () => collectResult(render(template))));
}

/**
 * Lit's server output, made valid HTML with the same DOM: `<?>` (a marker the parser
 * turns into a comment "?", with a parse error) written as that comment, and without the
 * `shadowroot` attribute that only pre-2023 Chromium read (`shadowrootmode` is the standard).
 */
const valid = (html: string) => html.replaceAll('<?>', '<!--?-->').replaceAll(' shadowroot="open"', '');

/**
 * A fragment a CMS can paste: `<tag>` (for <glossary-term>, a sample sentence with
 * medical words) rendered in `locale`, inside a `<div>` that carries the language's
 * `lang` and `dir`, after a comment that says what it is. No <html> or <head>.
 */
export async function renderFragment(tag: Tag, options: Omit<RenderOptions, 'text'> = {}): Promise<string> {
  const locale = matchLocale(options.locale ?? sourceLocale);
  const body =
    tag === 'glossary-term' ? await renderSample(locale) : await renderElement(tag, {...options, locale});
  const comment =
    `<!-- bone-mets-elements ${version}: <${tag}> pre-rendered in ${locale}. It reads without ` +
    'JavaScript; with the bone-mets-elements script on the page it becomes interactive. -->';
  return `${comment}\n<div lang="${locale}" dir="${localeDirection(locale)}">\n${body}\n</div>\n`;
}

/** A sentence from the article with its medical words, for the <glossary-term> fragment. */
async function renderSample(locale: SupportedLocale): Promise<string> {
  await translations;
  return storage
    .run(locale, () => {
      const sentences = typesOfMets().intro.slice(0, 3);
      return collectResult(
        render(litHtml`<p>${sentences.map((sentence, i) => litHtml`${i ? ' ' : ''}${sentence}`)}</p>`)
      );
    })
    .then(valid);
}

export {allLocales, localeDirection, matchLocale};
