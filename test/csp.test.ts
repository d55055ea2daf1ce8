// The Content-Security-Policy a page needs beyond `script-src 'self'; style-src 'self'`,
// as the README documents it, each case on a fixture page served with that header.
import {expect, waitUntil} from '@open-wc/testing';

interface ProbeWindow extends Window {
  cspViolations: string[];
  trustedTypePolicies: string[];
  trustedTypes?: unknown;
}

type Updating = HTMLElement & {updateComplete: Promise<boolean>};

/** Loads a fixture page in an iframe and waits until its article has rendered and linked its words. */
async function load(page: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 800px; block-size: 600px';
  frame.src = new URL(`./fixtures/${page}`, import.meta.url).href;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as ProbeWindow & typeof globalThis;
  const doc = frame.contentDocument!;
  await win.customElements.whenDefined('bone-mets-article');
  const article = doc.querySelector<Updating>('bone-mets-article')!;
  await waitUntil(() => article.shadowRoot?.querySelector('bone-mets-signs'), 'article renders', {
    timeout: 5000,
  });
  await article.updateComplete;
  return {frame, win, doc, article};
}

/** Opens the page's first term, so the toggletip's templates are made too. */
async function openTerm(doc: Document) {
  const term = doc.querySelector<Updating & {show(): Promise<void>}>('glossary-term')!;
  await term.show();
  await waitUntil(() => term.shadowRoot!.querySelector('[part="definition"]')?.textContent!.trim(), 'opens');
  return term;
}

describe('Content-Security-Policy', () => {
  it("renders under require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates', loaded twice", async () => {
    const {frame, win, doc, article} = await load('trusted-types.html');
    try {
      await openTerm(doc);
      expect(win.cspViolations).to.deep.equal([]);
      if (win.trustedTypes) {
        // The page does enforce Trusted Types: a plain string is refused where HTML is parsed.
        expect(() => (doc.createElement('div').innerHTML = '<b>x</b>')).to.throw();
        // Lit's one policy, once from each copy of the script: nothing else to allow.
        expect(win.trustedTypePolicies).to.deep.equal(['lit-html', 'lit-html']);
      }
      expect(article.shadowRoot!.querySelectorAll('[part="section"]').length).to.equal(8);
    } finally {
      frame.remove();
    }
  });

  describe('without constructable stylesheets', () => {
    it("is styled through window.litNonce and style-src 'nonce-…'", async () => {
      const {frame, win, doc, article} = await load('no-constructable.html?nonce');
      try {
        expect('adoptedStyleSheets' in win.ShadowRoot.prototype).to.equal(false);
        const term = doc.querySelector('glossary-term')!;
        // Lit wrote <style> elements, and the page's CSP let them apply.
        expect(term.shadowRoot!.querySelector('style')!.nonce).to.equal('bm-fixture');
        const word = term.shadowRoot!.querySelector('[part="term"]')!;
        expect(win.getComputedStyle(word).textDecorationStyle).to.equal('dotted');
        expect(win.getComputedStyle(article).display).to.equal('block');
        await openTerm(doc);
        expect(win.cspViolations).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });

    it('still shows every word when the page lets no <style> through', async () => {
      const {frame, win, doc, article} = await load('no-constructable.html');
      try {
        // The CSP blocked our styles (WebKit blocks them without reporting to the document).
        expect(win.getComputedStyle(article).display).to.equal('inline');
        expect(win.cspViolations.every((v) => v.startsWith('style-src'))).to.equal(true);
        // Unstyled, yet readable: the text is all there and visible, and a word still opens its definition.
        const text = [...article.shadowRoot!.querySelectorAll('[part="section"] > *')]
          .map((section) => section.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!.innerText)
          .join('\n');
        expect(text).to.contain('What is bone metastasis?');
        expect(text.length).to.be.greaterThan(3000);
        const term = await openTerm(doc);
        expect(
          term.shadowRoot!.querySelector<HTMLElement>('[part="definition"]')!.checkVisibility()
        ).to.equal(true);
      } finally {
        frame.remove();
      }
    });
  });
});
