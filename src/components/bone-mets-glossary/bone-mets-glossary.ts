import {html, nothing, type PropertyValues} from 'lit';
import {BoneMetsSection} from '../../internal/section.js';
import {heading} from '../../internal/heading.js';
import {followInPageLink} from '../../internal/in-page-link.js';
import {baseStyles} from '../../internal/base-styles.js';
import {sectionStyles} from '../../internal/section-styles.js';
import {parseKeyList} from '../../internal/key-list.js';
import {warnOnce} from '../../internal/warn.js';
import {getLocale} from '../../localization.js';
import {glossary, glossaryEntry} from '../../content/glossary.js';
import {glossaryPage} from '../../content/glossary-page.js';
import {capitalize, groupByLetter, type Item} from './letters.js';
import {styles} from './bone-mets-glossary.styles.js';

const allKeys = Object.keys(glossary);

/**
 * The glossary as an A–Z list: every medical word of the article with its
 * plain-language definition, sorted and grouped by first letter the way the
 * active locale sorts, with an index of letters to jump to a group.
 *
 * Each term has the id `term-<key>` (e.g. `term-osteoclast`). The letter links
 * move focus to their letter's heading; Ctrl/Cmd-click is left to the browser.
 *
 * @tagname bone-mets-glossary
 * @summary Every glossary word and its meaning, A to Z, with a letter index.
 *
 * @csspart base - The element's content, carrying the active locale's `lang` and `dir`.
 * @csspart translation-notice - One line at the top saying a medical translator has not checked this translation yet (translations only, until reviewed; once inside `<bone-mets-article>`).
 * @csspart heading - The headings (the main heading and one per letter).
 * @csspart index - The navigation with one link per letter.
 * @csspart list - Each letter's list of terms and definitions.
 * @csspart term - A term.
 * @csspart definition - A term's definition.
 *
 * @cssprop [--bm-font-family=inherit] - Font of the text.
 * @cssprop [--bm-heading-font-family=inherit] - Font of the headings.
 * @cssprop [--bm-text-color=inherit] - Colour of the text.
 * @cssprop [--bm-heading-color=inherit] - Colour of the headings.
 * @cssprop [--bm-line-height=1.6] - Line height of the text.
 * @cssprop [--bm-max-width=70ch] - Widest line length.
 * @cssprop [--bm-link-color=inherit] - Colour of the letter links.
 * @cssprop [--bm-focus-color=currentColor] - Colour of the keyboard focus ring.
 */
export class BoneMetsGlossary extends BoneMetsSection {
  static override styles = [baseStyles, sectionStyles, styles];

  static override get properties() {
    return {
      terms: {converter: {fromAttribute: parseKeyList}},
    };
  }

  /**
   * Glossary keys to show (attribute: separated by commas or spaces, `terms="osteoclast osteoblast"`); unset or empty shows them all.
   * @type {GlossaryKey[] | string | undefined}
   */
  terms?: string[];

  /** The known keys to show; `terms` is checked in willUpdate, so render only reads this. */
  private _keys: string[] = allKeys;

  override willUpdate(changed: PropertyValues<this>) {
    if (!changed.has('terms')) return;
    const wanted = parseKeyList(this.terms);
    const known = wanted.filter((key) => glossaryEntry(key));
    const unknown = wanted.filter((key) => !glossaryEntry(key));
    this._keys = known.length ? known : allKeys;
    if (unknown.length) {
      warnOnce(
        `glossary-terms:${unknown.join(',')}`,
        `<bone-mets-glossary terms="${wanted.join(',')}">: no glossary term ${unknown.map((k) => `"${k}"`).join(', ')}; ` +
          (known.length ? 'left out.' : 'showing the whole glossary.')
      );
    }
  }

  override render() {
    const locale = getLocale();
    const items: Item[] = this._keys.map((key) => {
      const entry = glossaryEntry(key)!;
      return {key, name: capitalize(entry.name(), locale), definition: entry.definition()};
    });
    const groups = groupByLetter(items, locale);
    const level = this.headingLevel + 1;
    const content = glossaryPage();
    return this.frame(html`
      ${heading(this.headingLevel, content.title)}
      <p>${content.intro}</p>
      ${
        // Links into shadow DOM need JavaScript: a server-rendered glossary shows its letters without an index.
        this.interactive
          ? html`<nav part="index" aria-label=${content.index}>
              <ul role="list">
                ${groups.map(
                  ({letter}) =>
                    html`<li><a href="#letter-${letter}" @click=${this._onLetterClick}>${letter}</a></li>`
                )}
              </ul>
            </nav>`
          : nothing
      }
      ${groups.map(
        ({letter, items}) => html`
          ${heading(level, letter, `letter-${letter}`)}
          <dl part="list">
            ${items.map(
              (item) =>
                html`<div>
                  <dt part="term" id="term-${item.key}">${item.name}</dt>
                  <dd part="definition">${item.definition}</dd>
                </div>`
            )}
          </dl>
        `
      )}
    `);
  }

  private _onLetterClick(event: MouseEvent) {
    followInPageLink(event, this.shadowRoot!);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bone-mets-glossary': BoneMetsGlossary;
  }
}
