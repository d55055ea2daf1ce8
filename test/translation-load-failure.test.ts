// A translation file that does not arrive (a CDN missing one chunk, a proxy that blocks it):
// the page still reads, in English, with one warning saying why, and other languages still load.
// Its own test file, so its own page: the broken loader is seen by no other test.
import {expect, fixture, html} from '@open-wc/testing';
import '../src/components/bone-mets-signs/bone-mets-signs.define.js';
import '../src/components/glossary-term/glossary-term.define.js';
import type {BoneMetsSigns} from '../src/components/bone-mets-signs/bone-mets-signs.js';
import type {GlossaryTerm} from '../src/components/glossary-term/glossary-term.js';
import {localeChunks} from '../src/locale-modules.js';
import {followDocumentLanguage, getLocale, localeReady} from '../src/localization.js';
import {captureWarnings} from './helpers/helpers.js';

const heading = (el: BoneMetsSigns) => el.shadowRoot!.querySelector('[part="base"] > h2')!;

describe('a translation that fails to load', () => {
  const root = document.documentElement;
  const vietnamese = localeChunks.vi;
  before(() => {
    // The article chunk is missing; the glossary chunk would load.
    localeChunks.vi = {
      glossary: vietnamese.glossary,
      article: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    };
  });
  after(async () => {
    localeChunks.vi = vietnamese;
    root.lang = 'en';
    await followDocumentLanguage();
  });

  it('shows English, marked as English, with one warning naming the language', async () => {
    let signs!: BoneMetsSigns;
    let term!: GlossaryTerm;
    const warnings = await captureWarnings(async () => {
      root.lang = 'vi';
      signs = await fixture<BoneMetsSigns>(html`<bone-mets-signs></bone-mets-signs>`);
      term = await fixture<GlossaryTerm>(html`<glossary-term term="bone-marrow">tủy xương</glossary-term>`);
      await localeReady();
      await signs.updateComplete;
    });
    expect(warnings.filter((w) => w.includes('vi translation'))).to.have.length(1);
    expect(warnings[0]).to.contain('showing English');
    expect(getLocale()).to.equal('en');
    expect(heading(signs).textContent).to.equal('What are the signs of bone metastasis?');
    expect(signs.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
    // The page's own word stays in its sentence, and the term still works.
    expect(term.textContent!.trim()).to.equal('tủy xương');
    expect(term.shadowRoot!.querySelector('button, [part="term"]')).to.exist;
  });

  it('still loads another language the page switches to', async () => {
    const signs = await fixture<BoneMetsSigns>(html`<bone-mets-signs></bone-mets-signs>`);
    root.lang = 'es';
    await localeReady();
    await signs.updateComplete;
    expect(getLocale()).to.equal('es');
    expect(signs.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('es');
    expect(heading(signs).textContent).not.to.equal('What are the signs of bone metastasis?');
  });
});
