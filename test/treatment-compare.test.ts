import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import '../src/components/treatment-compare/treatment-compare.define.js';
import type {TreatmentCompare} from '../src/components/treatment-compare/treatment-compare.js';
import {setLocale} from '../src/localization.js';
import {captureWarnings, orSkip, screenMedia} from './helpers/helpers.js';
import {render, sectionChecks, visibleText} from './helpers/sections.js';

// The rows the article answers; side effects, who can have it and how long are questions to ask.
const questions = [
  'What is it?',
  'Does it treat the whole body or one spot?',
  'How is it given?',
  'What can it help with?',
];
const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();
const $ = (el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const $$ = (el: HTMLElement, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const box = (el: HTMLElement, key: string) => $(el, `input[value="${key}"]`) as HTMLInputElement;
const shown = (el: HTMLElement) => getComputedStyle(el).display !== 'none';
const compare = (options = '') =>
  render<TreatmentCompare>('treatment-compare', options && `options="${options}"`);
async function click(el: TreatmentCompare, key: string) {
  box(el, key).click();
  await el.updateComplete;
}

describe('<treatment-compare>', () => {
  sectionChecks('treatment-compare');
  afterEach(() => setLocale('en'));

  describe('rendering', () => {
    it('asks its question and compares one whole-body and one one-spot treatment by default', async () => {
      const el = await compare();
      expect(text($(el, 'h2'))).to.equal('How do the treatments compare?');
      expect(el.selection).to.deep.equal(['chemotherapy', 'radiation-therapy']);
      expect(text($(el, '[part="status"]'))).to.equal('Comparing: Chemotherapy, Radiation therapy.');
      expect($(el, '[part="status"]').getAttribute('role')).to.equal('status');
      expect($$(el, '[part="picker"] input[type="checkbox"]')).to.have.length(11);
      expect($(el, '[part="picker"] legend')).to.exist;
      expect(text($(el, '[part="base"] > h3'))).to.equal('What can you ask your care team?');
      const items = $$(el, '[part="questions"] li').map(text);
      expect(items).to.have.length(6);
      items.forEach((item) => expect(item).to.match(/\?$/));
    });

    it('is a real table: a caption, a column header per option and a row header per question', async () => {
      const el = await compare('radiation-therapy,surgery,ablation');
      expect(shown($(el, '[part="table"]'))).to.be.true;
      expect(shown($(el, '[part="cards"]'))).to.be.false;
      expect(text($(el, 'caption'))).to.equal('The treatments you picked, side by side');
      const cols = $$(el, 'thead th[scope="col"]');
      expect(cols.map(text)).to.deep.equal(['Radiation therapy', 'Ablation', 'Surgery']);
      expect(cols.map((th) => th.querySelector('glossary-term')?.getAttribute('term'))).to.deep.equal([
        'radiation-therapy',
        'ablation',
        undefined,
      ]);
      expect($$(el, 'tbody th[scope="row"]').map(text)).to.deep.equal(questions);
    });

    it('answers every row for every option, from the article', async () => {
      const el = await compare('bisphosphonates surgery');
      const rows = $$(el, 'tbody tr');
      expect(rows).to.have.length(4);
      for (const row of rows) {
        const cells = [...row.querySelectorAll('td')].map(text);
        expect(cells).to.have.length(2);
        cells.forEach((cell) => expect(cell).to.not.be.empty.and.not.equal('Ask your care team.'));
      }
      const row = (i: number) => [...rows[i].querySelectorAll('td')].map(text);
      expect(row(1)).to.deep.equal(['Whole body', 'One spot']);
      expect([...rows[3].querySelectorAll('td')[0].querySelectorAll('li')].map(text)).to.deep.equal([
        'Makes bone stronger',
        'Helps prevent broken bones',
      ]);
    });

    for (const locale of ['en', 'es']) {
      it(`reflows into one card per option at 320px (${locale}), keeping every question`, async () => {
        await setLocale(locale);
        const wrap = await fixture(
          html`<div style="inline-size: 320px">
            <treatment-compare options="denosumab,ablation,bone-cement"></treatment-compare>
          </div>`
        );
        const el = wrap.querySelector('treatment-compare')!;
        expect(shown($(el, '[part="table"]'))).to.be.false;
        const cards = $$(el, '[part="card"]');
        expect(cards).to.have.length(3);
        cards.forEach((card) => expect(shown(card)).to.be.true);
        expect(el.scrollWidth).to.be.at.most(320);
        if (locale === 'en') {
          const names = cards.map((card) => text(card.querySelector('h3')!));
          expect(names).to.deep.equal(['Denosumab', 'Ablation', 'Bone cement']);
          cards.forEach((card) =>
            expect([...card.querySelectorAll('dt')].map(text)).to.deep.equal(questions)
          );
        }
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('interaction', () => {
    it('fires one bubbling, composed change event per pick, not on first render or attribute change', async () => {
      const seen: CustomEvent[] = [];
      const listener = (event: CustomEvent) => seen.push(event);
      document.addEventListener('treatment-compare-change', listener);
      try {
        const el = await compare('surgery,ablation');
        el.setAttribute('options', 'chemotherapy,immunotherapy');
        await el.updateComplete;
        expect(seen).to.have.length(0);
        await click(el, 'surgery');
        expect(seen).to.have.length(1);
        expect(seen[0].detail).to.deep.equal({options: ['chemotherapy', 'immunotherapy', 'surgery']});
        expect(seen[0].bubbles && seen[0].composed).to.be.true;
        await click(el, 'chemotherapy');
        expect(seen[1].detail).to.deep.equal({options: ['immunotherapy', 'surgery']});
        expect(text($(el, '[part="status"]'))).to.equal('Comparing: Immunotherapy, Surgery.');
      } finally {
        document.removeEventListener('treatment-compare-change', listener);
      }
    });

    it('works from the keyboard, with a visible focus ring', async () => {
      const el = await compare('surgery,ablation');
      ($(el, '[part="filter"] input:checked') as HTMLInputElement).focus();
      await sendKeys({press: 'ArrowRight'});
      await sendKeys({press: 'Tab'});
      await sendKeys({press: ' '});
      await el.updateComplete;
      const focused = el.shadowRoot!.activeElement as HTMLInputElement;
      expect(focused.value).to.equal('chemotherapy');
      expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
      expect(el.selection).to.deep.equal(['chemotherapy', 'ablation', 'surgery']);
    });

    it('turns the other checkboxes off at 4, with a visible hint, and is accessible', async () => {
      const el = await compare('radiation-therapy,ablation,bone-cement');
      await click(el, 'surgery');
      const off = $$(el, '[part="picker"] input:disabled') as HTMLInputElement[];
      expect(off).to.have.length(7);
      off.forEach((input) => expect(input.getAttribute('aria-describedby')).to.equal('max-hint'));
      expect(text($(el, '#max-hint'))).to.contain('That is the most you can compare.');
      expect($$(el, 'thead th[scope="col"]')).to.have.length(4);
      await expect(el).to.be.accessible();
      await click(el, 'ablation');
      expect($$(el, '[part="picker"] input:disabled')).to.have.length(0);
    });

    it('with 1 picked, still shows it and asks for at least 2 (en and es accessible)', async () => {
      const el = await compare('surgery,ablation');
      await click(el, 'ablation');
      expect(text($(el, '[part="status"]'))).to.equal('You picked: Surgery. Pick at least 2 to compare.');
      expect($$(el, 'thead th[scope="col"]').map(text)).to.deep.equal(['Surgery']);
      await expect(el).to.be.accessible();
      await setLocale('es');
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await click(el, 'surgery');
      expect(el.selection).to.be.empty;
      expect($(el, '[part="comparison"]')).to.not.exist;
    });

    it('filters the choices by scope but keeps picked ones in the list', async () => {
      const el = await compare('chemotherapy,surgery');
      $(el, '[part="filter"] input[value="local"]').click();
      await el.updateComplete;
      const visible = $$(el, '[part="picker"] li').filter((li) => !li.hidden);
      const keys = visible.map((li) => li.querySelector('input')!.value).join(' ');
      expect(keys).to.equal('chemotherapy radiation-therapy ablation bone-cement surgery');
      expect(visibleText(el)).to.contain('Treatments you picked stay in the list.');
      expect(el.selection).to.deep.equal(['chemotherapy', 'surgery']);
      await expect(el).to.be.accessible();
    });
  });

  describe('options attribute', () => {
    const fallback = 'chemotherapy radiation-therapy';
    // [what, options attribute, selection it gives (space separated), part of the one warning]
    const cases: [string, string, string, string?][] = [
      [
        'a comma or space separated list in any case',
        ' Surgery  RADIATION-therapy,,',
        'radiation-therapy surgery',
      ],
      ['unknown keys: left out', 'ablation,x-rays,magic-pill', 'ablation', '"x-rays", "magic-pill"'],
      [
        '5 known keys: the first 4',
        'surgery ablation bone-cement denosumab chemotherapy',
        'denosumab ablation bone-cement surgery',
        'only 4',
      ],
      ['an empty list: the default', ' , ', fallback],
      ['only unknown keys: the default', 'foo;bar', fallback, '"foo;bar"'],
    ];
    for (const [what, options, selection, warning] of cases) {
      it(`reads ${what}, with ${warning ? 'one warning' : 'no warning'}`, async () => {
        const warnings = await captureWarnings(async () => {
          expect((await compare(options)).selection.join(' ')).to.equal(selection);
        });
        expect(warnings).to.have.length(warning ? 1 : 0);
        if (warning) expect(warnings[0]).to.contain(warning);
      });
    }

    it('never throws on a malformed options property', async () => {
      const el = await compare('surgery,ablation');
      el.options = 42 as unknown as string[];
      await el.updateComplete;
      expect(el.selection.join(' ')).to.equal(fallback);
    });
  });

  it('prints the table, not the controls or cards', async function () {
    const el = await compare('radionuclide-therapy,bone-cement');
    await orSkip(this, 'emulateMedia', () => emulateMedia({media: 'print'}));
    try {
      expect(shown($(el, '[part="controls"]'))).to.be.false;
      expect(shown($(el, '[part="status"]'))).to.be.false;
      expect(getComputedStyle($(el, '[part="table"]')).display).to.equal('table');
      expect(shown($(el, '[part="cards"]'))).to.be.false;
    } finally {
      await screenMedia();
    }
  });
});
