import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import '../src/components/bone-mets-signs/bone-mets-signs.define.js';
import type {BoneMetsSigns} from '../src/components/bone-mets-signs/bone-mets-signs.js';
import {setLocale} from '../src/localization.js';
import {captureWarnings, orSkip, screenMedia} from './helpers/helpers.js';
import {render, sectionChecks, visibleText} from './helpers/sections.js';

const q = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const emergency = (el: Element) => q(el, '[part="emergency"]')!;
const phoneLink = (el: Element) => q<HTMLAnchorElement>(el, '[part="care-phone"]');
const texts = (nodes: Iterable<Element>) => [...nodes].map((n) => (n as HTMLElement).innerText.trim());

describe('<bone-mets-signs>', () => {
  sectionChecks('bone-mets-signs');
  afterEach(() => setLocale('en'));

  describe('rendering', () => {
    it('asks the patient question and lists five signs with a heading each', async () => {
      const el = await render('bone-mets-signs');
      expect(q(el, '[part="base"] > h2')!.textContent).to.equal('What are the signs of bone metastasis?');
      const signs = el.shadowRoot!.querySelectorAll('[part="sign"]');
      expect(texts([...signs].map((s) => s.querySelector('h3')!))).to.deep.equal([
        'Bone pain',
        'A broken bone (fracture)',
        'Pressure on the spinal cord',
        'Bowel and bladder problems',
        'High calcium (hypercalcemia)',
      ]);
      expect(q(el, '[part="signs"]')!.getAttribute('role')).to.equal('list');
      expect(visibleText(el)).to.contain('If you notice any of these signs, let your provider know.');
    });

    it('names every symptom of high calcium, up to confusion and coma', async () => {
      const el = await render('bone-mets-signs');
      const calcium = el.shadowRoot!.querySelectorAll<HTMLElement>('[part="sign"]')[4].innerText;
      for (const symptom of [
        'Constipation',
        'Nausea',
        'appetite',
        'thirsty',
        'Peeing often',
        'dehydration',
      ]) {
        expect(calcium).to.contain(symptom);
      }
      expect(calcium).to.contain('fatigue').and.to.contain('confusion').and.to.contain('coma');
    });
  });

  describe('get help right away', () => {
    it('comes first, as a labelled region with its own heading, icon and thick border', async () => {
      const el = await render('bone-mets-signs');
      const box = emergency(el);
      expect(box.tagName).to.equal('SECTION');
      expect(box.previousElementSibling!.tagName).to.equal('H2');
      const title = box.querySelector('h3')!;
      expect(box.getAttribute('aria-labelledby')).to.equal(title.id);
      expect(title.textContent!.trim()).to.equal('Get help right away if you have:');
      expect(title.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      expect(texts(box.querySelectorAll('li'))).to.deep.equal([
        'New or worse back or neck pain',
        'Numbness or weakness in your body below the tumor',
        'Trouble walking',
      ]);
      expect(parseFloat(getComputedStyle(box).borderInlineStartWidth)).to.be.at.least(8);
      expect(box.innerText).to.contain('Call your care team right away.');
      expect(phoneLink(el)).to.equal(null);
    });

    const good = [
      ['215-555-0100', 'tel:2155550100'],
      ['+1 (215) 555-0100', 'tel:+12155550100'],
      ['1-800-555-0199 ext. 4', 'tel:18005550199;ext=4'],
      [' 215.555.0100  x12 ', 'tel:2155550100;ext=12'],
    ];
    for (const [value, href] of good) {
      it(`links care-phone="${value}" to ${href}`, async () => {
        const warnings = await captureWarnings(() => render('bone-mets-signs', `care-phone="${value}"`));
        const el = document.querySelector('bone-mets-signs')!;
        const link = phoneLink(el)!;
        expect(link.getAttribute('href')).to.equal(href);
        expect(link.innerText.trim()).to.equal(`Call your care team: ${value.trim().replace(/\s+/g, ' ')}`);
        expect(emergency(el).contains(link)).to.equal(true);
        expect(warnings).to.deep.equal([]);
      });
    }

    for (const value of ['call us', 'javascript:alert(1)', '12', '555-CALL-NOW', '', 'tel:215-555-0100']) {
      it(`shows no link and warns once for care-phone="${value}"`, async () => {
        const warnings = await captureWarnings(async () => {
          const el = await render<BoneMetsSigns>('bone-mets-signs', `care-phone="${value}"`);
          el.requestUpdate('carePhone');
          await el.updateComplete;
        });
        const el = document.querySelector('bone-mets-signs')!;
        expect(phoneLink(el)).to.equal(null);
        expect(el.shadowRoot!.querySelector('a')).to.equal(null);
        expect(emergency(el).innerText).to.contain('Call your care team right away.');
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain(`care-phone="${value}"`);
      });
    }

    it('follows care-phone when it changes', async () => {
      const el = await render<BoneMetsSigns>('bone-mets-signs', 'care-phone="215-555-0111"');
      el.carePhone = null;
      await el.updateComplete;
      expect(phoneLink(el)).to.equal(null);
      el.setAttribute('care-phone', '+44 20 7946 0000');
      await el.updateComplete;
      expect(phoneLink(el)!.getAttribute('href')).to.equal('tel:+442079460000');
    });

    it('shows slotted care-contact content inside the box, after the phone line', async () => {
      const el = await fixture<BoneMetsSigns>(
        html`<bone-mets-signs care-phone="215-555-0100">
          <p slot="care-contact"><a href="/after-hours">After-hours help</a></p>
        </bone-mets-signs>`
      );
      const slot = emergency(el).querySelector<HTMLSlotElement>('slot[name="care-contact"]')!;
      expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['After-hours help']);
      expect(phoneLink(el)!.compareDocumentPosition(slot)).to.equal(Node.DOCUMENT_POSITION_FOLLOWING);
      const box = emergency(el).getBoundingClientRect();
      const contact = el.querySelector('p')!.getBoundingClientRect();
      expect(contact.top).to.be.within(box.top, box.bottom);
      expect(contact.bottom).to.be.within(box.top, box.bottom);
      await expect(el).to.be.accessible();
    });

    it('keeps the box and its border in print', async function () {
      const el = await render('bone-mets-signs', 'care-phone="215-555-0100"');
      await orSkip(this, 'emulateMedia', () => emulateMedia({media: 'print'}));
      try {
        const style = getComputedStyle(emergency(el));
        expect(style.display).to.equal('block');
        expect(style.borderInlineStartColor).to.equal('rgb(0, 0, 0)');
        expect(phoneLink(el)!.innerText).to.contain('215-555-0100');
      } finally {
        await screenMedia();
      }
    });
  });

  describe('accessibility', () => {
    for (const locale of ['en', 'es']) {
      it(`is accessible in ${locale} with a phone link`, async () => {
        await setLocale(locale);
        const el = await render('bone-mets-signs', 'care-phone="+1 (215) 555-0100"');
        expect(q(el, '[part="base"]')!.getAttribute('lang')).to.equal(locale);
        expect(phoneLink(el)).to.exist;
        await expect(el).to.be.accessible();
      });
    }

    it('keeps contrast on a dark host page', async () => {
      const host = await fixture<HTMLElement>(
        html`<div style="background: #111; color: #eee; padding: 1rem">
          <bone-mets-signs care-phone="215-555-0100"></bone-mets-signs>
        </div>`
      );
      await expect(host).to.be.accessible();
    });
  });
});
