// A page where another library took our tag first.
import {expect} from '@open-wc/testing';
import {captureWarnings} from './helpers/helpers.js';

class SomeoneElsesTerm extends HTMLElement {}

describe('registration next to another library', () => {
  it('warns once, does not throw and leaves the other element working', async () => {
    customElements.define('glossary-term', SomeoneElsesTerm);
    const warnings = await captureWarnings(async () => {
      await import(new URL('../dist/bone-mets-elements.js', import.meta.url).href);
      await import(new URL('../dist/bone-mets-elements.js?again', import.meta.url).href);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<glossary-term> is already defined');
    expect(customElements.get('glossary-term')).to.equal(SomeoneElsesTerm);
  });
});
