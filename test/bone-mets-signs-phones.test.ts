// The phone lines of <bone-mets-signs>: care-phone and urgent-phone, as attributes and as framework properties.
import {expect, fixture, html} from '@open-wc/testing';
import '../src/components/bone-mets-signs/bone-mets-signs.define.js';
import type {BoneMetsSigns} from '../src/components/bone-mets-signs/bone-mets-signs.js';
import {captureWarnings} from './helpers/helpers.js';
import {render} from './helpers/sections.js';

const q = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const emergency = (el: Element) => q(el, '[part="emergency"]')!;
const link = (el: Element, part: 'care-phone' | 'urgent-phone') =>
  q<HTMLAnchorElement>(el, `[part="${part}"]`);

describe('<bone-mets-signs> phone lines', () => {
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
      expect(link(el, 'care-phone')!.getAttribute('href')).to.equal(href);
      expect(link(el, 'care-phone')!.innerText.trim()).to.equal(
        `Call your care team: ${value.trim().replace(/\s+/g, ' ')}`
      );
      expect(emergency(el).contains(link(el, 'care-phone'))).to.equal(true);
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
    expect(link(el, 'care-phone')).to.equal(null);
    el.setAttribute('care-phone', '+44 20 7946 0000');
    await el.updateComplete;
    expect(link(el, 'care-phone')!.getAttribute('href')).to.equal('tel:+442079460000');
  });

  it('shows the urgent line as its own labelled link after the care team, with or without it', async () => {
    const el = await render<BoneMetsSigns>(
      'bone-mets-signs',
      'care-phone="215-555-0100" urgent-phone="215-555-0199 ext. 2"'
    );
    const care = link(el, 'care-phone')!;
    const urgent = link(el, 'urgent-phone')!;
    expect(urgent.getAttribute('href')).to.equal('tel:2155550199;ext=2');
    expect(urgent.innerText.trim()).to.equal('Call the after-hours or urgent line: 215-555-0199 ext. 2');
    expect(care.compareDocumentPosition(urgent)).to.equal(Node.DOCUMENT_POSITION_FOLLOWING);
    el.carePhone = undefined;
    await el.updateComplete;
    expect(emergency(el).innerText).to.contain('Call your care team right away.');
    expect(link(el, 'urgent-phone')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('reads numbers as phone numbers (as frameworks pass them) without a warning', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<BoneMetsSigns>(
        html`<bone-mets-signs .carePhone=${2155550100} .urgentPhone=${911}></bone-mets-signs>`
      );
      expect(link(el, 'care-phone')!.getAttribute('href')).to.equal('tel:2155550100');
      expect(link(el, 'urgent-phone')!.getAttribute('href')).to.equal('tel:911');
    });
    expect(warnings).to.deep.equal([]);
  });

  const bad: [string, unknown][] = [
    ['an object', {number: '215-555-0100'}],
    ['an array', ['215-555-0100']],
    ['NaN', NaN],
    ['an object without a prototype', Object.create(null)],
    ['a boolean', true],
  ];
  for (const [what, value] of bad) {
    it(`never throws on ${what}: no link, one warning per property`, async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<BoneMetsSigns>(
          html`<bone-mets-signs .carePhone=${value} .urgentPhone=${value}></bone-mets-signs>`
        );
        el.requestUpdate('carePhone');
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('a')).to.equal(null);
        expect(emergency(el).innerText).to.contain('Call your care team right away.');
      });
      expect(warnings).to.have.length(2);
      expect(warnings[0]).to.contain('care-phone');
      expect(warnings[1]).to.contain('urgent-phone');
    });
  }

  it('shows slotted care-contact content inside the box, after the phone lines', async () => {
    const el = await fixture<BoneMetsSigns>(
      html`<bone-mets-signs care-phone="215-555-0100" urgent-phone="215-555-0199">
        <p slot="care-contact"><a href="/after-hours">After-hours help</a></p>
      </bone-mets-signs>`
    );
    const slot = emergency(el).querySelector<HTMLSlotElement>('slot[name="care-contact"]')!;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['After-hours help']);
    expect(link(el, 'urgent-phone')!.compareDocumentPosition(slot)).to.equal(
      Node.DOCUMENT_POSITION_FOLLOWING
    );
    const box = emergency(el).getBoundingClientRect();
    const contact = el.querySelector('p')!.getBoundingClientRect();
    expect(contact.top).to.be.within(box.top, box.bottom);
    expect(contact.bottom).to.be.within(box.top, box.bottom);
    await expect(el).to.be.accessible();
  });
});
