// Tests the built single file, as a hospital page loads it with one script tag.
import {expect, fixture, html} from '@open-wc/testing';
import {captureWarnings} from './helpers/helpers.js';

type Bundle = typeof import('../src/index.js');
const bundleUrl = new URL('../dist/bone-mets-elements.js', import.meta.url).href;

describe('dist/bone-mets-elements.js', () => {
  let bundle: Bundle;
  before(async () => {
    bundle = (await import(bundleUrl)) as Bundle;
  });

  it('registers every element and exports the locale API', () => {
    expect(customElements.get('glossary-term')).to.equal(bundle.GlossaryTerm);
    expect(bundle.allLocales).to.include.members(['en', 'es']);
    expect(bundle.getLocale()).to.equal('en');
    expect(typeof bundle.setLocale).to.equal('function');
  });

  it('renders a term from the bundle in Spanish', async () => {
    await bundle.setLocale('es-MX');
    const el = await fixture(html`<glossary-term term="osteoblast"></glossary-term>`);
    expect(el.shadowRoot!.textContent!.trim()).to.equal('osteoblasto');
    await bundle.setLocale('en');
  });

  it('does not throw or warn when the same bundle loads again from another URL', async () => {
    const warnings = await captureWarnings(async () => {
      const second = (await import(`${bundleUrl}?copy=2`)) as Bundle;
      expect(second.GlossaryTerm).to.not.equal(bundle.GlossaryTerm);
    });
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('glossary-term')).to.equal(bundle.GlossaryTerm);
  });
});
