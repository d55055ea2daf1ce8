import {expect} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import '../src/components/bone-mets-diagnosis/bone-mets-diagnosis.define.js';
import {orSkip, screenMedia} from './helpers/helpers.js';
import {render, sectionChecks, visibleText} from './helpers/sections.js';

const TAG = 'bone-mets-diagnosis';

const tests = async (attributes = '') => {
  const el = await render(TAG, attributes);
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="test"]')];
};

/** The test card's labels (dt) mapped to the text under each (dd). */
const parts = (card: HTMLElement) =>
  Object.fromEntries(
    [...card.querySelectorAll('dt')].map((dt) => [
      dt.textContent!.trim(),
      (dt.nextElementSibling as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
    ])
  );

describe('<bone-mets-diagnosis>', () => {
  sectionChecks(TAG);

  describe('rendering', () => {
    it('asks the patient question and introduces the tests', async () => {
      const el = await render(TAG);
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('How do doctors find bone mets?');
      const text = visibleText(el);
      expect(text).to.contain('Sometimes bone mets are found before any signs start.');
      expect(text).to.contain('Doctors use X-rays, bone scans, MRIs and other tests to find bone mets.');
    });

    it('shows the six tests in the article order, each under its own sub-heading', async () => {
      const cards = await tests();
      expect(cards.map((card) => card.querySelector('h3')!.textContent!.trim())).to.deep.equal([
        'X-ray',
        'Bone scan',
        'CT scan',
        'MRI',
        'Blood tests',
        'Biopsy',
      ]);
    });

    it('gives every test a "What it shows" part and a second part labelled in words', async () => {
      for (const card of await tests()) {
        const labels = Object.keys(parts(card));
        expect(labels[0]).to.equal('What it shows');
        expect(labels).to.have.length(2);
        expect(['What it can miss', 'Good to know']).to.include(labels[1]);
        expect(card.querySelector('dl > dt + dd')).to.exist;
      }
    });

    it('tells the limits the article names', async () => {
      const [xray, boneScan, , , blood] = (await tests()).map(parts);
      expect(xray['What it can miss']).to.contain(
        'A plain X-ray often misses bone mets until they have grown a lot'
      );
      expect(xray['What it shows']).to.contain('holes or dark patches');
      expect(boneScan['What it can miss']).to.contain(
        'Infections, arthritis and bones that broke in the past can also show up as dark spots.'
      );
      expect(boneScan['What it shows']).to.contain('check on bone mets they already know about');
      expect(blood['What it can miss']).to.contain(
        'No blood test alone can tell for sure if you have bone mets.'
      );
      expect(blood['What it shows']).to.contain('high calcium level');
      expect(blood['What it shows']).to.contain('tumor marker');
    });

    it('does not invent limits: CT, MRI and biopsy say "Good to know"', async () => {
      const [, , ct, mri, , biopsy] = (await tests()).map(parts);
      expect(ct['Good to know']).to.equal('Ask your care team what this test can and cannot show.');
      expect(mri['Good to know']).to.equal('Ask your care team what this test can and cannot show.');
      expect(biopsy['Good to know']).to.contain('Where the tumor is decides which kind of biopsy you get');
      expect(biopsy['What it shows']).to.contain('pathologist looks at it under a microscope');
    });

    it('says what an MRI shows, without calling pressure on nerve roots spinal cord compression', async () => {
      const [, , , mri] = (await tests()).map(parts);
      expect(mri['What it shows']).to.equal(
        'An MRI shows your spinal cord and your nerve roots. It shows if a tumor or bits of bone are pressing on them.'
      );
      expect(mri['What it shows']).to.not.contain('compression');
    });

    it("keeps the source's certainty about a biopsy: it may be done", async () => {
      const [, , , , , biopsy] = (await tests()).map(parts);
      expect(biopsy['What it shows']).to.contain(
        'A biopsy may be done to check the lesion for cancer cells.'
      );
    });

    it('ends with what happens after a diagnosis', async () => {
      const el = await render(TAG);
      const last = el.shadowRoot!.querySelector('[part="base"] > p:last-child')!;
      expect(last.textContent).to.equal(
        'If tests show you have bone mets, your care team will talk with you about treatment. They will also talk about how to manage your bone mets.'
      );
    });

    it('keeps list semantics on the unstyled list of tests', async () => {
      const el = await render(TAG);
      const list = el.shadowRoot!.querySelector('[part="tests"]')!;
      expect(list.tagName).to.equal('UL');
      expect(list.getAttribute('role')).to.equal('list');
      expect(list.children).to.have.length(6);
    });
  });

  describe('heading levels', () => {
    it('puts test sub-headings one level below the main heading', async () => {
      const cards = await tests('heading-level="5"');
      expect(cards.every((card) => card.querySelector(':scope > h6'))).to.be.true;
    });

    it('keeps the depth for screen readers past h6', async () => {
      const cards = await tests('heading-level="6"');
      const sub = cards[0].querySelector('[part="heading"]')!;
      expect(sub.getAttribute('role')).to.equal('heading');
      expect(sub.getAttribute('aria-level')).to.equal('7');
    });
  });

  describe('layout', () => {
    it('fits a 320px-wide phone without sideways scrolling', async () => {
      const el = await render(TAG, 'style="inline-size: 320px"');
      const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
      expect(base.scrollWidth).to.be.at.most(320);
    });

    it('keeps each card bordered in print, its heading with its text', async function () {
      await orSkip(this, 'emulateMedia', () => emulateMedia({media: 'print'}));
      try {
        const [card] = await tests();
        const style = getComputedStyle(card);
        // A card may run on to the next page (no half-empty page), drawn closed on both.
        expect(getComputedStyle(card.querySelector('[part="heading"]')!).breakAfter).to.equal('avoid');
        expect(style.borderBlockStartStyle).to.equal('solid');
        expect(card.innerText).to.contain('What it shows');
      } finally {
        await screenMedia();
      }
    });
  });
});
