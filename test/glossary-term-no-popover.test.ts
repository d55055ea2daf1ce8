// Browsers without the Popover API (older Safari and Firefox) get the same
// toggletip from a small fallback: tested by removing the API before our code loads.
import {expect, waitUntil} from '@open-wc/testing';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import type {GlossaryTerm} from '../src/components/glossary-term/glossary-term.js';
import {frameWith, source, type Frame} from './helpers/frame.js';

// Counts the listeners on the frame's document, so a leak shows.
const setup = `
  for (const name of ['showPopover', 'hidePopover', 'togglePopover']) delete HTMLElement.prototype[name];
  const live = new Set();
  const key = (type, fn, options) => type + '|' + (typeof options === 'boolean' ? options : !!options?.capture);
  const add = Document.prototype.addEventListener, remove = Document.prototype.removeEventListener;
  const ids = new WeakMap(); let next = 0;
  const id = (fn) => (ids.has(fn) || ids.set(fn, next++), ids.get(fn));
  Document.prototype.addEventListener = function (t, fn, o) { live.add(key(t, fn, o) + id(fn)); return add.call(this, t, fn, o); };
  Document.prototype.removeEventListener = function (t, fn, o) { live.delete(key(t, fn, o) + id(fn)); return remove.call(this, t, fn, o); };
  window.documentListeners = () => live.size;
`;

interface ProbeWindow {
  documentListeners(): number;
}

describe('<glossary-term> without the Popover API', () => {
  let f: Frame;
  let terms: GlossaryTerm[];
  const button = (el: GlossaryTerm) => el.shadowRoot!.querySelector('button')!;
  const tip = (el: GlossaryTerm) => el.shadowRoot!.querySelector<HTMLElement>('[part="definition"]');
  const isOpen = (el: GlossaryTerm) => button(el).getAttribute('aria-expanded') === 'true';
  const until = (el: GlossaryTerm, open: boolean) =>
    waitUntil(() => isOpen(el) === open, `term did not ${open ? 'open' : 'close'}`, {timeout: 2000});
  const click = async (el: Element) => {
    const r = el.getBoundingClientRect();
    const frameBox = f.frame.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(frameBox.x + r.x + 3), Math.round(frameBox.y + r.y + r.height / 2)],
    });
  };

  beforeEach(async () => {
    f = await frameWith(
      setup,
      `<p>Cells called <glossary-term term="osteoclast">osteoclasts</glossary-term> and
        <glossary-term term="osteoblast">osteoblasts</glossary-term> shape bone.</p><p id="elsewhere">Elsewhere.</p>`,
      [source('components/glossary-term/glossary-term.define.ts')]
    );
    terms = [...f.doc.querySelectorAll<GlossaryTerm>('glossary-term')];
    await Promise.all(terms.map((t) => t.updateComplete));
    expect(typeof f.win.HTMLElement.prototype.showPopover).to.equal('undefined');
  });
  afterEach(() => f.frame.remove());

  it('opens on click with the definition showing, and closes on Escape', async () => {
    await click(button(terms[0]));
    await until(terms[0], true);
    expect(tip(terms[0])!.checkVisibility()).to.equal(true);
    expect(tip(terms[0])!.textContent).to.contain('breaks down bone');
    await sendKeys({press: 'Escape'});
    await until(terms[0], false);
    expect(tip(terms[0])!.checkVisibility()).to.equal(false);
  });

  it('closes on a click outside the word and its definition', async () => {
    await click(button(terms[0]));
    await until(terms[0], true);
    await click(tip(terms[0])!);
    expect(isOpen(terms[0])).to.equal(true);
    await click(f.doc.getElementById('elsewhere')!);
    await until(terms[0], false);
  });

  it('keeps one definition open at a time', async () => {
    await terms[0].show();
    await until(terms[0], true);
    await terms[1].show();
    await until(terms[1], true);
    await until(terms[0], false);
    await click(button(terms[0]));
    await until(terms[0], true);
    await until(terms[1], false);
  });

  it('leaves no document listener behind when an open term is removed', async () => {
    const probe = f.win as unknown as ProbeWindow;
    const before = probe.documentListeners();
    for (let i = 0; i < 50; i++) {
      const term = f.doc.createElement('glossary-term') as GlossaryTerm;
      term.term = 'biopsy';
      f.doc.body.append(term);
      await term.show();
      expect(isOpen(term)).to.equal(true);
      term.remove();
    }
    expect(probe.documentListeners()).to.equal(before);
  });
});
