import {html} from 'lit';
import {BoneMetsSection} from '../../internal/section.js';
import {heading} from '../../internal/heading.js';
import {baseStyles} from '../../internal/base-styles.js';
import {sectionStyles} from '../../internal/section-styles.js';
import {typesOfMets} from '../../content/types-of-mets.js';
import {styles} from './bone-mets-types.styles.js';

/**
 * The two types of bone metastasis: osteolytic (bone breaks down) and
 * osteoblastic (extra bone builds up), as two cards side by side on wide
 * screens and stacked on narrow ones. Each card has its own heading and a
 * border, so the two read apart without colour.
 *
 * @tagname bone-mets-types
 * @summary The two types of bone metastasis, in plain language.
 *
 * @csspart base - The element's content, carrying the active locale's `lang` and `dir`.
 * @csspart translation-notice - One line at the top saying a medical translator has not checked this translation yet (translations only, until reviewed; once inside `<bone-mets-article>`).
 * @csspart heading - The headings.
 * @csspart types - The list that holds the two type cards (a grid).
 * @csspart type - One type's card.
 * @csspart facts - The list of facts inside a card.
 * @csspart both - The closing paragraph: a cancer can cause either type or both.
 *
 * @cssprop [--bm-font-family=inherit] - Font of the text.
 * @cssprop [--bm-heading-font-family=inherit] - Font of the headings.
 * @cssprop [--bm-text-color=inherit] - Colour of the text.
 * @cssprop [--bm-heading-color=inherit] - Colour of the headings.
 * @cssprop [--bm-line-height=1.6] - Line height of the text.
 * @cssprop [--bm-max-width=70ch] - Widest line length.
 * @cssprop [--bm-card-border-color=currentColor] - Border of each type's card.
 * @cssprop [--bm-card-background=transparent] - Background of each type's card.
 */
export class BoneMetsTypes extends BoneMetsSection {
  static override styles = [baseStyles, sectionStyles, styles];

  override render() {
    const content = typesOfMets();
    // role="list" is not redundant here: Safari drops list semantics once list-style is none.
    return this.frame(html`
      ${heading(this.headingLevel, content.title)}
      <p>${content.intro.map((sentence) => html`${sentence} `)}</p>
      <ul part="types" class="cards" role="list">
        ${content.types.map(
          (type) =>
            html`<li part="type">
              ${heading(this.headingLevel + 1, type.title)}
              <ul part="facts">
                ${type.facts.map((fact) => html`<li>${fact}</li>`)}
              </ul>
            </li>`
        )}
      </ul>
      <p part="both">${content.both.map((sentence) => html`${sentence} `)}</p>
    `);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bone-mets-types': BoneMetsTypes;
  }
}
