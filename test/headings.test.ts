// The outline our elements add to a page: it continues the page's own at any
// depth, never jumps back up, never shows a heading smaller than its text, and a
// heading level from a framework is checked like one from an attribute.
import {expect, fixture} from '@open-wc/testing';
import '../src/components/bone-mets-article/bone-mets-article.define.js';
import type {BoneMetsArticle} from '../src/components/bone-mets-article/bone-mets-article.js';
import type {BoneMetsSection} from '../src/internal/section.js';
import {deepQueryAll} from './helpers/sections.js';
import {captureWarnings} from './helpers/helpers.js';

const headingSelector = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** Level a screen reader announces for a heading. */
const levelOf = (h: Element) => Number(h.getAttribute('aria-level') ?? h.localName.slice(1));

const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);

async function article(level: string) {
  let el!: BoneMetsArticle;
  const warnings = await captureWarnings(async () => {
    el = await fixture<BoneMetsArticle>(`<bone-mets-article heading-level="${level}"></bone-mets-article>`);
    await el.updateComplete;
  });
  return {el, warnings, headings: deepQueryAll(el.shadowRoot!, headingSelector)};
}

describe('heading outline', () => {
  for (const level of ['5', '6']) {
    it(`continues below heading-level="${level}" on the article, with no warning and no jump back up`, async () => {
      const {el, warnings, headings} = await article(level);
      expect(warnings).to.deep.equal([]);
      const levels = headings.map(levelOf);
      expect(levels[0]).to.equal(Number(level));
      expect(Math.min(...levels.slice(1))).to.equal(Number(level) + 1);
      expect(levels.every((l) => Number.isInteger(l) && l >= Number(level))).to.equal(true);
      // Each section's title sits one below the article's, its own sub-headings one below that.
      for (const section of el.shadowRoot!.querySelectorAll<BoneMetsSection>('[part="section"] > *')) {
        expect(section.headingLevel).to.equal(Number(level) + 1);
        expect(levelOf(section.shadowRoot!.querySelector('[part="base"] > [part="heading"]')!)).to.equal(
          Number(level) + 1
        );
      }
      // Past h6, headings keep their depth for screen readers.
      const deep = headings.filter((h) => levelOf(h) > 6);
      expect(deep.length).to.be.greaterThan(0);
      expect(deep.every((h) => h.getAttribute('role') === 'heading')).to.equal(true);
      await expect(el).to.be.accessible();
    });
  }

  it('never draws a heading smaller or lighter than the text around it', async () => {
    const {headings} = await article('5');
    for (const h of headings) {
      const text = h.parentElement!.querySelector(':scope > p') ?? h.closest('[part="base"]')!;
      const label = `${h.localName}${h.getAttribute('aria-level') ?? ''} "${h.textContent!.trim()}"`;
      expect(px(h), label).to.be.at.least(px(text));
      expect(Number(getComputedStyle(h).fontWeight), label).to.be.at.least(600);
    }
  });

  it('checks a heading level set from script like the attribute: one warning, then level 2', async () => {
    for (const bad of [NaN, 7, 0, 2.5, -1, {}, '', 'three', null, Symbol('x'), Object.create(null)]) {
      const el = await fixture<BoneMetsSection>('<bone-mets-sources></bone-mets-sources>');
      const warnings = await captureWarnings(async () => {
        el.headingLevel = bad as number;
        await el.updateComplete;
      });
      const label = typeof bad === 'symbol' || typeof bad === 'object' ? typeof bad : String(bad);
      expect(warnings, label).to.have.length(1);
      expect(el.headingLevel, label).to.equal(2);
      expect(el.shadowRoot!.querySelector('[part="base"] > h2'), label).to.exist;
      expect(el.shadowRoot!.querySelector('[aria-level="NaN"]'), label).to.equal(null);
    }
  });

  it('takes a whole number from 1 to 6 from script, as a number or text', async () => {
    const el = await fixture<BoneMetsSection>('<bone-mets-sources></bone-mets-sources>');
    const warnings = await captureWarnings(async () => {
      el.headingLevel = 4;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="base"] > h4')).to.exist;
      el.headingLevel = '6' as unknown as number;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="base"] > h6')).to.exist;
    });
    expect(warnings).to.deep.equal([]);
    expect(el.getAttribute('heading-level')).to.equal('6');
  });

  it('does not let a page author give level 7 by attribute', async () => {
    const warnings = await captureWarnings(() =>
      fixture('<bone-mets-sources heading-level="7"></bone-mets-sources>')
    );
    expect(warnings.join()).to.contain('heading-level="7"');
  });
});
