// Older browsers: each lacks one platform feature. The text stays readable, no word is
// lost from its sentence, and nothing is blank.
import {expect, waitUntil} from '@open-wc/testing';

type Lit = HTMLElement & {updateComplete: Promise<boolean>};

async function openDegraded(missing: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 900px; block-size: 700px';
  frame.src = new URL(`./fixtures/degraded.html?missing=${missing}`, import.meta.url).href;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  return {
    frame,
    win: frame.contentWindow as Window & {probe: {errors: string[]}},
    doc: frame.contentDocument!,
  };
}

/** Text of the [part=base] of every element in a shadow tree, nested ones included. */
function shadowText(host: Element): string {
  const bases: string[] = [];
  const visit = (root: ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.getAttribute('part') === 'base') bases.push((el as HTMLElement).innerText);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return bases.join(' ');
}

describe('older browsers', () => {
  for (const missing of [
    'Intl.Locale',
    'Intl.ListFormat',
    'Object.hasOwn',
    'popover',
    'adoptedStyleSheets',
  ]) {
    it(`without ${missing}: the article reads in Spanish, every word stays in its sentence`, async () => {
      const {frame, win, doc} = await openDegraded(missing);
      try {
        await waitUntil(() => win.customElements.get('bone-mets-article'), 'defined', {timeout: 10000});
        const article = doc.querySelector<Lit>('bone-mets-article')!;
        await article.updateComplete;
        const compare = doc.querySelector<Lit>('treatment-compare')!;
        await compare.updateComplete;
        expect(shadowText(article).length, 'the article').to.be.greaterThan(8000);
        expect(shadowText(article)).to.contain('¿Cuáles son las señales de la metástasis ósea?');
        expect(doc.getElementById('sentence')!.innerText)
          .to.contain('osteoclastos')
          .and.contain('osteoblastos');
        for (const term of doc.querySelectorAll('#sentence glossary-term')) {
          expect(term.shadowRoot!.querySelector('slot'), 'the word is slotted in').to.exist;
        }
        expect(shadowText(compare)).to.contain('Comparando');
        expect(win.probe.errors.filter((e) => !e.includes('Content Security Policy'))).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }

  it('without customElements: the sentence keeps its words and the fallback content shows', async () => {
    const {frame, doc} = await openDegraded('customElements');
    try {
      await waitUntil(() => (frame.contentWindow as Window & {degraded?: string}).degraded);
      expect(doc.getElementById('sentence')!.innerText)
        .to.contain('osteoclastos')
        .and.contain('osteoblastos');
      const fallback = doc.getElementById('fallback')!;
      expect(fallback.getBoundingClientRect().height, 'the fallback content is shown').to.be.greaterThan(0);
    } finally {
      frame.remove();
    }
  });

  it('once the elements upgrade, their light-DOM fallback content is hidden', async () => {
    const {frame, win, doc} = await openDegraded('none');
    try {
      await waitUntil(() => win.customElements.get('bone-mets-signs'), 'defined', {timeout: 10000});
      await doc.querySelector<Lit>('bone-mets-signs')!.updateComplete;
      expect(doc.getElementById('fallback')!.getBoundingClientRect().height).to.equal(0);
    } finally {
      frame.remove();
    }
  });
});
