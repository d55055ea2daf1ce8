import {html} from 'lit';
import {BoneMetsSection} from '../../internal/section.js';
import {heading} from '../../internal/heading.js';
import {baseStyles} from '../../internal/base-styles.js';
import {sectionStyles} from '../../internal/section-styles.js';
import {overview} from '../../content/overview.js';
import type {Message} from '../../content/types.js';
import {skeletonFigure} from './skeleton-figure.js';
import {styles} from './bone-mets-overview.styles.js';

const paragraphs = (sentences: Message[]) => sentences.map((sentence) => html`<p>${sentence}</p>`);

/**
 * What bone metastasis is: cancer spread to bone, not bone cancer; how it gets
 * there; the bones it most often affects, shown on a numbered skeleton drawing
 * with a matching list; and the cancers that most often spread to bone.
 *
 * @tagname bone-mets-overview
 * @summary What bone metastasis is, where in the body it happens and which cancers cause it most often.
 *
 * @csspart base - The element's content, carrying the active locale's `lang` and `dir`.
 * @csspart translation-notice - One line at the top saying a medical translator has not checked this translation yet (translations only, until reviewed; once inside `<bone-mets-article>`).
 * @csspart heading - The headings.
 * @csspart figure - The skeleton drawing with its caption and list of bones.
 * @csspart skeleton - The skeleton drawing (an SVG hidden from screen readers; the list says the same).
 * @csspart sites - The numbered list of common places for bone mets, matching the numbers in the drawing.
 * @csspart site - One place in that list.
 * @csspart number - The circled number of one place, matching the drawing.
 * @csspart cancers - The list of cancers that most often spread to bone.
 *
 * @cssprop [--bm-font-family=inherit] - Font of the text.
 * @cssprop [--bm-heading-font-family=inherit] - Font of the headings.
 * @cssprop [--bm-text-color=inherit] - Colour of the text and of the skeleton's bones.
 * @cssprop [--bm-heading-color=inherit] - Colour of the headings.
 * @cssprop [--bm-line-height=1.6] - Line height of the text.
 * @cssprop [--bm-max-width=70ch] - Widest line length.
 * @cssprop [--bm-accent-color=currentColor] - Colour of the numbered markers in the drawing and in the list.
 */
export class BoneMetsOverview extends BoneMetsSection {
  static override styles = [baseStyles, sectionStyles, styles];

  override render() {
    const content = overview();
    const {notBoneCancer, travel, where, cancers} = content;
    const answer = (part: {title: Message; sentences: Message[]}) =>
      html`${heading(this.headingLevel + 1, part.title)}${paragraphs(part.sentences)}`;
    return this.frame(html`
      ${heading(this.headingLevel, content.title)} ${paragraphs(content.intro)}
      ${[notBoneCancer, travel, where].map(answer)}
      <figure part="figure">
        ${skeletonFigure(where.sites.map((site) => site.key))}
        <figcaption>
          <p>${where.caption}</p>
          <ol part="sites" role="list">
            ${where.sites.map(
              (site, index) =>
                html`<li part="site">
                  <span part="number" aria-hidden="true">${index + 1}</span> <span>${site.name}</span>
                </li>`
            )}
          </ol>
        </figcaption>
      </figure>
      ${heading(this.headingLevel + 1, cancers.title)}
      <p>${cancers.intro}</p>
      <ul part="cancers">
        ${cancers.items.map((item) => html`<li>${item}</li>`)}
      </ul>
      <p>${cancers.askTeam}</p>
    `);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bone-mets-overview': BoneMetsOverview;
  }
}
