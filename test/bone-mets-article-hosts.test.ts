// <bone-mets-article> as a host page uses it: phone lines for its signs, the translation notice once,
// the comparison as a table on a wide screen, and first-use linking that holds as the comparison changes.
import {expect, fixture, html} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import '../src/components/bone-mets-article/bone-mets-article.define.js';
import type {BoneMetsArticle} from '../src/components/bone-mets-article/bone-mets-article.js';
import type {TreatmentCompare} from '../src/components/treatment-compare/treatment-compare.js';
import {setLocale} from '../src/localization.js';
import {captureWarnings, orSkip} from './helpers/helpers.js';
import {deepQueryAll, render} from './helpers/sections.js';

const signsOf = (el: BoneMetsArticle) => el.shadowRoot!.querySelector('bone-mets-signs')!;
const compareOf = (el: BoneMetsArticle) =>
  deepQueryAll<TreatmentCompare>(el.shadowRoot!, 'treatment-compare')[0];
const link = (el: BoneMetsArticle, part: string) =>
  signsOf(el).shadowRoot!.querySelector<HTMLAnchorElement>(`[part="${part}"]`);

describe('<bone-mets-article> for host pages', () => {
  afterEach(() => setLocale('en'));

  it('tells readers how to use it without tapping or seeing', async () => {
    const el = await render<BoneMetsArticle>('bone-mets-article');
    expect(el.shadowRoot!.querySelector('[part="intro"]')!.textContent!.trim()).to.equal(
      'Select a question to go to its answer. Select a medical word to see what it means.'
    );
  });

  it('passes care-phone and urgent-phone to its signs, each a labelled link', async () => {
    const el = await render<BoneMetsArticle>(
      'bone-mets-article',
      'care-phone="215-555-0100" urgent-phone="1-800-555-0199"'
    );
    expect(link(el, 'care-phone')!.getAttribute('href')).to.equal('tel:2155550100');
    expect(link(el, 'care-phone')!.innerText).to.contain('Call your care team');
    expect(link(el, 'urgent-phone')!.getAttribute('href')).to.equal('tel:18005550199');
    expect(link(el, 'urgent-phone')!.innerText).to.contain('after-hours or urgent line');
    el.urgentPhone = null;
    el.carePhone = 2155550111;
    await el.updateComplete;
    expect(link(el, 'urgent-phone')).to.equal(null);
    expect(link(el, 'care-phone')!.getAttribute('href')).to.equal('tel:2155550111');
  });

  it('never throws on a phone value that is not one, and warns once', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<BoneMetsArticle>(
        html`<bone-mets-article .carePhone=${{} as unknown as string}></bone-mets-article>`
      );
      expect(link(el, 'care-phone')).to.equal(null);
    });
    expect(warnings).to.have.length(1);
  });

  it('shows the unreviewed-translation notice once, at its top, and none in English', async () => {
    const notices = (el: BoneMetsArticle) => deepQueryAll(el.shadowRoot!, '[part="translation-notice"]');
    expect(notices(await render<BoneMetsArticle>('bone-mets-article'))).to.have.length(0);
    await setLocale('es');
    const el = await render<BoneMetsArticle>('bone-mets-article');
    const found = notices(el);
    expect(found).to.have.length(1);
    expect(found[0].parentElement!.getAttribute('part')).to.equal('base');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.firstElementChild).to.equal(found[0]);
  });

  it('shows the comparison as a table on a wide screen, also with 4 treatments', async function () {
    await orSkip(this, 'setViewport', () => setViewport({width: 1280, height: 900}));
    try {
      const el = await render<BoneMetsArticle>('bone-mets-article');
      const compare = compareOf(el);
      const table = () => compare.shadowRoot!.querySelector<HTMLElement>('[part="table"]')!;
      expect(getComputedStyle(table()).display).to.equal('table');
      for (const key of ['denosumab', 'bone-cement']) {
        compare.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${key}"]`)!.click();
        await el.updateComplete;
      }
      expect(compare.selection).to.have.length(4);
      expect(getComputedStyle(table()).display).to.equal('table');
      expect(table().getBoundingClientRect().right).to.be.at.most(document.documentElement.clientWidth);
    } finally {
      await setViewport({width: 800, height: 600});
    }
  });

  it('keeps each term a definition button only at its first use after the comparison changes', async () => {
    const el = await render<BoneMetsArticle>('bone-mets-article');
    const compare = compareOf(el);
    for (const key of ['immunotherapy', 'bisphosphonates']) {
      compare.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${key}"]`)!.click();
      await el.updateComplete;
    }
    const terms = deepQueryAll<HTMLElement & {term: string; plain: boolean}>(el.shadowRoot!, 'glossary-term');
    const buttons = terms.filter((t) => !t.plain).map((t) => t.term);
    expect(buttons.length).to.be.greaterThan(30);
    expect(new Set(buttons).size, 'each term is a button once').to.equal(buttons.length);
    const inCompare = deepQueryAll<HTMLElement & {term: string; plain: boolean}>(
      compare.shadowRoot!,
      'thead glossary-term'
    );
    expect(inCompare.map((t) => t.term)).to.include('immunotherapy');
    inCompare.forEach((t) => expect(t.plain, t.term).to.be.true);
  });
});
