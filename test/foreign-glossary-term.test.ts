// A page where another library owns <glossary-term>: our article renders its
// words with that element and must not write our properties onto it.
import {expect} from '@open-wc/testing';
import {captureWarnings} from './helpers/helpers.js';
import {deepQueryAll} from './helpers/sections.js';

const written: string[] = [];

class SomeoneElsesTerm extends HTMLElement {
  set plain(value: unknown) {
    written.push(`plain=${String(value)}`);
  }
}

describe("<bone-mets-article> next to another library's <glossary-term>", () => {
  it("leaves the other library's elements untouched", async () => {
    customElements.define('glossary-term', SomeoneElsesTerm);
    const warnings = await captureWarnings(async () => {
      await import('../src/components/bone-mets-article/bone-mets-article.define.js');
    });
    expect(warnings.join()).to.contain('<glossary-term> is already defined');
    const el = document.createElement('bone-mets-article') as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    document.body.append(el);
    try {
      await el.updateComplete;
      const terms = deepQueryAll(el.shadowRoot!, 'glossary-term');
      expect(terms.length).to.be.greaterThan(30);
      expect(terms.every((t) => t instanceof SomeoneElsesTerm)).to.equal(true);
      expect(written).to.deep.equal([]);
      expect(terms.filter((t) => t.hasAttribute('plain'))).to.deep.equal([]);
    } finally {
      el.remove();
    }
  });
});
