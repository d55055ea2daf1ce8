import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import '../src/components/bone-mets-treatments/bone-mets-treatments.define.js';
import type {BoneMetsTreatments} from '../src/components/bone-mets-treatments/bone-mets-treatments.js';
import {glossaryEntry} from '../src/content/glossary.js';
import {
  benefitLabel,
  scopeLabel,
  treatmentKeys,
  treatmentOptions,
  type Benefit,
} from '../src/content/treatments.js';
import {orSkip, screenMedia} from './helpers/helpers.js';
import {render, sectionChecks, visibleText} from './helpers/sections.js';

const cancerMedicines = ['Chemotherapy', 'Targeted therapy', 'Immunotherapy', 'Hormone therapy'];
const boneMedicines = ['Bisphosphonates', 'Denosumab'];
const oneSpot = ['Radiation therapy', 'Ablation', 'Bone cement', 'Surgery'];
const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();
const root = (el: HTMLElement) => el.shadowRoot!;

describe('<bone-mets-treatments>', () => {
  sectionChecks('bone-mets-treatments');

  describe('rendering', () => {
    it('asks the question and says treating the cancer where it started is often best', async () => {
      const el = await render('bone-mets-treatments');
      expect(text(root(el).querySelector('h2')!)).to.equal('How are bone metastases treated?');
      const seen = visibleText(el);
      expect(seen).to.contain('It can ease your symptoms and improve your quality of life.');
      expect(seen).to.contain(
        'the best way to treat bone mets is to treat the cancer where it started (your primary cancer).'
      );
      expect(seen).to.not.match(/first cancer|provider/i);
    });

    it('introduces the cancer medicines and the bone medicines once each, then what sets each apart', async () => {
      const el = await render('bone-mets-treatments');
      const groups = [...root(el).querySelectorAll('[part="group"]')];
      expect(groups.map((g) => text(g.querySelector('h3')!))).to.deep.equal([
        'Which treatments reach the whole body?',
        'Which treatments work on one spot?',
      ]);
      const entries = [...groups[0].querySelectorAll('[part="options"] > li')];
      expect(entries.map((li) => text(li.querySelector('h4')!))).to.deep.equal([
        'Cancer medicines',
        'Bone medicines',
        'Radionuclide therapy',
      ]);
      const [cancer, bone] = entries;
      expect([...cancer.querySelectorAll('dt')].map(text)).to.deep.equal(cancerMedicines);
      expect([...bone.querySelectorAll('dt')].map(text)).to.deep.equal(boneMedicines);
      expect([...cancer.querySelectorAll(':scope > p')].map(text)).to.deep.equal([
        'These medicines treat the cancer where it started.',
        'They also travel through your body and can kill cancer cells, including those in bone mets.',
        'Most of them are taken by mouth or given into a vein (IV).',
      ]);
      expect([...bone.querySelectorAll(':scope > p')].map(text)).to.deep.equal([
        'These medicines protect your bones.',
        'They do not kill cancer cells.',
      ]);
      const dd = (li: Element, i: number) => text(li.querySelectorAll('dd')[i]);
      expect(dd(cancer, 3)).to.contain('It is often taken as pills or given as shots.');
      expect(dd(bone, 0)).to.contain('They are often given into a vein (IV).');
      expect(dd(bone, 1)).to.contain('This is a kind of targeted therapy').and.contain('shot under the skin');
      // Whole-body treatments are not all said to kill cancer cells.
      expect(text(groups[0].querySelector(':scope > p')!)).to.not.contain('kill');
      expect([...groups[1].querySelectorAll('[part="option"] > h4')].map(text)).to.deep.equal(oneSpot);
      expect(text(groups[1])).to.contain('Ask your care team how it is done.');
    });

    it('never says the same sentence twice', async () => {
      const el = await render('bone-mets-treatments');
      const sentences = visibleText(el)
        .split(/(?<=[.?!])\s+|\n+/)
        .map((sentence) => sentence.trim())
        .filter((sentence) => sentence.length > 20);
      const repeated = sentences.filter((sentence, i) => sentences.indexOf(sentence) !== i);
      expect(repeated).to.deep.equal([]);
    });

    it('names the other kinds of help and closes with what comes next', async () => {
      const el = await render('bone-mets-treatments');
      const h3s = [...root(el).querySelectorAll('h3')].map(text);
      expect(h3s.slice(2)).to.deep.equal(['What else can help?', 'What comes next?']);
      const items = [...root(el).querySelectorAll('[part="base"] > ul > li')].map(text);
      expect(items).to.deep.equal(['Clinical trials', 'Physical therapy', 'Pain management']);
      expect(visibleText(el)).to.contain('ask your care team about your treatment choices.');
    });

    it('keeps the heading outline below heading-level, past h6 with aria-level', async () => {
      const el = await render('bone-mets-treatments', 'heading-level="5"');
      const level7 = root(el).querySelectorAll(
        ':is([part="option"], [part="kind"]) > [role="heading"][aria-level="7"]'
      );
      expect([...level7].map(text)).to.deep.equal([
        'Cancer medicines',
        'Bone medicines',
        'Radionuclide therapy',
        ...oneSpot,
      ]);
    });

    it('offers an empty after-options slot between the treatments and the other help', async () => {
      const empty = await render('bone-mets-treatments');
      const slot = root(empty).querySelector<HTMLSlotElement>('slot[name="after-options"]')!;
      expect(slot.assignedNodes()).to.have.length(0);
      const el = await fixture<BoneMetsTreatments>(
        html`<bone-mets-treatments><p slot="after-options">Compare treatments</p></bone-mets-treatments>`
      );
      const filled = root(el).querySelector<HTMLSlotElement>('slot[name="after-options"]')!;
      expect(filled.assignedElements().map(text)).to.deep.equal(['Compare treatments']);
      expect(filled.previousElementSibling!.getAttribute('part')).to.equal('group');
      expect(text(filled.nextElementSibling!)).to.equal('What else can help?');
    });

    it('prints every treatment, its name kept with its text', async function () {
      const el = await render('bone-mets-treatments');
      await orSkip(this, 'emulateMedia', () => emulateMedia({media: 'print'}));
      try {
        const options = [...root(el).querySelectorAll<HTMLElement>('[part="option"]')];
        expect(options.filter((o) => o.offsetHeight > 0)).to.have.length(11);
        // Each option, its name with its sentences, stays on one page.
        for (const option of options) expect(getComputedStyle(option).breakInside).to.equal('avoid');
      } finally {
        await screenMedia();
      }
    });
  });

  describe('content model', () => {
    const local = new Set(['radiation-therapy', 'ablation', 'bone-cement', 'surgery']);

    it('lists every key once, in order, with the scope the article gives and a benefit', () => {
      const options = treatmentOptions();
      expect(options.map((o) => o.key)).to.deep.equal([...treatmentKeys]);
      for (const option of options) {
        expect(option.scope, option.key).to.equal(local.has(option.key) ? 'local' : 'systemic');
        expect(option.benefits, option.key).to.not.be.empty;
        expect(option.name()).to.not.be.empty;
      }
    });

    it('uses only glossary keys that exist, and only surgery has none', () => {
      const options = treatmentOptions();
      for (const option of options.filter((o) => o.glossary)) {
        expect(glossaryEntry(option.glossary!), option.key).to.exist;
      }
      expect(options.filter((o) => !o.glossary).map((o) => o.key)).to.deep.equal(['surgery']);
    });

    it('labels every benefit and scope', () => {
      const benefits = new Set<Benefit>(treatmentOptions().flatMap((o) => o.benefits));
      expect(benefits.size).to.equal(8);
      for (const b of benefits) expect(benefitLabel(b)).to.match(/^[A-Z]/);
      // The four cancer medicines treat the cancer where it started, as the source says.
      expect(
        treatmentOptions()
          .filter((o) => o.benefits.includes('treat-primary-cancer'))
          .map((o) => o.key)
      ).to.deep.equal(['chemotherapy', 'targeted-therapy', 'immunotherapy', 'hormone-therapy']);
      expect([scopeLabel('systemic'), scopeLabel('local')]).to.deep.equal(['Whole body', 'One spot']);
    });
  });
});
