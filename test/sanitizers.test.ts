// A CMS that sanitizes what editors paste: DOMPurify with our allow-list keeps pre-rendered
// HTML readable and working; a sanitizer that strips our tags keeps the words inside them.
import {expect, waitUntil} from '@open-wc/testing';
import DOMPurify from 'dompurify';
import {domPurifyConfig} from '../src/allow-lists.js';

type Lit = HTMLElement & {updateComplete: Promise<boolean>};

/** A same-origin page with the every-language bundle, in Spanish. */
async function page() {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 900px; block-size: 700px';
  frame.src = new URL('./fixtures/one-language.html?locale=es&every', import.meta.url).href;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & {articleReady: Promise<unknown>};
  await win.articleReady;
  return {frame, win, doc: frame.contentDocument!};
}

describe('sanitizers', () => {
  it('DOMPurify with the allow-list keeps a pre-rendered fragment whole, and it works', async () => {
    const html = await (await fetch('/dist/static/es/bone-mets-signs.html')).text();
    const clean = DOMPurify.sanitize(html, domPurifyConfig) as string;
    expect(clean).to.contain('<template shadowrootmode="open">').and.contain('<style>');
    const {frame, doc} = await page();
    try {
      const slot = doc.createElement('div');
      // What a CMS does with saved HTML: parsed as a page would be, declarative shadow roots included.
      (slot as HTMLElement & {setHTMLUnsafe(html: string): void}).setHTMLUnsafe(clean);
      doc.body.append(slot);
      const signs = slot.querySelector<Lit>('bone-mets-signs')!;
      await waitUntil(() => signs.shadowRoot?.querySelector('[part="emergency"]'));
      await signs.updateComplete;
      const text = (signs.shadowRoot!.querySelector('[part="base"]') as HTMLElement).innerText;
      expect(text).to.contain('¿Cuáles son las señales de la metástasis ósea?');
      const term = signs.shadowRoot!.querySelector<Lit>('glossary-term')!;
      await term.updateComplete;
      expect(term.shadowRoot!.querySelector('button'), 'its words open definitions').to.exist;
    } finally {
      frame.remove();
    }
  });

  it('a sanitizer that strips our tags keeps the word written inside a term, and loses an empty one', () => {
    const strict = {ALLOWED_TAGS: ['p'], KEEP_CONTENT: true};
    const inside = DOMPurify.sanitize(
      '<p>Signs include <glossary-term term="hypercalcemia">high calcium</glossary-term>.</p>',
      strict
    );
    const empty = DOMPurify.sanitize(
      '<p>Signs include <glossary-term term="hypercalcemia"></glossary-term>.</p>',
      strict
    );
    expect(inside).to.equal('<p>Signs include high calcium.</p>');
    expect(empty).to.equal('<p>Signs include .</p>');
  });
});
