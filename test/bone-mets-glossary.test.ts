import {expect} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import '../src/components/bone-mets-glossary/bone-mets-glossary.define.js';
import {glossary} from '../src/content/glossary.js';
import {setLocale} from '../src/localization.js';
import {groupByLetter} from '../src/components/bone-mets-glossary/letters.js';
import {captureWarnings, orSkip, screenMedia} from './helpers/helpers.js';
import {render, sectionChecks} from './helpers/sections.js';

const all = (el: HTMLElement, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const terms = (el: HTMLElement) => all(el, '[part="term"]').map((dt) => dt.textContent!.trim());
const letters = (el: HTMLElement) => all(el, 'h3');
const links = (el: HTMLElement) => all(el, '[part="index"] a') as HTMLAnchorElement[];

describe('<bone-mets-glossary>', () => {
  sectionChecks('bone-mets-glossary');
  afterEach(() => setLocale('en'));

  describe('rendering', () => {
    it('shows every glossary term with its definition', async () => {
      const el = await render('bone-mets-glossary');
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('What do these words mean?');
      expect(all(el, '[part="term"]')).to.have.length(Object.keys(glossary).length);
      const osteoclast = el.shadowRoot!.getElementById('term-osteoclast')!;
      expect(osteoclast.textContent!.trim()).to.equal('Osteoclast');
      expect(osteoclast.nextElementSibling!.textContent!.trim()).to.equal(
        'A bone cell that breaks down bone.'
      );
      expect(terms(el)).to.include.members(['Bone marrow', 'CT scan', 'MRI', 'X-ray']);
    });

    for (const locale of ['en', 'es']) {
      it(`sorts and groups the terms by letter as Intl.Collator does for ${locale}`, async () => {
        await setLocale(locale);
        const el = await render('bone-mets-glossary');
        const collator = new Intl.Collator(locale, {sensitivity: 'base'});
        const shown = terms(el);
        expect(shown).to.deep.equal([...shown].sort(collator.compare));
        for (const name of shown) expect(name[0]).to.equal(name[0].toLocaleUpperCase(locale));
        // One heading per letter, in order; every term sits under the heading of its first letter.
        const headings = letters(el);
        expect(headings.length).to.be.greaterThan(5);
        for (const [i, h] of headings.entries()) {
          if (i) expect(collator.compare(headings[i - 1].textContent!, h.textContent!)).to.equal(-1);
          const list = h.nextElementSibling!;
          for (const dt of list.querySelectorAll('dt'))
            expect(collator.compare(dt.textContent!.trim()[0], h.textContent!), dt.textContent!).to.equal(0);
        }
        expect(links(el).map((a) => a.textContent)).to.deep.equal(headings.map((h) => h.textContent));
      });
    }

    it('groups Ó with O but keeps Ñ apart in Spanish, as the collator does', () => {
      const items = ['Óseo', 'Ñu', 'Osteo', 'Nube', 'Ola'].map((name) => ({key: name, name, definition: ''}));
      const groups = groupByLetter(items, 'es').map((g) => [g.letter, g.items.map((i) => i.name)]);
      expect(groups).to.deep.equal([
        ['N', ['Nube']],
        ['Ñ', ['Ñu']],
        ['O', ['Ola', 'Óseo', 'Osteo']],
      ]);
    });
  });

  describe('interaction', () => {
    it('moves focus to a letter heading from its index link, by click and by Enter', async () => {
      const el = await render('bone-mets-glossary');
      const [first, , third] = links(el);
      third.click();
      const target = el.shadowRoot!.getElementById(third.getAttribute('href')!.slice(1))!;
      expect(el.shadowRoot!.activeElement).to.equal(target);
      expect(target.getAttribute('tabindex')).to.equal('-1');
      expect(target.tagName).to.equal('H3');
      first.focus();
      await sendKeys({press: 'Enter'});
      expect(el.shadowRoot!.activeElement!.textContent).to.equal(first.textContent);
      expect(location.hash).to.equal('');
    });

    it('leaves Ctrl/Cmd-click to the browser', async () => {
      const el = await render('bone-mets-glossary');
      let prevented: boolean | undefined;
      const record = (event: Event) => {
        prevented = event.defaultPrevented;
        event.preventDefault(); // keep the test page where it is
      };
      document.addEventListener('click', record);
      try {
        links(el)[1].dispatchEvent(
          new MouseEvent('click', {ctrlKey: true, bubbles: true, composed: true, cancelable: true})
        );
      } finally {
        document.removeEventListener('click', record);
      }
      expect(prevented).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(null);
    });
  });

  describe('terms attribute', () => {
    it('shows only the listed terms and warns once about unknown keys', async () => {
      const warnings = await captureWarnings(() =>
        render('bone-mets-glossary', 'terms="osteoclast, Osteoblast,no-such-word,lesion,osteoclast"')
      );
      const el = document.querySelector<HTMLElement>('bone-mets-glossary[terms]')!;
      expect(terms(el)).to.deep.equal(['Lesion', 'Osteoblast', 'Osteoclast']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('"no-such-word"');
    });

    it('reads keys separated by spaces, as <treatment-compare options> does', async () => {
      const el = await render('bone-mets-glossary', 'terms="osteoclast  osteoblast"');
      expect(terms(el)).to.deep.equal(['Osteoblast', 'Osteoclast']);
    });

    for (const [attribute, warns] of [
      ['terms=""', 0],
      ['terms=" , "', 0],
      ['terms="nope-one,nope-two"', 1],
    ] as const) {
      it(`shows the whole glossary for ${attribute}`, async () => {
        const warnings = await captureWarnings(() => render('bone-mets-glossary', attribute));
        const el = document.querySelector<HTMLElement>('bone-mets-glossary[terms]')!;
        expect(terms(el)).to.have.length(Object.keys(glossary).length);
        expect(warnings).to.have.length(warns);
      });
    }
  });

  describe('print', () => {
    afterEach(() => screenMedia());

    it('hides the letter index and keeps every term', async function () {
      const el = await render('bone-mets-glossary');
      await orSkip(this, 'emulateMedia', () => emulateMedia({media: 'print'}));
      expect(getComputedStyle(all(el, '[part="index"]')[0]).display).to.equal('none');
      expect(all(el, '[part="term"]').every((dt) => dt.offsetHeight > 0)).to.equal(true);
    });
  });
});
