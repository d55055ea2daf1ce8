import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import '../src/components/bone-mets-types/bone-mets-types.define.js';
import type {BoneMetsTypes} from '../src/components/bone-mets-types/bone-mets-types.js';
import {render, sectionChecks, visibleText} from './helpers/sections.js';
import {orSkip, screenMedia} from './helpers/helpers.js';

const cards = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="type"]')];

/** The element inside a wrapper of the given width, as a host page column. */
async function inColumn(width: string): Promise<BoneMetsTypes> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="inline-size: ${width}"><bone-mets-types></bone-mets-types></div>`
  );
  const el = wrapper.querySelector('bone-mets-types')!;
  await el.updateComplete;
  return el;
}

describe('<bone-mets-types>', () => {
  sectionChecks('bone-mets-types');

  describe('rendering', () => {
    it('asks the question in its main heading', async () => {
      const el = await render('bone-mets-types');
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(
        'What types of bone metastasis are there?'
      );
    });

    it('shows exactly two type cards, osteolytic then osteoblastic, each with a sub-heading', async () => {
      const el = await render('bone-mets-types');
      const types = cards(el);
      expect(types).to.have.length(2);
      const titles = types.map((card) => card.querySelector('h3')!.textContent!.trim());
      expect(titles).to.deep.equal(['Osteolytic: bone breaks down', 'Osteoblastic: extra bone builds up']);
      expect(el.shadowRoot!.querySelector('[part="types"]')!.getAttribute('role')).to.equal('list');
    });

    it('lists the facts of each type in its own card', async () => {
      const el = await render('bone-mets-types');
      const [lytic, blastic] = cards(el).map((card) => card.innerText);
      expect(lytic).to.contain('break down or get thin');
      expect(lytic).to.contain('Calcium moves out of the bone and into your blood.');
      expect(lytic).to.contain('holes');
      expect(lytic).to.contain('lucencies');
      expect(lytic).to.contain('multiple myeloma');
      expect(lytic).to.contain('other cancers');
      expect(blastic).to.contain('more bone than normal');
      expect(blastic).to.contain('more bone cells than it needs');
      expect(blastic).to.contain('stiff and thick');
      expect(blastic).to.contain('Prostate cancer');
      expect(cards(el).map((card) => card.querySelectorAll('[part="facts"] > li').length)).to.deep.equal([
        4, 4,
      ]);
    });

    it('explains osteoclasts and osteoblasts, and ends with the "both" sentence', async () => {
      const el = await render('bone-mets-types');
      const text = visibleText(el);
      expect(text).to.contain('Osteoclasts break bone down. Osteoblasts build bone.');
      const both = el.shadowRoot!.querySelector('[part="both"]')!;
      expect(both.textContent).to.contain('A cancer can cause one type, the other type, or both.');
      expect(both.previousElementSibling!.getAttribute('part')).to.equal('types');
    });

    it('links each technical word to the glossary at its first use', async () => {
      const el = await render('bone-mets-types');
      const terms = [...el.shadowRoot!.querySelectorAll('glossary-term')].map((t) => t.getAttribute('term'));
      expect(terms).to.have.members([
        'osteoclast',
        'osteoblast',
        'bone-metastasis',
        'osteolytic',
        'x-ray',
        'lucency',
        'multiple-myeloma',
        'osteoblastic',
      ]);
    });

    it('puts the card headings one level below heading-level', async () => {
      const el = await render('bone-mets-types', 'heading-level="3"');
      expect(cards(el).map((card) => card.firstElementChild!.tagName)).to.deep.equal(['H4', 'H4']);
    });
  });

  describe('layout', () => {
    it('stacks the cards in a 320px column', async () => {
      const [first, second] = cards(await inColumn('320px')).map((card) => card.getBoundingClientRect());
      expect(second.top).to.be.at.least(first.bottom);
      expect(Math.round(second.left)).to.equal(Math.round(first.left));
    });

    it('puts the cards side by side in an 800px column', async () => {
      const [first, second] = cards(await inColumn('800px')).map((card) => card.getBoundingClientRect());
      expect(Math.round(second.top)).to.equal(Math.round(first.top));
      expect(second.left).to.be.at.least(first.right);
    });

    it('gives each card a visible border, so the two read apart without colour', async () => {
      const el = await render('bone-mets-types');
      for (const card of cards(el)) {
        expect(parseFloat(getComputedStyle(card).borderInlineStartWidth)).to.be.greaterThan(0);
        expect(getComputedStyle(card).borderInlineStartStyle).to.equal('solid');
      }
    });

    it('keeps the title of each card with its text when printed', async function () {
      await orSkip(this, 'emulateMedia', () => emulateMedia({media: 'print'}));
      try {
        const el = await render('bone-mets-types');
        for (const card of cards(el)) {
          expect(getComputedStyle(card.querySelector('[part="heading"]')!).breakAfter).to.equal('avoid');
        }
        expect(visibleText(el)).to.contain('Prostate cancer');
      } finally {
        await screenMedia();
      }
    });
  });
});
