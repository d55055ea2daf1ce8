// Checks every section element shares: heading levels, lang/dir, glossary links, a11y in both locales.
import {expect, fixture} from '@open-wc/testing';
import {tags} from '../../src/internal/tags.js';
import {glossaryEntry} from '../../src/content/glossary.js';
import {setLocale} from '../../src/localization.js';
import {captureWarnings} from './helpers.js';

/** The section elements of <bone-mets-article>, in the article's order. */
export const articleSections = tags.filter(
  (tag) => !['bone-mets-article', 'treatment-compare', 'glossary-term'].includes(tag)
);

/** Every element below `root`, looking inside shadow roots. */
export function deepQueryAll<T extends Element = Element>(root: ParentNode, selector: string): T[] {
  const found: T[] = [...root.querySelectorAll<T>(selector)];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) found.push(...deepQueryAll<T>(el.shadowRoot, selector));
  }
  return found;
}

/** The text a reader sees, including shadow DOM and slotted content. */
export function visibleText(el: HTMLElement): string {
  return el.shadowRoot
    ? (el.shadowRoot.querySelector('[part="base"]') as HTMLElement).innerText
    : el.innerText;
}

export async function render<T extends HTMLElement>(tag: string, attributes = ''): Promise<T> {
  return fixture<T>(`<${tag} ${attributes}></${tag}>`);
}

export function sectionChecks(tag: string) {
  describe(`${tag}: shared section behaviour`, () => {
    afterEach(() => setLocale('en'));

    it('starts with an h2 by default and follows heading-level', async () => {
      const el = await render(tag);
      expect(el.shadowRoot!.querySelector('[part="base"] > h2')).to.exist;
      const deeper = await render(tag, 'heading-level="4"');
      const headings = [...deeper.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(
        (h) => h.tagName
      );
      expect(headings[0]).to.equal('H4');
      expect(headings).to.not.include.members(['H1', 'H2', 'H3']);
    });

    it('warns once and uses level 2 for a malformed heading-level', async () => {
      const warnings = await captureWarnings(() => render(tag, 'heading-level="nine"'));
      expect(warnings.join()).to.contain('heading-level="nine"');
      const el = document.querySelector(`${tag}[heading-level]`)!;
      expect(el.shadowRoot!.querySelector('[part="base"] > h2')).to.exist;
    });

    it('links only glossary terms that exist', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await render(tag);
        const terms = deepQueryAll(el.shadowRoot!, 'glossary-term');
        for (const term of terms) {
          const key = term.getAttribute('term')!;
          expect(glossaryEntry(key), `glossary key "${key}" used by ${tag}`).to.exist;
        }
      });
      expect(warnings).to.deep.equal([]);
    });

    for (const locale of ['en', 'es']) {
      it(`renders in ${locale} with lang and dir, and is accessible`, async () => {
        await setLocale(locale);
        const el = await render(tag);
        const base = el.shadowRoot!.querySelector('[part="base"]')!;
        expect(base.getAttribute('lang')).to.equal(locale);
        expect(base.getAttribute('dir')).to.equal('ltr');
        expect(visibleText(el).length).to.be.greaterThan(40);
        await expect(el).to.be.accessible();
      });
    }

    // Spanish is an unreviewed draft (locales/status.json): say so at the top, in Spanish; English never does.
    it('shows the unreviewed-translation notice at its top in a translation, never in English', async () => {
      const notices = (el: Element) =>
        deepQueryAll<HTMLElement>(el.shadowRoot!, '[part="translation-notice"]');
      const english = await render(tag);
      expect(notices(english)).to.deep.equal([]);
      await setLocale('es');
      const el = await render(tag);
      const [notice, ...more] = notices(el);
      expect(more, 'one notice').to.deep.equal([]);
      expect(notice.parentElement!.getAttribute('part')).to.equal('base');
      expect(notice.parentElement!.firstElementChild).to.equal(notice);
      expect(notice.closest('[lang]')!.getAttribute('lang')).to.equal('es');
      expect(notice.getAttribute('role')).to.equal('note');
      expect(notice.innerText.trim()).to.not.equal('');
      await expect(el).to.be.accessible();
    });
  });
}
