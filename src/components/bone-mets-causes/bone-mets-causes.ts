import {html} from 'lit';
import {BoneMetsSection} from '../../internal/section.js';
import {heading} from '../../internal/heading.js';
import {baseStyles} from '../../internal/base-styles.js';
import {sectionStyles} from '../../internal/section-styles.js';
import {causes} from '../../content/causes.js';

/**
 * Why cancer spreads to bone: blood flow, sticky molecules and growth factors.
 *
 * @tagname bone-mets-causes
 * @summary The three reasons cancer spreads to bone, in plain language.
 *
 * @csspart base - The element's content, carrying the active locale's `lang` and `dir`.
 * @csspart translation-notice - One line at the top saying a medical translator has not checked this translation yet (translations only, until reviewed; once inside `<bone-mets-article>`).
 * @csspart heading - The headings.
 * @csspart reasons - The list of reasons.
 * @csspart reason - One reason.
 *
 * @cssprop [--bm-font-family=inherit] - Font of the text.
 * @cssprop [--bm-heading-font-family=inherit] - Font of the headings.
 * @cssprop [--bm-text-color=inherit] - Colour of the text.
 * @cssprop [--bm-heading-color=inherit] - Colour of the headings.
 * @cssprop [--bm-line-height=1.6] - Line height of the text.
 * @cssprop [--bm-max-width=70ch] - Widest line length.
 * @cssprop [--bm-accent-color=currentColor] - Colour of the marker beside each reason.
 */
export class BoneMetsCauses extends BoneMetsSection {
  static override styles = [baseStyles, sectionStyles];

  override render() {
    const content = causes();
    return this.frame(html`
      ${heading(this.headingLevel, content.title)}
      <p>${content.intro}</p>
      <ol part="reasons" class="barred" role="list">
        ${content.reasons.map(
          (reason) =>
            html`<li part="reason">
              ${heading(this.headingLevel + 1, reason.title)}
              ${reason.sentences.map((sentence) => html`<p>${sentence}</p>`)}
            </li>`
        )}
      </ol>
    `);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bone-mets-causes': BoneMetsCauses;
  }
}
