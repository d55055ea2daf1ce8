import {LOCALE_STATUS_EVENT} from '@lit/localize';
import {expect, fixture, html} from '@open-wc/testing';
import '../src/components/glossary-term/glossary-term.define.js';
import type {GlossaryTerm} from '../src/components/glossary-term/glossary-term.js';
import {
  followDocumentLanguage,
  getLocale,
  localeDirection,
  matchLocale,
  setLocale,
} from '../src/localization.js';
import {captureWarnings, localeReady} from './helpers/helpers.js';

const nameOf = (el: GlossaryTerm) => el.shadowRoot!.querySelector('slot span');

describe('localization', () => {
  const html_ = document.documentElement;
  afterEach(async () => {
    html_.lang = 'en';
    await followDocumentLanguage();
  });

  describe('negotiation', () => {
    const table: Array<[string, string]> = [
      ['en', 'en'],
      ['en-US', 'en'],
      ['es', 'es'],
      ['es-MX', 'es'],
      ['es-US', 'es'],
      ['es-419', 'es'],
      ['ES-mx', 'es'],
      // Underscore forms some CMSs write.
      ['es_MX', 'es'],
      ['pt_BR', 'pt'],
      ['zh_TW', 'zh-Hant'],
      ['de-DE', 'en'],
      ['', 'en'],
      ['not a tag!', 'en'],
    ];
    for (const [tag, expected] of table) {
      it(`matches "${tag}" to ${expected}`, () => expect(matchLocale(tag)).to.equal(expected));
    }
    it('knows the writing direction', () => {
      expect(localeDirection('es')).to.equal('ltr');
      expect(localeDirection('ar')).to.equal('rtl');
      expect(localeDirection('he-IL')).to.equal('rtl');
    });
  });

  describe('following <html lang>', () => {
    it('switches live when the page language changes', async () => {
      const el = await fixture<GlossaryTerm>(html`<glossary-term term="bone-marrow"></glossary-term>`);
      expect(nameOf(el)!.textContent).to.equal('bone marrow');
      const ready = localeReady();
      html_.lang = 'es-MX';
      await ready;
      await el.updateComplete;
      expect(getLocale()).to.equal('es');
      expect(nameOf(el)!.textContent).to.equal('médula ósea');
      expect(nameOf(el)!.getAttribute('lang')).to.equal('es');
    });

    it('falls back to English with one warning for a language it lacks', async () => {
      const spanish = localeReady();
      html_.lang = 'es';
      await spanish;
      const warnings = await captureWarnings(async () => {
        const ready = localeReady();
        html_.lang = 'xx-YY';
        await ready;
      });
      expect(getLocale()).to.equal('en');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('xx-YY');
    });

    it('lets setLocale() override the page language', async () => {
      await setLocale('es-419');
      expect(getLocale()).to.equal('es');
      const loading: string[] = [];
      const onStatus = (event: Event) => loading.push((event as CustomEvent<{status: string}>).detail.status);
      window.addEventListener(LOCALE_STATUS_EVENT, onStatus);
      // Our observer is created after the library's, so by the time it runs the library has seen the change.
      await new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => (observer.disconnect(), resolve()));
        observer.observe(html_, {attributes: true});
        html_.lang = 'en';
      });
      window.removeEventListener(LOCALE_STATUS_EVENT, onStatus);
      expect(loading, 'no language is loaded').to.deep.equal([]);
      expect(getLocale()).to.equal('es');
    });

    it('warns once and shows English for an unknown setLocale() locale', async () => {
      const warnings = await captureWarnings(() => setLocale('klingon'));
      expect(getLocale()).to.equal('en');
      expect(warnings.join()).to.contain('klingon');
    });
  });
});
