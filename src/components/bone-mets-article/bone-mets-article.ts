import {html, nothing, type TemplateResult} from 'lit';
import type {GlossaryTerm} from '../glossary-term/glossary-term.js';
import {BoneMetsSection} from '../../internal/section.js';
import {followInPageLink} from '../../internal/in-page-link.js';
import {heading} from '../../internal/heading.js';
import {baseStyles} from '../../internal/base-styles.js';
import {sectionStyles} from '../../internal/section-styles.js';
import {article} from '../../content/article.js';
import {overview} from '../../content/overview.js';
import {typesOfMets} from '../../content/types-of-mets.js';
import {causes} from '../../content/causes.js';
import {signs} from '../../content/signs.js';
import {diagnosis} from '../../content/diagnosis.js';
import {treatments} from '../../content/treatments.js';
import {glossaryPage} from '../../content/glossary-page.js';
import {sources} from '../../content/sources.js';
import type {Message} from '../../content/types.js';
import {styles} from './bone-mets-article.styles.js';

interface Section {
  id: string;
  title: () => Message;
  render: (level: number, article: BoneMetsArticle) => TemplateResult;
}

// The article's order: what it is, why, what to watch for, tests, treatment, words, sources.
const sections: Section[] = [
  {
    id: 'overview',
    title: () => overview().title,
    render: (level) => html`<bone-mets-overview .nestedLevel=${level}></bone-mets-overview>`,
  },
  {
    id: 'types',
    title: () => typesOfMets().title,
    render: (level) => html`<bone-mets-types .nestedLevel=${level}></bone-mets-types>`,
  },
  {
    id: 'causes',
    title: () => causes().title,
    render: (level) => html`<bone-mets-causes .nestedLevel=${level}></bone-mets-causes>`,
  },
  {
    id: 'signs',
    title: () => signs().title,
    render: (level, article) =>
      html`<bone-mets-signs
        .nestedLevel=${level}
        .carePhone=${article.carePhone}
        .urgentPhone=${article.urgentPhone}
      ></bone-mets-signs>`,
  },
  {
    id: 'diagnosis',
    title: () => diagnosis().title,
    render: (level) => html`<bone-mets-diagnosis .nestedLevel=${level}></bone-mets-diagnosis>`,
  },
  {
    id: 'treatments',
    title: () => treatments().title,
    // The comparison sits right after the options it compares.
    render: (level) =>
      html`<bone-mets-treatments .nestedLevel=${level}>
        <treatment-compare slot="after-options" .nestedLevel=${level + 1}></treatment-compare>
      </bone-mets-treatments>`,
  },
  {
    id: 'glossary',
    title: () => glossaryPage().title,
    render: (level) => html`<bone-mets-glossary .nestedLevel=${level}></bone-mets-glossary>`,
  },
  {
    id: 'sources',
    title: () => sources().title,
    render: (level) => html`<bone-mets-sources .nestedLevel=${level}></bone-mets-sources>`,
  },
];

/**
 * The whole article in order, with a table of contents and a Print button.
 * Medical words open their definitions; the glossary and sources close it.
 * Printing gives a clean handout: no controls, definitions beside their words,
 * no URLs. `care-phone` and `urgent-phone` go to the signs' "Get help right
 * away" box.
 *
 * @tagname bone-mets-article
 * @summary Everything about bone metastasis in one element, with contents and print.
 *
 * @csspart base - The element's content, carrying the active locale's `lang` and `dir`.
 * @csspart translation-notice - One line at the top saying a medical translator has not checked this translation yet (translations only, until reviewed; once inside `<bone-mets-article>`).
 * @csspart heading - The article's title and the contents heading.
 * @csspart contents - The table of contents.
 * @csspart print - The Print button.
 * @csspart section - The wrapper of each section element.
 *
 * @cssprop [--bm-font-family=inherit] - Font of the text.
 * @cssprop [--bm-heading-font-family=inherit] - Font of the headings.
 * @cssprop [--bm-text-color=inherit] - Colour of the text.
 * @cssprop [--bm-heading-color=inherit] - Colour of the headings.
 * @cssprop [--bm-link-color=inherit] - Colour of the contents links.
 * @cssprop [--bm-focus-color=currentColor] - Colour of the keyboard focus ring.
 * @cssprop [--bm-line-height=1.6] - Line height of the text.
 * @cssprop [--bm-max-width=70ch] - Widest line length.
 * @cssprop [--bm-button-background=transparent] - Background of the Print button.
 * @cssprop [--bm-button-color=inherit] - Text colour of the Print button.
 *
 * @fires {CustomEvent<GlossaryTermOpenDetail>} glossary-term-open - From a glossary word in the article: the reader
 * opened its definition. Bubbles out of the article (composed).
 * @fires {CustomEvent<TreatmentCompareChangeDetail>} treatment-compare-change - From the article's treatment comparison:
 * the reader checked or unchecked a treatment. Bubbles out of the article (composed).
 */
export class BoneMetsArticle extends BoneMetsSection {
  static override styles = [baseStyles, sectionStyles, styles];

  static override get properties() {
    return {
      carePhone: {attribute: 'care-phone'},
      urgentPhone: {attribute: 'urgent-phone'},
    };
  }

  /** The care team's phone line, passed to `<bone-mets-signs>` (read and checked there, see its `care-phone`). */
  carePhone?: string | number | null;

  /** The after-hours or urgent line, passed to `<bone-mets-signs>` (see its `urgent-phone`). */
  urgentPhone?: string | number | null;

  override render() {
    const words = article();
    const sub = this.headingLevel + 1;
    return this.frame(html`
      ${heading(this.headingLevel, words.title)}
      ${
        // The intro, contents and Print button need JavaScript (links into shadow DOM,
        // window.print()): server-rendered, the article starts with its first section.
        this.interactive
          ? html`<p part="intro">${words.intro}</p>
              <nav part="contents" aria-labelledby="contents-heading">
                ${heading(sub, words.contents, 'contents-heading')}
                <ol>
                  ${sections.map(
                    (s) => html`<li><a href="#${s.id}" @click=${this._onContentsClick}>${s.title()}</a></li>`
                  )}
                </ol>
              </nav>
              <button part="print" type="button" @click=${this._onPrint}>${words.print}</button>`
          : nothing
      }
      ${sections.map(
        (s) =>
          html`<div
            part="section"
            id=${s.id}
            tabindex="-1"
            @treatment-compare-change=${this._onCompareChange}
          >
            ${s.render(sub, this)}
          </div>`
      )}
    `);
  }

  /** The first-use linking that follows the latest render; part of `updateComplete`. */
  private _linking: Promise<void> = Promise.resolve();

  // A language change re-renders the article too (BoneMetsElement), so this
  // also runs once the sections have redrawn their words.
  protected override updated() {
    this._linking = this._linkFirstUses();
  }

  /** Resolves once the article and every section in it have rendered and its medical words are linked. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await this._linking;
    return complete;
  }

  /**
   * Each section links its medical words on their first use; in the whole
   * article, only the first use in reading order stays a definition button and
   * later ones read as plain words (fewer stops for keyboard and screen readers).
   */
  private async _linkFirstUses() {
    const sections = [...this.renderRoot.querySelectorAll('[part="section"] > *')];
    const elements = (root: Element): Element[] => [
      root,
      ...[...(root.shadowRoot?.querySelectorAll('*') ?? []), ...root.querySelectorAll('*')].flatMap((el) =>
        el.localName.includes('-') ? elements(el) : []
      ),
    ];
    const settled = () =>
      Promise.all(sections.flatMap(elements).map((el) => (el as Partial<BoneMetsSection>).updateComplete));
    // Sections render, then their glossary terms and the comparison inside them.
    for (let pass = 0; pass < 3; pass++) await settled();
    const seen = new Set<string>();
    // A Set keeps reading order and visits each element once.
    for (const term of new Set(sections.flatMap(elements))) {
      // Only our own terms (from any copy of this library): another library's <glossary-term> is left alone.
      if ((term.constructor as {bmLibrary?: string}).bmLibrary !== 'bone-mets-elements') continue;
      if (term.localName !== 'glossary-term') continue;
      const glossaryTerm = term as GlossaryTerm;
      glossaryTerm.plain = seen.has(glossaryTerm.term);
      seen.add(glossaryTerm.term);
    }
    await settled();
  }

  /** The comparison shows other treatments: their names are later uses again, so link afresh. */
  private _onCompareChange() {
    this._linking = this._linkFirstUses();
  }

  private _onContentsClick(event: MouseEvent) {
    followInPageLink(event, this.shadowRoot!);
  }

  private _onPrint() {
    window.print();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bone-mets-article': BoneMetsArticle;
  }
}
