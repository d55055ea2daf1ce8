// dist/es/bone-mets-elements.js: a Spanish-only site's bundle, with the Spanish
// compiled in and no other language.
import {expect, fixture, html} from '@open-wc/testing';
import {captureWarnings} from './helpers/helpers.js';
import {deepQueryAll} from './helpers/sections.js';

type Bundle = typeof import('../src/index.js');

describe('dist/es/bone-mets-elements.js', () => {
  let bundle: Bundle;
  before(async () => {
    bundle = (await import(new URL('../dist/es/bone-mets-elements.js', import.meta.url).href)) as Bundle;
  });

  it('carries Spanish only, whatever the page language', async () => {
    expect(bundle.allLocales).to.deep.equal(['es']);
    expect(bundle.getLocale()).to.equal('es');
    const warnings = await captureWarnings(() => bundle.setLocale('fr'));
    expect(bundle.getLocale()).to.equal('es');
    expect(warnings.join()).to.contain('showing es');
  });

  it('keeps Spanish on a page in another language, and says so once', async () => {
    const warnings = await captureWarnings(async () => {
      await bundle.setLocale('es-MX');
      await bundle.setLocale('zh-TW');
      await bundle.setLocale('zh-TW');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('setLocale("zh-TW")').and.contain('only es');
    expect(bundle.matchLocale('fr')).to.equal('es');
    expect(bundle.localeDirection('ar')).to.equal('rtl');
  });

  it('renders the article in Spanish, marked lang="es"', async () => {
    const el = await fixture(html`<bone-mets-article></bone-mets-article>`);
    await new Promise((r) => setTimeout(r, 200));
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(base.getAttribute('lang')).to.equal('es');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.match(/^Metástasis ósea/);
    const signs = el.shadowRoot!.querySelector('bone-mets-signs')!;
    expect(signs.shadowRoot!.querySelector('h3')!.textContent).to.equal(
      '¿Cuáles son las señales de la metástasis ósea?'
    );
    // Messages with values keep them in the translated order.
    const sources = el.shadowRoot!.querySelector('bone-mets-sources')!;
    expect(sources.shadowRoot!.textContent).to.contain('Bone Metastases');
    // No English sentence is left anywhere.
    const text = deepQueryAll(el.shadowRoot!, '[part="base"]')
      .map((b) => (b as HTMLElement).innerText)
      .join(' ');
    expect(text).to.not.contain('Ask your care team');
    await expect(el).to.be.accessible();
  });

  it('opens a Spanish definition', async () => {
    const term = await fixture(html`<glossary-term term="osteoclast">osteoclastos</glossary-term>`);
    await (term as unknown as {show(): Promise<void>}).show();
    await new Promise((r) => setTimeout(r, 50));
    expect(term.shadowRoot!.querySelector('[part="definition"]')!.textContent!.trim()).to.equal(
      'Una célula ósea que desgasta el hueso.'
    );
  });
});
