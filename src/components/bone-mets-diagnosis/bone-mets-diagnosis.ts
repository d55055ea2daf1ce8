import {html, nothing} from 'lit';
import {BoneMetsSection} from '../../internal/section.js';
import {heading} from '../../internal/heading.js';
import {baseStyles} from '../../internal/base-styles.js';
import {sectionStyles} from '../../internal/section-styles.js';
import {diagnosis} from '../../content/diagnosis.js';
import type {Message} from '../../content/types.js';
import {styles} from './bone-mets-diagnosis.styles.js';

/**
 * How bone mets are diagnosed: X-ray, bone scan, CT scan, MRI, blood tests and
 * biopsy, each as a card that says in words what the test shows and what it can miss.
 *
 * @tagname bone-mets-diagnosis
 * @summary The tests that find bone metastases and their limits, in plain language.
 *
 * @csspart base - The element's content, carrying the active locale's `lang` and `dir`.
 * @csspart translation-notice - One line at the top saying a medical translator has not checked this translation yet (translations only, until reviewed; once inside `<bone-mets-article>`).
 * @csspart heading - The headings.
 * @csspart tests - The list of tests.
 * @csspart test - One test's card.
 *
 * @cssprop [--bm-font-family=inherit] - Font of the text.
 * @cssprop [--bm-heading-font-family=inherit] - Font of the headings.
 * @cssprop [--bm-text-color=inherit] - Colour of the text.
 * @cssprop [--bm-heading-color=inherit] - Colour of the headings.
 * @cssprop [--bm-line-height=1.6] - Line height of the text.
 * @cssprop [--bm-max-width=70ch] - Widest line length.
 * @cssprop [--bm-accent-color=currentColor] - Colour of the bar at the start of each card.
 * @cssprop [--bm-card-border-color=currentColor] - Colour of each card's border.
 * @cssprop [--bm-card-background=transparent] - Background of each card.
 */
export class BoneMetsDiagnosis extends BoneMetsSection {
  static override styles = [baseStyles, sectionStyles, styles];

  override render() {
    const content = diagnosis();
    const {labels} = content;
    // A labelled group of sentences inside a test's <dl>; the label is text, never only colour.
    const labelled = (label: Message, sentences: Message[] | undefined) =>
      sentences?.length
        ? html`<dt>${label}</dt>
            <dd>${sentences.map((sentence) => html`<p>${sentence}</p>`)}</dd>`
        : nothing;
    return this.frame(html`
      ${heading(this.headingLevel, content.title)}
      ${content.intro.map((sentence) => html`<p>${sentence}</p>`)}
      <ul part="tests" class="cards" role="list">
        ${content.tests.map(
          (test) =>
            html`<li part="test">
              ${heading(this.headingLevel + 1, test.name)}
              <dl>
                ${labelled(labels.shows, test.shows)} ${labelled(labels.misses, test.misses)}
                ${labelled(labels.goodToKnow, test.goodToKnow)}
              </dl>
            </li>`
        )}
      </ul>
      <p>${content.closing}</p>
    `);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bone-mets-diagnosis': BoneMetsDiagnosis;
  }
}
