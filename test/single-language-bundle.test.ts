// dist/es/bone-mets-elements.js: a Spanish-only site's bundle, with the Spanish
// compiled in and no other language.
import {expect, fixture, html} from '@open-wc/testing';
import {captureWarnings} from './helpers/helpers.js';
import {deepQueryAll} from './helpers/sections.js';
import {targetLocales} from '../src/generated/locale-codes.js';

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
    await (term as unknown as {updateComplete: Promise<boolean>}).updateComplete;
    expect(term.shadowRoot!.querySelector('[part="definition"]')!.textContent!.trim()).to.equal(
      'Una célula ósea que desgasta el hueso.'
    );
  });
});

// Every one-language bundle shows exactly what the every-language bundle shows in that language.
describe('every one-language bundle', () => {
  const open = async (query: string) => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'inline-size: 800px; block-size: 600px';
    frame.src = new URL(`./fixtures/one-language.html?${query}`, import.meta.url).href;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & {articleReady: Promise<string[]>};
    const locales = await win.articleReady;
    const root = win.document.querySelector('bone-mets-article')!.shadowRoot!;
    const text = deepQueryAll<HTMLElement>(root, '[part="base"]')
      .map((b) => b.innerText)
      .join('\n');
    return {frame, locales, base: root.querySelector('[part="base"]')!, text};
  };

  const locales = ['en', ...targetLocales.filter((l) => !/-X[AB]$/.test(l))];
  for (const locale of locales) {
    it(`dist/${locale}/ renders the article in ${locale} alone, as the every-language bundle does`, async () => {
      const one = await open(`locale=${locale}`);
      const every = await open(`locale=${locale}&every`);
      try {
        expect(one.locales).to.deep.equal([locale]);
        expect(one.base.getAttribute('lang')).to.equal(locale);
        expect(one.base.getAttribute('dir')).to.equal(every.base.getAttribute('dir'));
        expect(every.base.getAttribute('lang')).to.equal(locale);
        expect(one.text.length).to.be.greaterThan(5000);
        expect(one.text).to.equal(every.text);
      } finally {
        one.frame.remove();
        every.frame.remove();
      }
    });
  }
});
