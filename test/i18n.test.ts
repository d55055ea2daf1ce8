// Every language: negotiation, lang/dir, right-to-left mirroring, long text at 320 px, accessibility.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../src/all.js';
import {allLocales, localeDirection, matchLocale, setLocale} from '../src/localization.js';
import {articleSections, deepQueryAll} from './helpers/sections.js';

const sectionTags = [...articleSections, 'treatment-compare', 'bone-mets-article'];
const translations = ['es', 'zh-Hans', 'zh-Hant', 'vi', 'ko', 'tl', 'ar', 'ru', 'fr', 'ht', 'pt'];

async function settle(root: Element) {
  for (let i = 0; i < 3; i++) {
    await Promise.all(
      [root, ...deepQueryAll(root, '*')].map(
        (el) => (el as Partial<{updateComplete: Promise<unknown>}>).updateComplete
      )
    );
  }
}

describe('languages', () => {
  after(() => setLocale('en'));

  describe('negotiation', () => {
    const table: Record<string, string[]> = {
      'zh-Hans': ['zh', 'zh-CN', 'zh-SG', 'zh-Hans-CN'],
      'zh-Hant': ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant'],
      pt: ['pt', 'pt-BR', 'pt-PT'],
      tl: ['tl', 'fil', 'fil-PH'],
      es: ['es-MX', 'es-US', 'es-419', 'es-ES'],
      fr: ['fr-CA', 'fr-FR'],
      ar: ['ar-EG', 'ar-SA', 'ar-001'],
      ko: ['ko-KR'],
      vi: ['vi-VN'],
      ru: ['ru-RU'],
      ht: ['ht-HT'],
      en: ['en-US', 'en-GB', 'de', 'ja', 'xx', 'not a tag', ''],
    };
    for (const [expected, tags] of Object.entries(table)) {
      it(`${tags.join(', ')} -> ${expected}`, () => {
        for (const tag of tags) expect(matchLocale(tag), tag).to.equal(expected);
      });
    }
    it('never picks a pseudo-locale for a real tag', () => {
      expect(matchLocale('en-US')).to.equal('en');
      expect(matchLocale('ar-EG')).to.equal('ar');
      expect(matchLocale('en-XA')).to.equal('en-XA');
    });
    it('carries every translation', () => {
      expect(allLocales).to.include.members(['en', ...translations]);
    });
  });

  describe('right-to-left', () => {
    for (const locale of ['ar', 'ar-XB']) {
      it(`mirrors the article in ${locale}`, async () => {
        await setLocale(locale);
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="inline-size: 600px"><bone-mets-causes></bone-mets-causes></div>`
        );
        const el = wrapper.firstElementChild!;
        await settle(el);
        const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
        expect(base.getAttribute('dir')).to.equal('rtl');
        expect(localeDirection(locale)).to.equal('rtl');
        // The accent bar sits on the reading start: the right edge in right-to-left.
        const reason = el.shadowRoot!.querySelector<HTMLElement>('[part="reason"]')!;
        expect(getComputedStyle(reason).borderRightWidth).to.not.equal('0px');
        expect(getComputedStyle(reason).borderLeftWidth).to.equal('0px');
        const heading = el.shadowRoot!.querySelector('h2')!;
        const box = base.getBoundingClientRect();
        expect(box.right - heading.getBoundingClientRect().right).to.be.below(2);
      });
    }

    it('opens a definition aligned to the word from the right', async () => {
      await setLocale('ar');
      const p = await fixture<HTMLParagraphElement>(
        html`<p dir="rtl" style="text-align: center"><glossary-term term="osteoclast"></glossary-term></p>`
      );
      const term = p.querySelector('glossary-term')!;
      term.shadowRoot!.querySelector<HTMLButtonElement>('[part="term"]')!.click();
      await waitUntil(() => term.shadowRoot!.querySelector('[part="definition"]')?.matches(':popover-open'));
      const tip = term.shadowRoot!.querySelector<HTMLElement>('[part="definition"]')!;
      expect(tip.getAttribute('dir')).to.equal('rtl');
      const button = term.shadowRoot!.querySelector('[part="term"]')!.getBoundingClientRect();
      expect(Math.abs(tip.getBoundingClientRect().right - button.right)).to.be.below(2);
      term.hide();
    });
  });

  describe('long text (en-XA) at 320 px', () => {
    for (const tag of sectionTags) {
      it(`<${tag}> neither clips nor overflows`, async () => {
        await setLocale('en-XA');
        const wrapper = await fixture<HTMLDivElement>(
          `<div style="inline-size: 320px"><${tag}></${tag}></div>`
        );
        await settle(wrapper);
        const title = deepQueryAll(wrapper, 'h2')[0];
        expect(title.textContent!.trim(), 'renders the long pseudo-locale').to.match(/^\[.*[áéíóú].*\]$/s);
        const limit = wrapper.getBoundingClientRect().right + 1;
        const offenders = deepQueryAll<HTMLElement>(wrapper, '*')
          .filter(
            (el) =>
              el.checkVisibility() && !(el instanceof SVGElement && el.closest('svg') !== (el as Element))
          )
          .filter((el) => {
            const style = getComputedStyle(el);
            const clipped = style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1;
            return el.getBoundingClientRect().right > limit || clipped;
          })
          .map(
            (el) =>
              `${el.localName}.${el.getAttribute('part') ?? ''} "${el.textContent!.trim().slice(0, 30)}"`
          );
        expect(offenders).to.deep.equal([]);
        expect(wrapper.scrollWidth).to.be.at.most(321);
      });
    }
  });

  describe('accessibility in every language', () => {
    for (const locale of [...translations, 'en-XA', 'ar-XB']) {
      it(`article and an open definition are accessible in ${locale}`, async () => {
        await setLocale(locale);
        const wrapper = await fixture(
          html`<div>
            <p><glossary-term term="hypercalcemia"></glossary-term></p>
            <bone-mets-article></bone-mets-article>
          </div>`
        );
        await settle(wrapper);
        const base = wrapper.querySelector('bone-mets-article')!.shadowRoot!.querySelector('[part="base"]')!;
        expect(base.getAttribute('lang')).to.equal(locale);
        expect(base.getAttribute('dir')).to.equal(localeDirection(locale));
        await wrapper.querySelector('glossary-term')!.show();
        await expect(wrapper).to.be.accessible();
      });
    }
  });
});
