import {html, nothing, type PropertyValues} from 'lit';
import {BoneMetsSection} from '../../internal/section.js';
import {parseKeyList} from '../../internal/key-list.js';
import {heading} from '../../internal/heading.js';
import {baseStyles} from '../../internal/base-styles.js';
import {sectionStyles} from '../../internal/section-styles.js';
import {warnOnce} from '../../internal/warn.js';
import {getLocale} from '../../localization.js';
import {compareRows, treatmentCompare} from '../../content/treatment-compare.js';
import {
  scopeLabel,
  scopes,
  treatmentOptions,
  type Scope,
  type TreatmentKey,
  type TreatmentOption,
} from '../../content/treatments.js';
import {defaultOptions, inArticleOrder, maxOptions, resolveOptions} from './parse-options.js';
import {comparisonCards, comparisonTable} from './comparison.js';
import {styles} from './treatment-compare.styles.js';

/** Detail of the `treatment-compare-change` event. */
export interface TreatmentCompareChangeDetail {
  /** The treatments now compared, in the article's order (0 to 4 keys). */
  options: TreatmentKey[];
}

type Filter = 'all' | Scope;

/**
 * An Option Grid-style comparison: the reader picks 2 to 4 bone-mets treatments
 * and sees them side by side, answering the same patient questions, to bring to
 * a talk with the care team. Where the article is silent (side effects, who can
 * have it, how long it takes), the answer is "Ask your care team."
 *
 * The filter (All / Whole body / One spot) only hides choices: a treatment the
 * reader picked stays in the list, so it can always be unpicked. At 4 picked the
 * other checkboxes turn off, with a hint saying why. Under 45rem (720px) of width the
 * table becomes one card per treatment. Printed: the table and the questions,
 * without the controls.
 *
 * @tagname treatment-compare
 * @summary Bone-mets treatments side by side, answering the same patient questions.
 *
 * @csspart base - The element's content, carrying the active locale's `lang` and `dir`.
 * @csspart heading - The headings (the main heading, each card's and the questions' heading).
 * @csspart controls - The filter and the checkboxes (hidden in print).
 * @csspart filter - The radio group that filters the list: All, Whole body, One spot.
 * @csspart picker - The group of checkboxes, one per treatment.
 * @csspart hint - A hint about the checkboxes (the 4 limit, picked treatments kept in a filtered list).
 * @csspart status - The live text saying which treatments are compared (hidden in print).
 * @csspart comparison - The table and the cards.
 * @csspart table - The comparison table (wide containers and print).
 * @csspart cards - The cards (containers narrower than 45rem).
 * @csspart card - One treatment's card.
 * @csspart questions - The list of questions to ask the care team.
 *
 * @cssprop [--bm-font-family=inherit] - Font of the text.
 * @cssprop [--bm-heading-font-family=inherit] - Font of the headings.
 * @cssprop [--bm-text-color=inherit] - Colour of the text.
 * @cssprop [--bm-heading-color=inherit] - Colour of the headings.
 * @cssprop [--bm-line-height=1.6] - Line height of the text.
 * @cssprop [--bm-max-width=70ch] - Widest line length of the text around the comparison (the table may be wider).
 * @cssprop [--bm-focus-color=currentColor] - Colour of the keyboard focus ring.
 * @cssprop [--bm-accent-color=currentColor] - Colour of the bar beside the status.
 * @cssprop [--bm-table-border-color=currentColor] - Lines of the table, the cards and the control groups.
 * @cssprop [--bm-header-background=transparent] - Background of the table's column and row headers.
 *
 * @fires {CustomEvent<TreatmentCompareChangeDetail>} treatment-compare-change - The reader checked or unchecked a
 * treatment. Bubbles and is composed. Not fired on first render, by the filter, or when the host sets `options`.
 */
export class TreatmentCompare extends BoneMetsSection {
  static override styles = [baseStyles, sectionStyles, styles];

  static override get properties() {
    return {
      options: {converter: {fromAttribute: parseKeyList}},
      _selected: {state: true, attribute: false},
      _filter: {state: true, attribute: false},
    };
  }

  /**
   * Treatments to compare first (attribute: keys separated by commas or spaces, any case,
   * `options="radiation-therapy, surgery"`). Unknown keys are left out and past 4 the first 4
   * are kept, with one console warning; unset, empty or all unknown shows chemotherapy and
   * radiation therapy. Setting it replaces the reader's choice and fires no event.
   * @type {TreatmentKey[] | string}
   */
  options: string[] = [];

  /** The treatments the reader is comparing, in the article's order. */
  private _selected: TreatmentKey[] = [...defaultOptions];

  /** Which choices the checkbox list shows. */
  private _filter: Filter = 'all';

  /** The treatments compared now, in the article's order (read-only; changes fire `treatment-compare-change`). */
  get selection(): TreatmentKey[] {
    return [...this._selected];
  }

  override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (!changed.has('options')) return;
    const requested = parseKeyList(this.options);
    const {keys, problem} = resolveOptions(requested);
    if (problem) {
      warnOnce(
        `treatment-compare-options:${requested.join(',')}`,
        `<treatment-compare options="${requested.join(',')}">: ${problem}.`
      );
    }
    this._selected = keys;
  }

  override render() {
    const content = treatmentCompare();
    const all = treatmentOptions();
    const chosen = all.filter((option) => this._selected.includes(option.key));
    return this.frame(html`
      ${heading(this.headingLevel, content.title)}
      ${content.intro.map((sentence) => html`<p>${sentence}</p>`)}
      <div part="controls">${this._filterGroup(content)} ${this._picker(content, all)}</div>
      <p part="status" role="status">${this._status(content, chosen)}</p>
      ${
        chosen.length
          ? html`<div part="comparison">
              ${comparisonTable(chosen, compareRows(), content.caption)}
              ${comparisonCards(chosen, compareRows(), this.headingLevel + 1)}
            </div>`
          : nothing
      }
      ${heading(this.headingLevel + 1, content.questions.title)}
      <p>${content.questions.intro}</p>
      <ul part="questions">
        ${content.questions.items.map((item) => html`<li>${item}</li>`)}
      </ul>
    `);
  }

  private _filterGroup(content: ReturnType<typeof treatmentCompare>) {
    const filters: Filter[] = ['all', ...scopes];
    return html`<fieldset part="filter">
      <legend>${content.filterLegend}</legend>
      ${filters.map(
        (filter) =>
          html`<label>
            <input
              type="radio"
              name="filter"
              value=${filter}
              .checked=${this._filter === filter}
              @change=${this._onFilter}
            />
            ${filter === 'all' ? content.filterAll : scopeLabel(filter)}
          </label>`
      )}
    </fieldset>`;
  }

  private _picker(content: ReturnType<typeof treatmentCompare>, all: readonly TreatmentOption[]) {
    const full = this._selected.length >= maxOptions;
    const inFilter = (option: TreatmentOption) => this._filter === 'all' || option.scope === this._filter;
    const keptOutside = all.some((option) => this._selected.includes(option.key) && !inFilter(option));
    return html`<fieldset part="picker">
      <legend>${content.pickLegend}</legend>
      <ul role="list">
        ${all.map((option) => {
          const picked = this._selected.includes(option.key);
          const off = full && !picked;
          return html`<li ?hidden=${!picked && !inFilter(option)}>
            <label>
              <input
                type="checkbox"
                value=${option.key}
                .checked=${picked}
                ?disabled=${off}
                aria-describedby=${off ? 'max-hint' : nothing}
                @change=${this._onPick}
              />
              ${option.name()}
            </label>
          </li>`;
        })}
      </ul>
      ${keptOutside ? html`<p part="hint">${content.keptHint}</p>` : nothing}
      ${full ? html`<p part="hint" id="max-hint">${content.maxHint}</p>` : nothing}
    </fieldset>`;
  }

  private _status(content: ReturnType<typeof treatmentCompare>, chosen: readonly TreatmentOption[]) {
    const names = chosen.map((option) => option.name());
    if (names.length === 0) return content.pickedNone;
    if (names.length === 1) return content.pickedOne(names[0]);
    return content.comparing(new Intl.ListFormat(getLocale(), {type: 'unit', style: 'short'}).format(names));
  }

  private _onFilter(event: Event) {
    this._filter = (event.target as HTMLInputElement).value as Filter;
  }

  private _onPick(event: Event) {
    const input = event.target as HTMLInputElement;
    const key = input.value as TreatmentKey;
    const next = input.checked ? [...this._selected, key] : this._selected.filter((k) => k !== key);
    if (next.length > maxOptions) {
      // Only reachable if a disabled box was forced on: keep the limit.
      input.checked = false;
      return;
    }
    this._selected = inArticleOrder(next);
    this.dispatchEvent(
      new CustomEvent<TreatmentCompareChangeDetail>('treatment-compare-change', {
        detail: {options: this.selection},
        bubbles: true,
        composed: true,
      })
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'treatment-compare': TreatmentCompare;
  }
  interface GlobalEventHandlersEventMap {
    'treatment-compare-change': CustomEvent<TreatmentCompareChangeDetail>;
  }
}
