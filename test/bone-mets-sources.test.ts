import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import '../src/components/bone-mets-sources/bone-mets-sources.define.js';
import {setLocale} from '../src/localization.js';
import {translationStatus} from '../src/generated/translation-status.js';
import {orSkip, screenMedia} from './helpers/helpers.js';
import {deepQueryAll, render, sectionChecks, visibleText} from './helpers/sections.js';

const citations = [
  'The American Cancer Society. Advanced Cancer, Metastatic Cancer, and Bone Metastasis. Treating Bone Metastases.',
  'Radiation Therapy Answers. Bone Metastases.',
];

const part = (el: HTMLElement, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('<bone-mets-sources>', () => {
  sectionChecks('bone-mets-sources');
  afterEach(() => setLocale('en'));

  describe('rendering', () => {
    it('names the article, its author and content contributor', async () => {
      const el = await render('bone-mets-sources');
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(
        'Where does this information come from?'
      );
      expect(el.shadowRoot!.querySelector('p cite')!.textContent).to.equal('Bone Metastases');
      const credits = [...part(el, 'credits').querySelectorAll('div')].map((d) =>
        [...d.children].map((c) => c.textContent!.trim())
      );
      expect(credits).to.deep.equal([
        ['Author', 'Christina Bach, LCSW, MBE, OSW-C, FAOSW'],
        ['Content contributor', 'Lara Bonner Millar, MD'],
        ['Last reviewed', 'September 30, 2022'],
      ]);
      expect(visibleText(el)).to.contain('We did not copy the text of the article.');
    });

    it('lists both sources as citations, without web links', async () => {
      const el = await render('bone-mets-sources');
      const items = [...part(el, 'citations').querySelectorAll('li')];
      expect(items.map((li) => squash(li.textContent!))).to.deep.equal(citations);
      expect(items.every((li) => li.querySelector('cite'))).to.equal(true);
      expect(deepQueryAll(el.shadowRoot!, 'a[href*="http"]')).to.have.length(0);
      expect(visibleText(el)).to.not.match(/related blog posts/i);
    });

    it('says it is education, not medical advice', async () => {
      const el = await render('bone-mets-sources');
      expect(part(el, 'disclaimer').textContent).to.contain('It is not medical advice.');
      expect(part(el, 'disclaimer').textContent).to.contain('Talk with your care team about your own care.');
    });
  });

  describe('localization', () => {
    for (const locale of ['en', 'es']) {
      it(`formats the review date for ${locale} in a <time datetime="2022-09-30">`, async () => {
        await setLocale(locale);
        const el = await render('bone-mets-sources');
        const time = part(el, 'credits').querySelector('time')!;
        const expected = new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'}).format(
          new Date(Date.UTC(2022, 8, 30))
        );
        expect(time.getAttribute('datetime')).to.equal('2022-09-30');
        expect(time.textContent).to.equal(expected);
        if (locale === 'en') expect(expected).to.equal('September 30, 2022');
      });
    }

    it('keeps names, titles and sources in English, marked lang="en", in Spanish', async () => {
      await setLocale('es');
      const el = await render('bone-mets-sources');
      const items = [...part(el, 'citations').querySelectorAll('li')];
      expect(items.map((li) => squash(li.textContent!))).to.deep.equal(citations);
      expect(items.map((li) => li.lang)).to.deep.equal(['en', 'en']);
      expect(el.shadowRoot!.querySelector('p cite')!.getAttribute('lang')).to.equal('en');
      const names = [...part(el, 'credits').querySelectorAll('dd[lang="en"]')].map((dd) => dd.textContent);
      expect(names).to.deep.equal(['Christina Bach, LCSW, MBE, OSW-C, FAOSW', 'Lara Bonner Millar, MD']);
    });

    it('adds no lang attributes inside in English', async () => {
      const el = await render('bone-mets-sources');
      expect(part(el, 'base').querySelectorAll('[lang]')).to.have.length(0);
    });
  });

  describe('print', () => {
    afterEach(() => screenMedia());

    it('prints everything, the disclaimer included', async function () {
      const el = await render('bone-mets-sources');
      await orSkip(this, 'emulateMedia', () => emulateMedia({media: 'print'}));
      for (const name of ['credits', 'citations', 'disclaimer']) {
        expect(getComputedStyle(part(el, name)).display, name).to.not.equal('none');
      }
      expect(getComputedStyle(part(el, 'disclaimer')).breakInside).to.equal('avoid');
    });
  });
});

describe('<bone-mets-sources> translation status', () => {
  afterEach(() => setLocale('en'));

  it('says nothing about translation in English', async () => {
    const el = await fixture(html`<bone-mets-sources></bone-mets-sources>`);
    expect(el.shadowRoot!.querySelector('[part="translation-status"]')).to.equal(null);
  });

  it('tells a reader of a translation how it was made, as locales/status.json records', async () => {
    await setLocale('es');
    const el = await fixture(html`<bone-mets-sources></bone-mets-sources>`);
    const status = el.shadowRoot!.querySelector('[part="translation-status"]')!;
    expect(status).to.exist;
    expect(translationStatus.es.reviewed).to.equal(false);
    expect(status.closest('[part="base"]')!.getAttribute('lang')).to.equal('es');
  });
});
