// An element rendered in, or moved to, another document than the one our code
// was loaded in (a same-origin iframe; a window.open() popup works the same
// way): it renders, styled, instead of throwing "Sharing constructed stylesheets…".
import {expect} from '@open-wc/testing';
import '../src/all.js';
import type {LitElement} from 'lit';
import {articleSections} from './helpers/sections.js';
import {captureWarnings} from './helpers/helpers.js';

const tags = ['glossary-term', 'treatment-compare', 'bone-mets-article', ...articleSections];

/** Whether our stylesheet reached the element's shadow root: every element sets :host display or the term's underline. */
function styled(el: Element): boolean {
  const view = el.ownerDocument.defaultView!;
  if (el.localName === 'glossary-term') {
    return (
      view.getComputedStyle(el.shadowRoot!.querySelector('[part="term"]')!).textDecorationStyle === 'dotted'
    );
  }
  return view.getComputedStyle(el).display === 'block';
}

describe('elements in another document', () => {
  let frame: HTMLIFrameElement;
  let doc: Document;

  beforeEach(() => {
    frame = document.createElement('iframe');
    document.body.append(frame);
    doc = frame.contentDocument!;
  });
  afterEach(() => frame.remove());

  const create = (tag: string) => {
    const el = document.createElement(tag) as LitElement;
    if (tag === 'glossary-term') el.setAttribute('term', 'biopsy');
    el.textContent = tag === 'glossary-term' ? 'biopsy' : '';
    return el;
  };

  for (const tag of tags) {
    it(`<${tag}> renders styled when first connected in an iframe`, async () => {
      const el = create(tag);
      doc.body.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.childElementCount).to.be.greaterThan(0);
      expect(styled(el)).to.equal(true);
    });
  }

  it('says once that it shows the page language when moved into a document in another language', async () => {
    doc.documentElement.lang = 'es';
    const warnings = await captureWarnings(async () => {
      const els = [create('glossary-term'), create('bone-mets-signs')];
      doc.body.append(...els);
      await Promise.all(els.map((el) => el.updateComplete));
      expect(
        els[1].shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang'),
        'marked as shown'
      ).to.equal('en');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('lang="es"').and.contain('load the script in that document');
  });

  it('keeps its styles when moved into an iframe after rendering, and back', async () => {
    const els = tags.map(create);
    document.body.append(...els);
    await Promise.all(els.map((el) => el.updateComplete));
    doc.body.append(...els);
    for (const el of els) expect(styled(el), `<${el.localName}> in the iframe`).to.equal(true);
    document.body.append(...els);
    for (const el of els) expect(styled(el), `<${el.localName}> back`).to.equal(true);
    for (const el of els) el.remove();
  });

  it('shares one set of stylesheets between the elements of a document', async () => {
    const [a, b] = [create('glossary-term'), create('glossary-term')];
    doc.body.append(a, b);
    await Promise.all([a.updateComplete, b.updateComplete]);
    expect(a.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
    const [sa, sb] = [a.shadowRoot!.adoptedStyleSheets, b.shadowRoot!.adoptedStyleSheets];
    expect(sa.every((sheet, i) => sheet === sb[i])).to.equal(true);
  });

  it('renders without throwing in a document without a window, and is styled once moved into a page', async () => {
    const windowless = document.implementation.createHTMLDocument('');
    const el = create('bone-mets-sources');
    windowless.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="base"]')).to.exist;
    doc.body.append(el);
    expect(styled(el)).to.equal(true);
  });
});
