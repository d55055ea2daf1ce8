// A glossary word wraps with its sentence like ordinary text: punctuation and
// joined letters stay on the word's line, and a word split over two lines still
// opens its definition from either line. No pixel widths of text are assumed:
// every container width from narrow to wide is tried, and lines are compared
// with each other.
import {expect, fixture, waitUntil} from '@open-wc/testing';
import {sendMouse} from '@web/test-runner-commands';
import '../src/components/glossary-term/glossary-term.define.js';
import type {GlossaryTerm} from '../src/components/glossary-term/glossary-term.js';
import {setLocale} from '../src/localization.js';
import {nextFrame} from './helpers/helpers.js';

/** Rectangles of characters `start`..`end` of a text node. */
function rects(node: Node, start: number, end: number): DOMRect[] {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  return [...range.getClientRects()].filter((r) => r.width > 0);
}

/** Whether two boxes sit on the same line (their vertical middles inside each other). */
const sameLine = (a: DOMRect, b: DOMRect) => {
  const middle = (a.top + a.bottom) / 2;
  return middle > b.top && middle < b.bottom;
};

const wordLines = (el: GlossaryTerm) => {
  const text = el.firstChild!;
  return rects(text, 0, text.textContent!.length);
};

const cases = [
  {lang: 'en', dir: 'ltr', before: 'It is treated with (', word: 'cryoablation', after: ').'},
  {lang: 'en', dir: 'ltr', before: 'Doctors call it "', word: 'spinal cord compression', after: '".'},
  // Arabic joins "and" (و) to the word it precedes.
  {lang: 'ar', dir: 'rtl', before: 'العظام و', word: 'الأورام', after: '.'},
];

describe('<glossary-term> in running text', () => {
  afterEach(() => setLocale('en'));

  for (const {lang, dir, before, word, after} of cases) {
    it(`keeps "${before.at(-1)}" and "${after[0]}" on the line of "${word}" at every width`, async () => {
      const box = await fixture<HTMLDivElement>(
        `<div lang="${lang}" dir="${dir}" style="inline-size: 100em"><p style="margin: 0">${before}<glossary-term term="cryoablation">${word}</glossary-term>${after}</p></div>`
      );
      const p = box.firstElementChild as HTMLParagraphElement;
      const el = p.querySelector('glossary-term')!;
      await el.updateComplete;
      const [head, tail] = [p.firstChild!, el.nextSibling!];
      let wrapped = 0;
      for (let width = 1; width <= 40; width++) {
        p.style.inlineSize = `${width}em`;
        const lines = wordLines(el);
        const opening = rects(head, before.length - 1, before.length).at(-1)!;
        const closing = rects(tail, 0, 1)[0];
        expect(sameLine(opening, lines[0]), `"${before.at(-1)}" at ${width}em`).to.equal(true);
        expect(sameLine(closing, lines.at(-1)!), `"${after[0]}" at ${width}em`).to.equal(true);
        if (!sameLine(rects(head, 0, 1)[0], lines[0])) wrapped++;
      }
      // The sweep did make the word move to another line than the sentence's start.
      expect(wrapped).to.be.greaterThan(0);
    });
  }

  it('lets a long term break between its words, like the sentence around it', async () => {
    const p = await fixture<HTMLParagraphElement>(
      `<p>See <glossary-term term="spinal-cord-compression">spinal cord compression</glossary-term>.</p>`
    );
    const el = p.querySelector('glossary-term')!;
    await el.updateComplete;
    // Somewhere between narrow and wide, "spinal" shares the first line with "See"
    // while the rest of the term goes on to the next: it was not moved as one block.
    let split = false;
    for (let width = 1; width <= 40 && !split; width++) {
      p.style.inlineSize = `${width}em`;
      const lines = wordLines(el);
      split = lines.length > 1 && sameLine(rects(p.firstChild!, 0, 1)[0], lines[0]);
    }
    expect(split).to.equal(true);
  });

  it('opens and closes from the second line of a word split over two lines', async () => {
    const p = await fixture<HTMLParagraphElement>(
      `<p style="inline-size: 1em">See <glossary-term term="spinal-cord-compression">spinal cord compression</glossary-term>.</p>`
    );
    const el = p.querySelector('glossary-term')!;
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector('button')!;
    const last = wordLines(el).at(-1)!;
    const [x, y] = [last.left + last.width / 2, last.top + last.height / 2];
    await sendMouse({type: 'click', position: [Math.round(x), Math.round(y)]});
    await waitUntil(() => button.getAttribute('aria-expanded') === 'true', 'opens', {timeout: 2000});
    await sendMouse({type: 'click', position: [Math.round(x), Math.round(y)]});
    await waitUntil(() => button.getAttribute('aria-expanded') === 'false', 'closes', {timeout: 2000});
    // And stays closed: the click that closed it did not open it again.
    await nextFrame();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });
});
