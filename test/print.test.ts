// The printed article as a handout: no forced page breaks, no block so tall that
// keeping it whole leaves half a page empty, every heading kept with what follows,
// and each word's printed definition short and not a repeat of its sentence.
// Checked in Chromium's print layout through computed styles and box heights,
// never text widths; the page count is in bone-mets-article.test.ts.
import {expect} from '@open-wc/testing';
import {emulateMedia, setViewport} from '@web/test-runner-commands';
import '../src/components/bone-mets-article/bone-mets-article.define.js';
import type {BoneMetsArticle} from '../src/components/bone-mets-article/bone-mets-article.js';
import {setLocale} from '../src/localization.js';
import {deepQueryAll} from './helpers/sections.js';
import {can, orSkip, screenMedia} from './helpers/helpers.js';

// A4 less the browser's default margins, in CSS px: 190 x 277 mm.
const page = {width: 718, height: 1047};

describe('printed <bone-mets-article>', () => {
  let el: BoneMetsArticle;
  let boxes: HTMLElement[];

  // Not a fixture: open-wc removes those after each test, and these tests share one article.
  before(async function () {
    el = document.createElement('bone-mets-article');
    document.body.append(el);
    await el.updateComplete;
    await orSkip(this, 'setViewport', () => setViewport({width: page.width, height: 1000}));
    await orSkip(this, 'emulateMedia', () => emulateMedia({media: 'print'}));
    boxes = deepQueryAll<HTMLElement>(el.shadowRoot!, '*').filter((b) => b.checkVisibility());
  });
  after(async () => {
    el.remove();
    if (await can('setViewport')) await setViewport({width: 800, height: 600});
    await screenMedia();
  });

  it('forces no page break', () => {
    const forced = /^(page|left|right|recto|verso|always|column)$/;
    for (const box of boxes) {
      const style = getComputedStyle(box);
      expect(`${style.breakBefore} ${style.breakAfter}`, `<${box.localName}>`).to.not.match(forced);
    }
  });

  it('keeps only short blocks whole, so none leaves much of a page empty', () => {
    const whole = boxes.filter((b) => getComputedStyle(b).breakInside.startsWith('avoid'));
    expect(whole.length).to.be.greaterThan(0);
    for (const box of whole) {
      // The urgent box may take up to half a page: a reader must find it in one piece.
      const limit = box.getAttribute('part') === 'emergency' ? page.height / 2 : page.height / 3;
      expect(
        box.getBoundingClientRect().height,
        `<${box.localName} part="${box.getAttribute('part')}">`
      ).to.be.below(limit);
    }
  });

  it('keeps every heading whole and with what follows it', () => {
    const headings = boxes.filter((b) => b.matches('h1, h2, h3, h4, h5, h6, [role="heading"], dt'));
    expect(headings.length).to.be.greaterThan(20);
    for (const h of headings) {
      expect(getComputedStyle(h).breakAfter, h.textContent!).to.equal('avoid');
      if (h.localName !== 'dt') expect(getComputedStyle(h).breakInside, h.textContent!).to.equal('avoid');
    }
  });

  for (const locale of ['en', 'es']) {
    it(`prints one short sentence after each linked word, not a repeat of its own sentence (${locale})`, async () => {
      await setLocale(locale);
      await el.updateComplete;
      const words = deepQueryAll<HTMLElement>(el.shadowRoot!, 'glossary-term')
        .map((term) => term.shadowRoot!.querySelector<HTMLElement>('[part="term"]'))
        .filter((word): word is HTMLElement => !!word);
      expect(words.length).to.be.greaterThan(30);
      for (const word of words) {
        const printed = getComputedStyle(word, '::after').content;
        const term = (word.getRootNode() as ShadowRoot).host.textContent!.trim().toLowerCase();
        expect(printed, term).to.match(/^" \(.+\)"$/);
        expect(printed, term).to.not.match(/[.!?] /);
        if (term) expect(printed.toLowerCase(), term).to.not.contain(term);
      }
      await setLocale('en');
      await el.updateComplete;
    });
  }
});
