import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import '../src/components/bone-mets-overview/bone-mets-overview.define.js';
import type {BoneMetsOverview} from '../src/components/bone-mets-overview/bone-mets-overview.js';
import {can, orSkip, screenMedia} from './helpers/helpers.js';
import {render, sectionChecks, visibleText} from './helpers/sections.js';

const texts = (nodes: Iterable<Element>) => [...nodes].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

/** A system colour as the browser resolves it (forced-color-adjust keeps a forced mode from changing the probe). */
function systemColor(name: string): string {
  const probe = document.createElement('span');
  probe.style.cssText = `color: ${name}; forced-color-adjust: none`;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/** Applies the element's `@media (forced-colors: active)` rules as if the mode were on. */
function applyForcedColorRules(el: Element) {
  const root = el.shadowRoot!;
  const rules = root.adoptedStyleSheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter(
      (rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && /forced-colors/.test(rule.conditionText)
    )
    .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
  expect(rules, 'forced-colors rules').to.not.be.empty;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join('\n'));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

describe('<bone-mets-overview>', () => {
  sectionChecks('bone-mets-overview');

  describe('rendering', () => {
    it('asks the questions a patient asks, as headings', async () => {
      const el = await render('bone-mets-overview');
      expect(texts(el.shadowRoot!.querySelectorAll('h2'))).to.deep.equal(['What is bone metastasis?']);
      expect(texts(el.shadowRoot!.querySelectorAll('h3'))).to.deep.equal([
        'Is it bone cancer?',
        'How does cancer get into bone?',
        'Which bones can it affect?',
        'Which cancers spread to bone most often?',
      ]);
    });

    it('says what bone mets are and are not, and links the medical words', async () => {
      const el = await render('bone-mets-overview');
      const text = visibleText(el);
      expect(text).to.contain('No. Cancer that spreads to bone is not bone cancer.');
      expect(text).to.contain('Any bone in your body can get bone mets.');
      const terms = [...el.shadowRoot!.querySelectorAll('glossary-term')].map((t) => t.getAttribute('term'));
      expect(terms).to.deep.equal([
        'bone-metastasis',
        'lesion',
        'advanced-cancer',
        'primary-tumor',
        'lymph-system',
      ]);
      // "Primary", never "first": a first cancer reads as an earlier, different one.
      expect(text).to.contain('Cancer cells from the primary tumor can move to a bone.');
      expect(text).to.not.match(/first (tumor|cancer)/);
    });

    it('lists the five cancers that most often spread to bone', async () => {
      const el = await render('bone-mets-overview');
      expect(texts(part(el, 'cancers').querySelectorAll('li'))).to.deep.equal([
        'Breast cancer',
        'Prostate cancer',
        'Lung cancer',
        'Thyroid cancer',
        'Kidney cancer',
      ]);
    });
  });

  describe('skeleton figure', () => {
    it('captions the drawing with a numbered list of the six common sites', async () => {
      const el = await render('bone-mets-overview');
      const figure = part(el, 'figure');
      expect(figure.tagName).to.equal('FIGURE');
      const caption = figure.querySelector('figcaption')!;
      expect(caption.querySelector('p')!.textContent).to.equal('Common places for bone mets');
      const sites = caption.querySelectorAll('ol[part="sites"] > li');
      expect(texts(sites)).to.deep.equal([
        '1 Skull',
        '2 Upper arm bone (humerus)',
        '3 Ribs',
        '4 Spine (backbone)',
        '5 Hip (pelvis)',
        '6 Upper leg bone (femur)',
      ]);
    });

    it('hides the drawing from screen readers once, and numbers it like the list', async () => {
      const el = await render('bone-mets-overview');
      const svg = part(el, 'skeleton');
      expect(svg.closest('figure')).to.equal(part(el, 'figure'));
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
      // No second name for it: the visible list is its only text alternative.
      expect(['role', 'aria-label', 'aria-labelledby'].filter((a) => svg.hasAttribute(a))).to.be.empty;
      expect(svg.querySelector('title, desc')).to.be.null;
      // Only numbers in the drawing: the names live in the translated list.
      expect(texts(svg.querySelectorAll('text'))).to.deep.equal(['1', '2', '3', '4', '5', '6']);
      const badges = el.shadowRoot!.querySelectorAll('[part="number"]');
      expect([...badges].every((b) => b.getAttribute('aria-hidden') === 'true')).to.be.true;
    });

    it('fits a 320px phone and 200% zoom without sideways scrolling', async () => {
      for (const width of ['320px', '160px']) {
        const wrapper = await fixture(
          html`<div style="inline-size: ${width}"><bone-mets-overview></bone-mets-overview></div>`
        );
        const el = wrapper.querySelector<BoneMetsOverview>('bone-mets-overview')!;
        await el.updateComplete;
        const svg = part(el, 'skeleton').getBoundingClientRect();
        expect(svg.width).to.be.greaterThan(100).and.at.most(parseFloat(width));
        expect(svg.height).to.be.greaterThan(svg.width);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      }
    });

    it('draws bones in CanvasText and markers in Highlight in forced-colors mode', async () => {
      // Playwright launchers emulate forced colours; the puppeteer ones used here ignore or refuse it,
      // so then the element's own forced-colors rules are applied directly and checked the same way.
      if (await can('emulateMedia')) await emulateMedia({forcedColors: 'active'});
      try {
        const el = await render('bone-mets-overview');
        if (!matchMedia('(forced-colors: active)').matches) applyForcedColorRules(el);
        const svg = part(el, 'skeleton');
        const dot = getComputedStyle(svg.querySelector('.marker .dot')!);
        const ring = getComputedStyle(svg.querySelector('.marker .ring')!);
        const bones = getComputedStyle(svg.querySelector('.bones')!);
        for (const paint of [dot.fill, ring.stroke, bones.stroke]) {
          expect(paint).to.not.match(/^(none|transparent|rgba\(0, 0, 0, 0\))$/);
        }
        expect(dot.fill).to.equal(systemColor('Highlight'));
        expect(ring.stroke).to.equal(systemColor('Highlight'));
        expect(bones.stroke).to.equal(systemColor('CanvasText'));
      } finally {
        await screenMedia();
      }
    });

    it('keeps the figure whole when printed', async function () {
      await orSkip(this, 'emulateMedia', () => emulateMedia({media: 'print'}));
      try {
        const el = await render('bone-mets-overview');
        expect(getComputedStyle(part(el, 'figure')).breakInside).to.equal('avoid');
      } finally {
        await screenMedia();
      }
    });
  });
});
