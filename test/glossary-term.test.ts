import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {emulateMedia, sendKeys, sendMouse, setViewport} from '@web/test-runner-commands';
import '../src/components/glossary-term/glossary-term.define.js';
import type {GlossaryTerm} from '../src/components/glossary-term/glossary-term.js';
import {setLocale} from '../src/localization.js';
import {glossary} from '../src/content/glossary.js';
import {captureWarnings, nextFrame, orSkip, screenMedia} from './helpers/helpers.js';

const parts = (el: GlossaryTerm) => ({
  button: el.shadowRoot!.querySelector<HTMLButtonElement>('button'),
  word: el.shadowRoot!.querySelector<HTMLElement>('[part="term"]'),
  tip: el.shadowRoot!.querySelector<HTMLElement>('[part="definition"]'),
});

const expanded = (el: GlossaryTerm) => parts(el).button?.getAttribute('aria-expanded') === 'true';

/** Waits until the term shows `state`, as a screen reader would hear it (aria-expanded). */
async function until(el: GlossaryTerm, state: 'open' | 'closed') {
  await waitUntil(() => expanded(el) === (state === 'open'), `term did not become ${state}`, {timeout: 2000});
  await el.updateComplete;
  await nextFrame();
}

async function open(el: GlossaryTerm) {
  parts(el).button!.click();
  await until(el, 'open');
}

describe('<glossary-term>', () => {
  beforeEach(() => setLocale('en'));

  describe('rendering', () => {
    it('keeps the slotted word in the sentence as a button', async () => {
      const p = await fixture<HTMLParagraphElement>(
        html`<p>
          Cells called <glossary-term term="osteoclast">osteoclasts</glossary-term> break down bone.
        </p>`
      );
      const el = p.querySelector('glossary-term')!;
      const {button} = parts(el);
      expect(button).to.exist;
      expect(button!.getAttribute('aria-expanded')).to.equal('false');
      expect(p.innerText).to.equal('Cells called osteoclasts break down bone.');
      expect(getComputedStyle(el).display).to.equal('inline');
    });

    it('shows the localized name when it has no text', async () => {
      const el = await fixture<GlossaryTerm>(html`<glossary-term term="bone-marrow"></glossary-term>`);
      expect(el.shadowRoot!.textContent!.trim()).to.equal('bone marrow');
      expect(el.shadowRoot!.querySelector('slot span')!.getAttribute('lang')).to.equal('en');
    });

    it('reads as plain words when marked plain (a repeat use)', async () => {
      const el = await fixture<GlossaryTerm>(html`<glossary-term term="biopsy" plain>biopsy</glossary-term>`);
      expect(parts(el).button).to.equal(null);
      expect(el.innerText).to.equal('biopsy');
      await el.show();
      expect(parts(el).tip).to.equal(null);
    });

    it('creates no definition DOM until it is opened', async () => {
      const el = await fixture<GlossaryTerm>(
        html`<glossary-term term="osteoblast">osteoblasts</glossary-term>`
      );
      expect(parts(el).tip).to.equal(null);
    });

    it('defines every glossary term in plain words', () => {
      for (const [key, entry] of Object.entries(glossary)) {
        expect(key, key).to.match(/^[a-z]+(-[a-z]+)*$/);
        expect(entry.name().length, key).to.be.greaterThan(1);
        const sentences = entry.definition().split(/(?<=\.)\s/);
        for (const sentence of sentences)
          expect(sentence.split(/\s+/).length, `${key}: ${sentence}`).to.be.below(26);
      }
    });
  });

  describe('interaction', () => {
    it('opens on click and shows the definition beside the word', async () => {
      const el = await fixture<GlossaryTerm>(
        html`<glossary-term term="osteoclast">osteoclasts</glossary-term>`
      );
      const opened = oneEvent(el, 'glossary-term-open');
      await open(el);
      const event = await opened;
      expect(event.detail).to.deep.equal({term: 'osteoclast'});
      expect(event.bubbles && event.composed).to.equal(true);
      const {button, word, tip} = parts(el);
      expect(button!.getAttribute('aria-expanded')).to.equal('true');
      expect(tip!.textContent!.trim()).to.equal('A bone cell that breaks down bone.');
      expect(tip!.matches(':popover-open')).to.equal(true);
      const [b, t] = [word!.getBoundingClientRect(), tip!.getBoundingClientRect()];
      expect(t.top).to.be.closeTo(b.bottom + 6, 2);
    });

    it('opens with Enter, closes with Escape and keeps focus on the word', async () => {
      const el = await fixture<GlossaryTerm>(html`<glossary-term term="biopsy">biopsy</glossary-term>`);
      parts(el).button!.focus();
      await sendKeys({press: 'Enter'});
      await until(el, 'open');
      expect(parts(el).tip!.textContent).to.contain('microscope');
      await sendKeys({press: 'Escape'});
      await until(el, 'closed');
      expect(parts(el).tip!.matches(':popover-open')).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(parts(el).button);
    });

    it('opens with Space and closes when the word is activated again', async () => {
      const el = await fixture<GlossaryTerm>(html`<glossary-term term="mri">MRI</glossary-term>`);
      parts(el).button!.focus();
      await sendKeys({press: ' '});
      await until(el, 'open');
      await sendKeys({press: ' '});
      await until(el, 'closed');
      expect(parts(el).tip!.matches(':popover-open')).to.equal(false);
    });

    it('closes when the reader taps elsewhere, and stays open while the pointer rests on it', async function () {
      const el = await fixture<GlossaryTerm>(html`<glossary-term term="lucency">lucencies</glossary-term>`);
      const rect = el.getBoundingClientRect();
      await sendMouse({type: 'click', position: [Math.round(rect.x + 4), Math.round(rect.y + 4)]});
      await until(el, 'open');
      const tip = parts(el).tip!.getBoundingClientRect();
      await sendMouse({type: 'move', position: [Math.round(tip.x + 5), Math.round(tip.y + 5)]});
      await nextFrame();
      expect(parts(el).button!.getAttribute('aria-expanded')).to.equal('true');
      await sendMouse({type: 'click', position: [5, 500]});
      await until(el, 'closed');
    });

    it('keeps only one definition open at a time', async () => {
      const p = await fixture(
        html`<p>
          <glossary-term term="osteoclast"></glossary-term> and
          <glossary-term term="osteoblast"></glossary-term>
        </p>`
      );
      const [a, b] = p.querySelectorAll('glossary-term');
      await open(a);
      await open(b);
      await until(a, 'closed');
      expect(parts(a).tip!.matches(':popover-open')).to.equal(false);
    });

    it('is not clipped by an overflow: hidden, transformed ancestor', async () => {
      const box = await fixture(
        html`<div style="overflow: hidden; height: 2em; transform: translateX(0)">
          <glossary-term term="hypercalcemia"></glossary-term>
        </div>`
      );
      const el = box.querySelector('glossary-term')!;
      await open(el);
      const tip = parts(el).tip!;
      const r = tip.getBoundingClientRect();
      expect(r.bottom).to.be.greaterThan(box.getBoundingClientRect().bottom);
      const hit = el.shadowRoot!.elementFromPoint(r.x + r.width / 2, r.bottom - 4);
      expect(hit).to.equal(tip);
    });

    it('stays on screen 320 px wide', async function () {
      // WebKit's WebDriver launcher cannot resize the viewport; Chromium and Firefox cover this.
      await orSkip(this, 'setViewport', () => setViewport({width: 320, height: 640}));
      try {
        const p = await fixture(
          html`<p style="text-align: end; margin: 0">
            Ask about <glossary-term term="radionuclide-therapy"></glossary-term>
          </p>`
        );
        const el = p.querySelector('glossary-term')!;
        await open(el);
        const r = parts(el).tip!.getBoundingClientRect();
        expect(r.left).to.be.at.least(0);
        expect(r.right).to.be.at.most(320);
      } finally {
        await setViewport({width: 800, height: 600});
      }
    });
  });

  describe('print', () => {
    after(() => screenMedia());
    it('prints the definition after the word', async function () {
      const el = await fixture<GlossaryTerm>(
        html`<glossary-term term="osteoclast">osteoclasts</glossary-term>`
      );
      await orSkip(this, 'emulateMedia', () => emulateMedia({media: 'print'}));
      const content = getComputedStyle(parts(el).word!, '::after').content;
      expect(content).to.equal('" (A bone cell that breaks down bone)"');
    });
  });

  describe('localization', () => {
    it('renders the definition in Spanish with lang and dir', async () => {
      await setLocale('es');
      const el = await fixture<GlossaryTerm>(html`<glossary-term term="osteoclast"></glossary-term>`);
      await open(el);
      const tip = parts(el).tip!;
      expect(tip.getAttribute('lang')).to.equal('es');
      expect(tip.getAttribute('dir')).to.equal('ltr');
      expect(tip.textContent!.trim()).to.equal('Una célula ósea que desgasta el hueso.');
      expect(el.shadowRoot!.querySelector('slot span')!.textContent).to.equal('osteoclasto');
    });
  });

  describe('bad input', () => {
    it('renders an unknown term as plain text with one warning', async () => {
      const warnings = await captureWarnings(async () => {
        await fixture(
          html`<p>
            <glossary-term term="no-such-term">mystery</glossary-term>
            <glossary-term term="no-such-term">mystery</glossary-term>
          </p>`
        );
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('no-such-term');
      const el = document.querySelector<GlossaryTerm>('glossary-term[term="no-such-term"]')!;
      expect(parts(el).button).to.equal(null);
      expect(el.innerText).to.equal('mystery');
    });

    it('shows its key rather than nothing when the term is unknown and empty', async () => {
      const el = await captureWarnings(() => fixture(html`<glossary-term term="made-up"></glossary-term>`));
      expect(el).to.have.length(1);
      const term = document.querySelector<GlossaryTerm>('glossary-term[term="made-up"]')!;
      expect(term.shadowRoot!.textContent).to.contain('made-up');
    });
  });

  describe('accessibility', () => {
    for (const locale of ['en', 'es']) {
      it(`is accessible closed and open (${locale})`, async () => {
        await setLocale(locale);
        const p = await fixture(
          html`<p>Tell your team about <glossary-term term="spinal-cord-compression"></glossary-term>.</p>`
        );
        await expect(p).to.be.accessible();
        await open(p.querySelector('glossary-term')!);
        await expect(p).to.be.accessible();
      });
    }
  });
});
