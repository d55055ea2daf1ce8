// Many sites reset the root font size (html {font-size: 62.5%}, so 1rem = 10px)
// and size their text in rem. Our text follows the page's text, never the root:
// nothing, open definitions included, is smaller than the text around the element.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../src/components/bone-mets-article/bone-mets-article.define.js';
import type {BoneMetsArticle} from '../src/components/bone-mets-article/bone-mets-article.js';
import type {GlossaryTerm} from '../src/components/glossary-term/glossary-term.js';
import {deepQueryAll} from './helpers/sections.js';

const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);

describe('a page with html {font-size: 62.5%}', () => {
  before(() => {
    document.documentElement.style.fontSize = '62.5%';
    document.body.style.fontSize = '1.8rem';
  });
  after(() => {
    document.documentElement.style.fontSize = '';
    document.body.style.fontSize = '';
  });

  it('shows an open definition at the size of its sentence', async () => {
    const p = await fixture(html`<p>Ask about a <glossary-term term="biopsy">biopsy</glossary-term>.</p>`);
    const term = p.querySelector<GlossaryTerm>('glossary-term')!;
    await term.show();
    const tip = term.shadowRoot!.querySelector('[part="definition"]')!;
    await waitUntil(() => tip.textContent!.trim(), 'definition shows', {timeout: 2000});
    expect(px(tip)).to.equal(px(p));
    expect(px(p)).to.equal(18);
    term.hide();
  });

  it('draws no text of the article smaller than the page text', async () => {
    const el = await fixture<BoneMetsArticle>(html`<bone-mets-article></bone-mets-article>`);
    await el.updateComplete;
    const text = deepQueryAll<HTMLElement>(el.shadowRoot!, '*').filter(
      (e) =>
        !e.closest('svg') &&
        e.checkVisibility() &&
        [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())
    );
    expect(text.length).to.be.greaterThan(100);
    for (const e of text) expect(px(e), `<${e.localName}> ${e.textContent!.slice(0, 40)}`).to.be.at.least(18);
  });
});
