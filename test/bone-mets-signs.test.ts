import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import '../src/components/bone-mets-signs/bone-mets-signs.define.js';
import {setLocale} from '../src/localization.js';
import {orSkip, screenMedia} from './helpers/helpers.js';
import {render, sectionChecks, visibleText} from './helpers/sections.js';

const q = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const emergency = (el: Element) => q(el, '[part="emergency"]')!;
const texts = (nodes: Iterable<Element>) => [...nodes].map((n) => (n as HTMLElement).innerText.trim());
const sign = (el: Element, i: number) =>
  el.shadowRoot!.querySelectorAll<HTMLElement>('[part="sign"]')[i].innerText;

const urgentSigns = [
  'New or worse back or neck pain',
  'Numbness or weakness in your legs, arms, chest or belly',
  'Trouble walking',
  'New loss of control of your pee or poop',
  'Not being able to pee',
];

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
      expect(visibleText(el)).to.contain('If you notice any of these signs, tell your care team.');
      expect(visibleText(el)).to.contain('while treating the cancer where it started, your primary cancer.');
      expect(visibleText(el)).to.not.match(/provider|first cancer|below the tumor/i);
    });

    it('names every symptom of high calcium, up to confusion and coma, and says to get care then', async () => {
      const el = await render('bone-mets-signs');
      const calcium = sign(el, 4);
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
      expect(calcium).to.contain('Get care right away if you become confused or very hard to wake up.');
    });

    it('says what to do about pain on moving or bearing weight, and a sudden break', async () => {
      const el = await render('bone-mets-signs');
      expect(sign(el, 0)).to.contain('Moving around often makes it feel better.');
      expect(sign(el, 0)).to.contain(
        'Tell your care team soon if the pain gets worse when you move or put weight on that spot.'
      );
      expect(sign(el, 1)).to.contain(
        'Get care right away if you suddenly have very bad bone pain, or you cannot put weight on a leg or arm.'
      );
      expect(sign(el, 3)).to.contain('New loss of control, or not being able to pee, needs help right away.');
    });

    it('explains the spinal cord, and paralysis as losing the ability to move part of the body', async () => {
      const el = await render('bone-mets-signs');
      const cord = sign(el, 2);
      expect(cord).to.contain('Your spinal cord is a thick bundle of nerves. It runs down inside your spine');
      expect(cord).to.contain('That means losing the ability to move part of your body.');
      expect(texts(el.shadowRoot!.querySelectorAll('[part="sign"]:nth-child(3) li'))).to.deep.equal(
        urgentSigns.slice(0, 3)
      );
    });
  });

  describe('get help right away', () => {
    it('comes first, as a group named by its heading, with its icon, thick border and five red flags', async () => {
      const el = await render('bone-mets-signs');
      const box = emergency(el);
      expect(box.getAttribute('role')).to.equal('group');
      expect(box.previousElementSibling!.tagName).to.equal('H2');
      const title = box.querySelector('h3')!;
      expect(box.getAttribute('aria-labelledby')).to.equal(title.id);
      expect(title.textContent!.trim()).to.equal('Get help right away if you have:');
      expect(title.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      expect(texts(box.querySelectorAll('li'))).to.deep.equal(urgentSigns);
      expect(box.innerText).to.contain('These can be signs that cancer is pressing on your spinal cord.');
      expect(box.querySelector('glossary-term')!.getAttribute('term')).to.equal('spinal-cord');
      expect(parseFloat(getComputedStyle(box).borderInlineStartWidth)).to.be.at.least(8);
    });

    it('says whom to call, and to go to the emergency department when nobody answers', async () => {
      const el = await render('bone-mets-signs');
      const paragraphs = texts(emergency(el).querySelectorAll('p'));
      expect(paragraphs.slice(-2)).to.deep.equal([
        'Call your care team right away.',
        'If you cannot reach anyone, go to the nearest hospital emergency department.',
      ]);
      // Only the page knows its readers' country: no emergency number is written in.
      expect(emergency(el).innerText).to.not.match(/\b(911|999|112|000|15)\b/);
      expect(emergency(el).querySelector('a')).to.equal(null);
    });

    it('gives two boxes on one page no landmark, so no two landmarks share a name', async () => {
      const page = await fixture(
        html`<div><bone-mets-signs></bone-mets-signs><bone-mets-signs></bone-mets-signs></div>`
      );
      for (const el of page.querySelectorAll('bone-mets-signs')) {
        await (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
        expect(el.shadowRoot!.querySelectorAll('section, [role="region"], aside, nav')).to.have.length(0);
        expect(emergency(el).getAttribute('role')).to.equal('group');
      }
      await expect(page).to.be.accessible();
    });

    it('lists the red flags in Arabic, right to left', async () => {
      await setLocale('ar');
      const el = await render('bone-mets-signs', 'care-phone="215-555-0100" urgent-phone="215-555-0199"');
      const base = q(el, '[part="base"]')!;
      expect(base.getAttribute('lang')).to.equal('ar');
      expect(base.getAttribute('dir')).to.equal('rtl');
      const items = texts(emergency(el).querySelectorAll('li'));
      expect(items).to.have.length(urgentSigns.length);
      items.forEach((item) => expect(item).to.not.equal(''));
      expect(emergency(el).querySelectorAll('a[href^="tel:"]')).to.have.length(2);
      for (const number of emergency(el).querySelectorAll('a span[dir="ltr"]')) {
        expect(number.closest('[dir="rtl"]')).to.equal(base);
      }
      await expect(el).to.be.accessible();
    });

    it('keeps the box and its border in print', async function () {
      const el = await render('bone-mets-signs', 'care-phone="215-555-0100"');
      await orSkip(this, 'emulateMedia', () => emulateMedia({media: 'print'}));
      try {
        const style = getComputedStyle(emergency(el));
        expect(style.display).to.equal('block');
        expect(style.borderInlineStartColor).to.equal('rgb(0, 0, 0)');
        expect(q<HTMLAnchorElement>(el, '[part="care-phone"]')!.innerText).to.contain('215-555-0100');
      } finally {
        await screenMedia();
      }
    });
  });

  describe('accessibility', () => {
    for (const locale of ['en', 'es']) {
      it(`is accessible in ${locale} with both phone links`, async () => {
        await setLocale(locale);
        const el = await render(
          'bone-mets-signs',
          'care-phone="+1 (215) 555-0100" urgent-phone="215-555-0199"'
        );
        expect(q(el, '[part="base"]')!.getAttribute('lang')).to.equal(locale);
        expect(q(el, '[part="care-phone"]')).to.exist;
        expect(q(el, '[part="urgent-phone"]')).to.exist;
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
