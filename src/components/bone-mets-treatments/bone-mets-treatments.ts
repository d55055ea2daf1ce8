import {html, nothing} from 'lit';
import {BoneMetsSection} from '../../internal/section.js';
import {heading} from '../../internal/heading.js';
import {baseStyles} from '../../internal/base-styles.js';
import {sectionStyles} from '../../internal/section-styles.js';
import {
  linkedName,
  scopes,
  treatmentOptions,
  treatments,
  type TreatmentGroup,
  type TreatmentKind,
  type TreatmentOption,
} from '../../content/treatments.js';
import {styles} from './bone-mets-treatments.styles.js';

/**
 * How bone mets are treated: treating the cancer where it started, the
 * whole-body and one-spot treatments (name, what it does, how it is given),
 * other kinds of help, and what comes next. Medicines of one kind (the four
 * cancer medicines, the two bone medicines) are introduced once, by what they
 * share, then each by what sets it apart.
 *
 * @tagname bone-mets-treatments
 * @summary The treatments for bone metastases, grouped into whole-body and one-spot, in plain language.
 *
 * @slot after-options - Empty by default. Shown after the two groups of treatments, before "What else can help?":
 * a place for a host page or a later article to put a comparison tool such as `<treatment-compare>`.
 *
 * @csspart base - The element's content, carrying the active locale's `lang` and `dir`.
 * @csspart translation-notice - One line at the top saying a medical translator has not checked this translation yet (translations only, until reviewed; once inside `<bone-mets-article>`).
 * @csspart heading - The headings.
 * @csspart group - One group of treatments: whole body (systemic) or one spot (local).
 * @csspart options - The list of treatments in a group.
 * @csspart kind - One kind of medicine (cancer medicines, bone medicines): what they share, then each one.
 * @csspart members - The medicines of one kind: each name, and what sets it apart.
 * @csspart option - One treatment: its name, what it does and how it is given.
 *
 * @cssprop [--bm-font-family=inherit] - Font of the text.
 * @cssprop [--bm-heading-font-family=inherit] - Font of the headings.
 * @cssprop [--bm-text-color=inherit] - Colour of the text.
 * @cssprop [--bm-heading-color=inherit] - Colour of the headings.
 * @cssprop [--bm-line-height=1.6] - Line height of the text.
 * @cssprop [--bm-max-width=70ch] - Widest line length.
 * @cssprop [--bm-accent-color=currentColor] - Colour of the bar beside each treatment.
 */
export class BoneMetsTreatments extends BoneMetsSection {
  static override styles = [baseStyles, sectionStyles, styles];

  override render() {
    const content = treatments();
    const options = treatmentOptions();
    return this.frame(html`
      ${heading(this.headingLevel, content.title)}
      ${content.intro.map((sentence) => html`<p>${sentence}</p>`)}
      ${scopes.map((scope) =>
        this._group(
          content,
          content.groups[scope],
          options.filter((option) => option.scope === scope)
        )
      )}
      <slot name="after-options"></slot>
      ${heading(this.headingLevel + 1, content.alsoUsed.title)}
      <p>${content.alsoUsed.intro}</p>
      <ul>
        ${content.alsoUsed.items.map((item) => html`<li>${item}</li>`)}
      </ul>
      ${heading(this.headingLevel + 1, content.closing.title)}
      ${content.closing.sentences.map((sentence) => html`<p>${sentence}</p>`)}
    `);
  }

  private _group(
    content: ReturnType<typeof treatments>,
    group: TreatmentGroup,
    options: readonly TreatmentOption[]
  ) {
    // Each kind takes the place of its first member; treatments of their own follow in order.
    const placed = new Set<string>();
    const entries = options.flatMap((option) => {
      if (!option.kind) return [this._option(option, content.askHow)];
      if (placed.has(option.kind)) return [];
      placed.add(option.kind);
      const kind = option.kind;
      return [
        this._kind(
          content.kinds[kind],
          options.filter((o) => o.kind === kind),
          content.askHow
        ),
      ];
    });
    return html`<section part="group">
      ${heading(this.headingLevel + 1, group.title)}
      ${group.intro.map((sentence) => html`<p>${sentence}</p>`)}
      <ul part="options" class="barred" role="list">
        ${entries}
      </ul>
    </section>`;
  }

  /** What the kind's medicines share, once; then each by name with what sets it apart. */
  private _kind(kind: TreatmentKind, members: readonly TreatmentOption[], askHow: string) {
    return html`<li part="kind">
      ${heading(this.headingLevel + 2, kind.title)} ${kind.shared.map((sentence) => html`<p>${sentence}</p>`)}
      <dl part="members">
        ${members.map(
          (option) =>
            html`<div part="option">
              <dt>${linkedName(option)}</dt>
              <dd>
                ${(option.detail ?? option.whatItIs)()}
                ${option.routeInKind ? nothing : (option.howGiven() ?? askHow)}
              </dd>
            </div>`
        )}
      </dl>
    </li>`;
  }

  private _option(option: TreatmentOption, askHow: string) {
    return html`<li part="option">
      ${heading(this.headingLevel + 2, linkedName(option))}
      <p>${option.whatItIs()}</p>
      <p>${option.howGiven() ?? askHow}</p>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bone-mets-treatments': BoneMetsTreatments;
  }
}
