import {html, nothing, type PropertyValues} from 'lit';
import {BoneMetsSection} from '../../internal/section.js';
import {heading} from '../../internal/heading.js';
import {baseStyles} from '../../internal/base-styles.js';
import {sectionStyles} from '../../internal/section-styles.js';
import {warnOnce} from '../../internal/warn.js';
import {emergency, signs, type Sign} from '../../content/signs.js';
import {describeValue, parseCarePhone, phoneText, type CarePhone} from './care-phone.js';
import {styles} from './bone-mets-signs.styles.js';

/** A warning triangle: marks the urgent box without relying on colour. Decorative. */
const warningIcon = html`<svg
  aria-hidden="true"
  focusable="false"
  viewBox="0 0 24 24"
  width="1.25em"
  height="1.25em"
>
  <path
    d="M12 2.5 1.5 21h21L12 2.5Z"
    fill="none"
    stroke="currentColor"
    stroke-width="2.2"
    stroke-linejoin="round"
  />
  <path d="M12 9v5.5" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" />
  <circle cx="12" cy="17.7" r="1.4" fill="currentColor" />
</svg>`;

/** The phone line in `value`, or undefined with one console warning when there is a value but no number. */
function readPhone(attribute: string, value: unknown): CarePhone | undefined {
  if (value == null) return undefined;
  const text = phoneText(value);
  if (text === undefined) {
    warnOnce(
      `${attribute}:${describeValue(value)}`,
      `${attribute} must be a phone number as text or a number, not ${describeValue(value)}, so no call link is shown.`
    );
    return undefined;
  }
  const phone = parseCarePhone(text);
  if (!phone) {
    warnOnce(
      `${attribute}:${text}`,
      `${attribute}="${text}" is not a phone number, so no call link is shown. Use digits with spaces, ` +
        `dashes, dots or parentheses, an optional leading + and extension, e.g. "215-555-0100 ext. 12".`
    );
  }
  return phone;
}

/**
 * The five common signs of bone metastasis, and a "Get help right away" box
 * for the signs of spinal cord compression, an emergency: whom to call, and
 * where to go when nobody answers.
 *
 * @tagname bone-mets-signs
 * @summary The signs of bone metastasis and when to get help right away, in plain language.
 *
 * @slot care-contact - Extra ways to reach the care team, shown inside the urgent box after the phone lines (e.g. a link to the after-hours page).
 *
 * @csspart base - The element's content, carrying the active locale's `lang` and `dir`.
 * @csspart translation-notice - One line at the top saying a medical translator has not checked this translation yet (translations only, until reviewed; once inside `<bone-mets-article>`).
 * @csspart heading - The headings.
 * @csspart emergency - The "Get help right away" box.
 * @csspart care-phone - The link that phones the care team (only with a valid `care-phone`).
 * @csspart urgent-phone - The link that phones the after-hours or urgent line (only with a valid `urgent-phone`).
 * @csspart signs - The list of signs.
 * @csspart sign - One sign.
 *
 * @cssprop [--bm-font-family=inherit] - Font of the text.
 * @cssprop [--bm-heading-font-family=inherit] - Font of the headings.
 * @cssprop [--bm-text-color=inherit] - Colour of the text.
 * @cssprop [--bm-heading-color=inherit] - Colour of the headings (outside the urgent box).
 * @cssprop [--bm-line-height=1.6] - Line height of the text.
 * @cssprop [--bm-max-width=70ch] - Widest line length.
 * @cssprop [--bm-accent-color=currentColor] - Colour of the marker beside each sign.
 * @cssprop [--bm-link-color=inherit] - Colour of the phone links.
 * @cssprop [--bm-focus-color=currentColor] - Colour of the keyboard focus ring.
 * @cssprop [--bm-emergency-color=inherit] - Text colour of the urgent box. Set it together with the background.
 * @cssprop [--bm-emergency-background=transparent] - Background of the urgent box.
 * @cssprop [--bm-emergency-border-color=currentColor] - Border and icon colour of the urgent box.
 */
export class BoneMetsSigns extends BoneMetsSection {
  static override styles = [baseStyles, sectionStyles, styles];

  static override get properties() {
    return {
      carePhone: {attribute: 'care-phone'},
      urgentPhone: {attribute: 'urgent-phone'},
    };
  }

  /**
   * The care team's phone line, e.g. `215-555-0100` or `+1 (215) 555-0100 ext. 12` (a number is read
   * as its digits). Only a plain phone number becomes a `tel:` link; anything else warns once and
   * shows no link.
   */
  carePhone?: string | number | null;

  /**
   * The hospital's after-hours or urgent line, read like `care-phone`; shown as its own labelled
   * link after the care team's.
   */
  urgentPhone?: string | number | null;

  /** The parsed phone lines, kept in step with the properties in willUpdate(). */
  private _carePhone?: CarePhone;
  private _urgentPhone?: CarePhone;

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('carePhone')) this._carePhone = readPhone('care-phone', this.carePhone);
    if (changed.has('urgentPhone')) this._urgentPhone = readPhone('urgent-phone', this.urgentPhone);
  }

  // role="list" on the signs list is deliberate: Safari drops list semantics when markers are removed.
  override render() {
    const content = signs();
    // The urgent box comes first, before the five signs: a frightened reader,
    // often on a phone or a screen reader, learns what needs help now without
    // reading past pain and broken bones. Sign 3 explains it again in context.
    return this.frame(html`
      ${heading(this.headingLevel, content.title)} ${this._renderEmergency()}
      <p>${content.intro}</p>
      <ul part="signs" class="barred" role="list">
        ${content.signs.map((sign: Sign) => this._renderSign(sign))}
      </ul>
      ${content.closing.map((sentence) => html`<p>${sentence}</p>`)}
    `);
  }

  private _renderEmergency() {
    const words = emergency();
    const care = this._carePhone;
    const urgent = this._urgentPhone;
    // The slot adds to the phone lines, never replaces them: a number to call is
    // the fastest help, and the page's own content (an after-hours page, a map)
    // is extra. Without a valid number the box still says whom to call, and it
    // always says where to go when nobody answers (no country's emergency
    // number is written in: only the page knows its readers' country).
    // A group, not a region: two of these on a page must not be two landmarks
    // with the same name.
    return html`<div part="emergency" role="group" aria-labelledby="emergency-heading">
      ${heading(this.headingLevel + 1, html`${warningIcon}<span>${words.title}</span>`, 'emergency-heading')}
      <ul>
        ${words.items.map((item) => html`<li>${item}</li>`)}
      </ul>
      <p>${words.why}</p>
      <p class="action">
        ${
          care
            ? html`<a part="care-phone" href=${care.href}>${words.call(this._renderNumber(care))}</a>`
            : words.fallback
        }
      </p>
      ${
        urgent
          ? html`<p class="action">
              <a part="urgent-phone" href=${urgent.href}>${words.callUrgent(this._renderNumber(urgent))}</a>
            </p>`
          : nothing
      }
      <p>${words.cannotReach}</p>
      <slot name="care-contact"></slot>
    </div>`;
  }

  /**
   * The number reads left to right on any page (dir="ltr" isolates it) and
   * breaks only at its spaces, never inside "1-800-555-0199".
   */
  private _renderNumber(phone: CarePhone) {
    const groups = phone.display.split(' ');
    return html`<span dir="ltr"
      >${groups.map((group, i) => html`${i ? ' ' : ''}<span class="nowrap">${group}</span>`)}</span
    >`;
  }

  private _renderSign(sign: Sign) {
    return html`<li part="sign">
      ${heading(this.headingLevel + 1, sign.title)}
      ${sign.sentences.map((sentence) => html`<p>${sentence}</p>`)}
      ${
        sign.list
          ? html`<p>${sign.list.intro}</p>
              <ul>
                ${sign.list.items.map((item) => html`<li>${item}</li>`)}
              </ul>`
          : nothing
      }
      ${sign.after?.map((sentence) => html`<p>${sentence}</p>`) ?? nothing}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bone-mets-signs': BoneMetsSigns;
  }
}
