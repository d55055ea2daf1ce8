// <treatment-compare>: what the table says (facts, rows the article answers, questions to ask),
// and the behaviours around the reader's choice (focus, announcements, hosts that set options).
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/components/treatment-compare/treatment-compare.define.js';
import type {TreatmentCompare} from '../src/components/treatment-compare/treatment-compare.js';
import {render} from './helpers/sections.js';

const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();
const $ = (el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const $$ = (el: HTMLElement, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const box = (el: HTMLElement, key: string) => $(el, `input[value="${key}"]`) as HTMLInputElement;
const compare = (options: string) => render<TreatmentCompare>('treatment-compare', `options="${options}"`);
/** The answers of the row asking `question`, one per column; undefined when it is not a row. */
const row = (el: HTMLElement, question: string) => {
  const tr = $$(el, 'tbody tr').find((r) => text(r.querySelector('th')!) === question);
  return tr && [...tr.querySelectorAll('td')].map(text);
};
const questionsToAsk = (el: HTMLElement) => $$(el, '[part="questions"] li').map(text);

describe('<treatment-compare> facts and rows', () => {
  it('gives how each treatment is given: denosumab is a shot under the skin, never by mouth or vein', async () => {
    const el = await compare('chemotherapy hormone-therapy bisphosphonates denosumab');
    expect(row(el, 'How is it given?')).to.deep.equal([
      'It can be taken by mouth or given into a vein (IV).',
      'It is often taken as pills or given as shots.',
      'They are often given into a vein (IV).',
      'It is given as a shot under the skin.',
    ]);
  });

  it('says the bone medicines protect bone and do not kill cancer cells; the cancer medicines can', async () => {
    const el = await compare('chemotherapy bisphosphonates denosumab');
    const [chemo, bisphosphonates, denosumab] = row(el, 'What is it?')!;
    expect(chemo).to.equal('Medicine that kills cancer cells all through the body.');
    expect(bisphosphonates).to.equal('A medicine that protects bone. It does not kill cancer cells.');
    expect(denosumab).to.equal(
      'A kind of targeted therapy that protects bone. It does not kill cancer cells.'
    );
    const helps = $$(el, 'tbody tr')
      .find((r) => text(r.querySelector('th')!) === 'What can it help with?')!
      .querySelectorAll('td');
    expect(text(helps[0])).to.contain('Treats the cancer where it started').and.contain('Kills cancer cells');
    for (const cell of [helps[1], helps[2]]) expect(text(cell)).to.not.contain('Kills cancer cells');
  });

  it('makes the questions the article never answers questions to ask, not rows of "Ask your care team"', async () => {
    const el = await compare('radiation-therapy surgery');
    for (const question of ['What are the side effects?', 'Who can have it?', 'How long does it take?']) {
      expect(row(el, question), question).to.equal(undefined);
    }
    expect(questionsToAsk(el)).to.deep.equal([
      'Which of these treatments could help me?',
      'How will I get the treatment? How often?',
      'What side effects should I expect?',
      'Can I have these treatments?',
      'How long will the treatment take?',
      'Could a clinical trial be a choice for me?',
    ]);
    expect(text($(el, '[part="cards"]'))).to.not.contain('Ask your care team.');
  });

  it('keeps a row the article answers for one treatment, with "Ask your care team." in the other cell', async () => {
    const el = await compare('bone-cement surgery');
    expect(row(el, 'How is it given?')).to.deep.equal([
      'Ask your care team.',
      'During surgery, rods, screws, pins, plates or cages may be placed.',
    ]);
    // Alone, bone cement answers no "how": the row goes, its question is already in the list.
    box(el, 'surgery').click();
    await el.updateComplete;
    expect(row(el, 'How is it given?')).to.equal(undefined);
    expect(questionsToAsk(el)).to.include('How will I get the treatment? How often?');
    expect(new Set(questionsToAsk(el)).size).to.equal(questionsToAsk(el).length);
  });

  it('is a table beside each other inside a wide container, and never breaks a name inside a word', async () => {
    const wrap = await fixture(
      html`<div style="inline-size: 1000px">
        <treatment-compare
          options="chemotherapy immunotherapy bisphosphonates radionuclide-therapy"
        ></treatment-compare>
      </div>`
    );
    const el = wrap.querySelector<TreatmentCompare>('treatment-compare')!;
    expect(getComputedStyle($(el, '[part="table"]')).display).to.equal('table');
    for (const th of $$(el, 'thead th')) {
      const style = getComputedStyle(th);
      expect(style.overflowWrap).to.equal('normal');
      expect(style.wordBreak).to.equal('normal');
      expect(th.scrollWidth, text(th)).to.be.at.most(th.clientWidth);
    }
    // A one-word name lies on one line: its text makes a single box.
    for (const name of ['Chemotherapy', 'Immunotherapy', 'Bisphosphonates']) {
      const term = $$(el, 'thead glossary-term').find((t) => text(t) === name)!;
      const range = document.createRange();
      range.selectNodeContents(term);
      expect(
        [...range.getClientRects()].filter((r) => r.width > 0),
        name
      ).to.have.length(1);
    }
  });

  it('shows 4 treatments as cards when the container is too narrow for 4 whole-word columns', async () => {
    const wrap = await fixture(
      html`<div style="inline-size: 560px">
        <treatment-compare
          options="chemotherapy immunotherapy bisphosphonates radionuclide-therapy"
        ></treatment-compare>
      </div>`
    );
    const el = wrap.querySelector<TreatmentCompare>('treatment-compare')!;
    expect(getComputedStyle($(el, '[part="table"]')).display).to.equal('none');
    expect(getComputedStyle($(el, '[part="cards"]')).display).to.not.equal('none');
    expect(el.scrollWidth).to.be.at.most(560);
  });
});

describe('<treatment-compare> the reader and the host', () => {
  it('keeps focus on a whole-body option unchecked under the one-spot filter until focus moves on', async () => {
    const el = await compare('chemotherapy,surgery');
    $(el, '[part="filter"] input[value="local"]').click();
    await el.updateComplete;
    box(el, 'chemotherapy').focus();
    await sendKeys({press: ' '});
    await el.updateComplete;
    expect(el.selection).to.deep.equal(['surgery']);
    expect(el.shadowRoot!.activeElement).to.equal(box(el, 'chemotherapy'));
    expect(box(el, 'chemotherapy').closest('li')!.hidden).to.be.false;
    await sendKeys({press: 'Tab'});
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.be.instanceOf(HTMLInputElement);
    expect(document.activeElement).to.equal(el);
    expect(box(el, 'chemotherapy').closest('li')!.hidden).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('says the hints in the polite status: the limit of 4, and picked treatments kept in the list', async () => {
    const el = await compare('radiation-therapy,ablation,bone-cement');
    const status = $(el, '[part="status"]');
    expect(status.getAttribute('role')).to.equal('status');
    box(el, 'surgery').click();
    await el.updateComplete;
    expect(text(status)).to.contain('You picked 4. That is the most you can compare.');
    box(el, 'surgery').click();
    await el.updateComplete;
    expect(text(status)).to.not.contain('You picked 4.');
    box(el, 'chemotherapy').click();
    $(el, '[part="filter"] input[value="local"]').click();
    await el.updateComplete;
    expect(text(status)).to.contain('Treatments you picked stay in the list.');
    // Read, not shown twice: the visible hints sit by the checkboxes.
    const hints = [...status.querySelectorAll('span')];
    expect(hints.map(text)).to.deep.equal([
      'Treatments you picked stay in the list.',
      'You picked 4. That is the most you can compare. To pick another, uncheck one first.',
    ]);
    hints.forEach((hint) => expect(hint.getBoundingClientRect().width).to.be.at.most(1));
    await expect(el).to.be.accessible();
  });

  it('keeps checkboxes and table together when a change listener sets options', async () => {
    const el = await compare('chemotherapy,radiation-therapy');
    const reset = () => (el.options = ['chemotherapy', 'radiation-therapy']);
    el.addEventListener('treatment-compare-change', reset);
    try {
      box(el, 'surgery').click();
      await el.updateComplete;
      expect(el.selection).to.deep.equal(['chemotherapy', 'radiation-therapy']);
      expect(box(el, 'surgery').checked).to.be.false;
      box(el, 'chemotherapy').click();
      await el.updateComplete;
      expect(box(el, 'chemotherapy').checked).to.be.true;
      const checked = $$(el, '[part="picker"] input:checked').map((i) => (i as HTMLInputElement).value);
      expect(checked).to.deep.equal(el.selection);
      expect($$(el, 'thead th[scope="col"]').map(text)).to.deep.equal(['Chemotherapy', 'Radiation therapy']);
    } finally {
      el.removeEventListener('treatment-compare-change', reset);
    }
  });
});
