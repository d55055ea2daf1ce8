import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {BoneMetsSection} from '../../internal/section.js';
import {heading} from '../../internal/heading.js';
import {baseStyles} from '../../internal/base-styles.js';
import {sectionStyles} from '../../internal/section-styles.js';
import {getLocale} from '../../localization.js';
import {parseLocale} from '../../internal/locale-tags.js';
import {articleTitle, citations, lastReviewed, lastReviewedDate, sources} from '../../content/sources.js';
import {translationStatus} from '../../generated/translation-status.js';
import {styles} from './bone-mets-sources.styles.js';

/**
 * Where the information comes from: the source article, its author and content
 * contributor, the day it was last reviewed, the sources it names, and a note
 * that this is education, not medical advice.
 *
 * @tagname bone-mets-sources
 * @summary The source article, its people and sources, and a "not medical advice" note.
 *
 * @csspart base - The element's content, carrying the active locale's `lang` and `dir`.
 * @csspart translation-notice - One line at the top saying a medical translator has not checked this translation yet (translations only, until reviewed; once inside `<bone-mets-article>`).
 * @csspart heading - The headings.
 * @csspart credits - The list of the article's author, content contributor and review date.
 * @csspart citations - The list of sources the article names.
 * @csspart translation-status - How this language version was made and whether a medical translator checked it.
 * @csspart disclaimer - The note that this is education, not medical advice.
 *
 * @cssprop [--bm-font-family=inherit] - Font of the text.
 * @cssprop [--bm-heading-font-family=inherit] - Font of the headings.
 * @cssprop [--bm-text-color=inherit] - Colour of the text.
 * @cssprop [--bm-heading-color=inherit] - Colour of the headings.
 * @cssprop [--bm-line-height=1.6] - Line height of the text.
 * @cssprop [--bm-max-width=70ch] - Widest line length.
 * @cssprop [--bm-accent-color=currentColor] - Colour of the bar beside the disclaimer.
 */
export class BoneMetsSources extends BoneMetsSection {
  static override styles = [baseStyles, sectionStyles, styles];

  override render() {
    const content = sources();
    const locale = getLocale();
    // Titles, names and credentials stay in English: say so to screen readers and hyphenation.
    const english = parseLocale(locale)?.language === 'en' ? undefined : 'en';
    const reviewed = new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'}).format(
      lastReviewedDate()
    );
    const status = translationStatus[locale];
    const statusText = !status
      ? undefined
      : status.reviewed && status.reviewedOn
        ? content.translationReviewed(
            new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'}).format(
              new Date(status.reviewedOn)
            )
          )
        : content.translationDraft;
    return this.frame(html`
      ${heading(this.headingLevel, content.title)}
      <p>${content.article(html`<cite lang=${ifDefined(english)}>${articleTitle}</cite>`)}</p>
      <p>${content.retold.join(' ')}</p>
      ${statusText ? html`<p part="translation-status">${statusText}</p>` : nothing}
      ${heading(this.headingLevel + 1, content.creditsTitle)}
      <dl part="credits">
        ${content.people.map(
          (person) =>
            html`<div>
              <dt>${person.role}</dt>
              <dd lang=${ifDefined(english)}>${person.name}</dd>
            </div>`
        )}
        <div>
          <dt>${content.reviewed}</dt>
          <dd><time datetime=${lastReviewed}>${reviewed}</time></dd>
        </div>
      </dl>
      ${heading(this.headingLevel + 1, content.citationsTitle)}
      <ul part="citations">
        ${citations.map(
          (citation) =>
            html`<li lang=${ifDefined(english)}>${citation.publisher}. <cite>${citation.title}</cite></li>`
        )}
      </ul>
      <p part="disclaimer">${content.disclaimer.join(' ')}</p>
    `);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bone-mets-sources': BoneMetsSources;
  }
}
