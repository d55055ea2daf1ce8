import {expect} from '@open-wc/testing';
import {emulateMedia, executeServerCommand, sendKeys, setViewport} from '@web/test-runner-commands';
import '../src/components/bone-mets-article/bone-mets-article.define.js';
import type {BoneMetsArticle} from '../src/components/bone-mets-article/bone-mets-article.js';
import {articleSections, deepQueryAll, render, sectionChecks} from './helpers/sections.js';
import {orSkip, screenMedia} from './helpers/helpers.js';
import {setLocale} from '../src/localization.js';

const sectionTags = articleSections;

/** The article once its sections have rendered and its words are linked (its updateComplete covers both). */
const article = () => render<BoneMetsArticle>('bone-mets-article');

describe('<bone-mets-article>', () => {
  sectionChecks('bone-mets-article');

  it('holds every section in order, one heading level below its title', async () => {
    const el = await article();
    const sections = [...el.shadowRoot!.querySelectorAll('[part="section"] > *')];
    expect(sections.map((s) => s.localName)).to.deep.equal(sectionTags);
    for (const section of sections) {
      expect(section.getAttribute('heading-level')).to.equal('3');
      expect(section.shadowRoot!.querySelector('[part="base"] > h3')).to.exist;
    }
  });

  it('lists each section in the contents by its question', async () => {
    const el = await article();
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="contents"] a')];
    expect(links).to.have.length(sectionTags.length);
    const titles = [...el.shadowRoot!.querySelectorAll('[part="section"] > *')].map((s) =>
      s.shadowRoot!.querySelector('h3')!.textContent!.trim()
    );
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal(titles);
  });

  it('moves reading position and focus to a section when its contents link is used', async () => {
    const el = await article();
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="contents"] a[href="#signs"]')!;
    link.focus();
    await sendKeys({press: 'Enter'});
    const target = el.shadowRoot!.querySelector('#signs')!;
    expect(el.shadowRoot!.activeElement).to.equal(target);
    expect(Math.abs(target.getBoundingClientRect().top)).to.be.below(40);
    expect(location.hash).to.not.equal('#signs');
  });

  it('uses only glossary terms that exist, and links many of them', async () => {
    const el = await article();
    const terms = deepQueryAll(el.shadowRoot!, 'glossary-term');
    expect(new Set(terms.map((t) => t.getAttribute('term'))).size).to.be.greaterThan(30);
  });

  it('has a Print button that prints', async () => {
    const el = await article();
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="print"]')!;
    expect(button.textContent!.trim()).to.equal('Print this page');
    const original = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      button.click();
    } finally {
      window.print = original;
    }
    expect(printed).to.equal(1);
  });

  describe('print', () => {
    after(() => screenMedia());
    it('prints a clean handout: no controls, no URLs, definitions beside words', async function () {
      const el = await article();
      await orSkip(this, 'emulateMedia', () => emulateMedia({media: 'print'}));
      const root = el.shadowRoot!;
      expect(getComputedStyle(root.querySelector('[part="print"]')!).display).to.equal('none');
      expect(getComputedStyle(root.querySelector('[part="contents"]')!).display).to.equal('none');
      for (const section of root.querySelectorAll('[part="section"]')) {
        expect(getComputedStyle(section).display).to.not.equal('none');
      }
      const firstTerm = deepQueryAll(root, 'glossary-term')[0];
      const button = firstTerm.shadowRoot!.querySelector('[part="term"]')!;
      expect(getComputedStyle(button, '::after').content.length).to.be.greaterThan(10);
      const links = deepQueryAll<HTMLAnchorElement>(root, 'a[href]').filter((a) => a.checkVisibility());
      expect(
        links.filter(
          (a) => /^https?:/.test(a.href) && getComputedStyle(a, '::after').content.includes('http')
        )
      ).to.deep.equal([]);
    });

    it('fits an A4 page: nothing wider than the printable width, a handful of pages', async function () {
      const el = await article();
      // A4 (210 mm) less the browser's default print margins (about 2 x 10 mm): 190 mm = 718 CSS px.
      await orSkip(this, 'setViewport', () => setViewport({width: 718, height: 1000}));
      try {
        await orSkip(this, 'emulateMedia', () => emulateMedia({media: 'print'}));
        const root = el.shadowRoot!;
        // Geometry against the page, whatever the fonts: no box sticks out sideways.
        for (const box of deepQueryAll<HTMLElement>(root, '*').filter((e) => e.checkVisibility())) {
          expect(box.getBoundingClientRect().right, `<${box.localName}> ends inside the page`).to.be.at.most(
            718.5
          );
        }
        const {pages} = (await orSkip(this, 'printToPdf', () =>
          executeServerCommand<{pages: number}, undefined>('print-to-pdf')
        ))!;
        // 15 pages before the print rules were reworked, 13 after (DejaVu fonts); narrower fonts give fewer.
        expect(pages).to.be.within(8, 14);
      } finally {
        await setViewport({width: 800, height: 600});
        await screenMedia();
      }
    });
  });
});

describe('<bone-mets-article> glossary links', () => {
  afterEach(() => setLocale('en'));

  for (const switchTo of [undefined, 'es']) {
    it(`keeps only the first use of each term as a definition button${switchTo ? ', also after switching language' : ''}`, async () => {
      const el = await render<BoneMetsArticle>('bone-mets-article');
      if (switchTo) {
        await setLocale(switchTo);
        await el.updateComplete;
      }
      const terms = deepQueryAll<HTMLElement & {term: string; plain: boolean}>(
        el.shadowRoot!,
        'glossary-term'
      );
      const buttons = terms.filter((t) => t.shadowRoot!.querySelector('[part="term"]'));
      const keys = buttons.map((t) => t.term);
      expect(new Set(keys).size, 'each term is a button once').to.equal(keys.length);
      expect(keys.length).to.be.greaterThan(30);
      // Every repeat still reads as its words.
      for (const repeat of terms.filter((t) => t.plain)) {
        expect(repeat.innerText.trim() || repeat.shadowRoot!.textContent!.trim()).to.not.equal('');
      }
      expect(terms.filter((t) => t.plain).length).to.be.greaterThan(0);
    });
  }
});
