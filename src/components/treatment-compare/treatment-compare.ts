import {html, nothing, type PropertyValues} from 'lit';
import {BoneMetsSection} from '../../internal/section.js';
import {parseKeyList} from '../../internal/key-list.js';
import {heading} from '../../internal/heading.js';
import {baseStyles} from '../../internal/base-styles.js';
import {sectionStyles} from '../../internal/section-styles.js';
import {warnOnce} from '../../internal/warn.js';
import {getLocale} from '../../localization.js';
import {compareRows, treatmentCompare, type CompareRow} from '../../content/treatment-compare.js';
import {
  scopeLabel,
  scopes,
  treatmentOptions,
  type Scope,
  type TreatmentKey,
  type TreatmentOption,
} from '../../content/treatments.js';
import {defaultOptions, inArticleOrder, maxOptions, resolveOptions} from './parse-options.js';
import {comparisonCards, comparisonTable, type Cell} from './comparison.js';
import {styles} from './treatment-compare.styles.js';

/** Detail of the `treatment-compare-change` event. */
export interface TreatmentCompareChangeDetail {
  /** The treatments now compared, in the article's order (0 to 4 keys). */
  options: TreatmentKey[];
}

type Filter = 'all' | Scope;

/**
 * An Option Grid-style comparison: the reader picks 2 to 4 bone-mets treatments
 * and sees them answer the same patient questions, to bring to a talk with the
 * care team. The table shows only what the article says: a question it answers
 * for none of the picked treatments (side effects, who can have it, how long it
 * takes) is not a row but one of the questions to ask the care team; a single
 * cell it leaves open says "Ask your care team."
 *
 * The filter (All / Whole body / One spot) only hides choices: a treatment the
 * reader picked stays in the list, so it can always be unpicked, and one just
 * unpicked stays until focus leaves it. At 4 picked the other checkboxes turn
 * off, with a hint saying why; the status line announces both hints. The table
 * shows when every column fits its longest word (from about 32em wide for 2
 * treatments to 52em for 4); narrower, it becomes one card per treatment.
 * Printed: the table and the questions, without the controls.
 *
 * @tagname treatment-compare
 * @summary Bone-mets treatments side by side, answering the same patient questions.
 *
 * @csspart base - The element's content, carrying the active locale's `lang` and `dir`.
 * @csspart translation-notice - One line at the top saying a medical translator has not checked this translation yet (translations only, until reviewed; once inside `<bone-mets-article>`).
 * @csspart heading - The headings (the main heading, each card's and the questions' heading).
 * @csspart controls - The filter and the checkboxes (hidden in print).
 * @csspart filter - The radio group that filters the list: All, Whole body, One spot.
 * @csspart picker - The group of checkboxes, one per treatment.
 * @csspart hint - A hint about the checkboxes (the 4 limit, picked treatments kept in a filtered list).
 * @csspart status - The live text saying which treatments are compared, with the hints (hidden in print).
 * @csspart comparison - The table and the cards.
 * @csspart table - The comparison table (wide containers and print).
 * @csspart cards - The cards (containers too narrow for the table).
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
      // Setting options again, even to the same value, replaces the reader's choice.
      options: {converter: {fromAttribute: parseKeyList}, hasChanged: () => true},
      _selected: {state: true, attribute: false},
      _filter: {state: true, attribute: false},
      _lingering: {state: true, attribute: false},
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

  /** A treatment just unpicked outside the filter, kept in the list while it has focus. */
  private _lingering?: TreatmentKey;

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
    const rows = compareRows();
    // A row is a row only if the article answers it for at least one treatment shown.
    const answered = rows.filter((row) => chosen.some((option) => row.answer(option) !== null));
    const cell: Cell = (row, option) => row.answer(option) ?? content.askCareTeam;
    const questions = [
      content.questions.first,
      ...rows
        .filter((row): row is CompareRow & {ask: () => string} =>
          Boolean(row.ask && (row.alwaysAsk || !answered.includes(row)))
        )
        .map((row) => row.ask()),
      content.questions.last,
    ];
    return this.frame(html`
      ${heading(this.headingLevel, content.title)}
      ${
        // The controls need JavaScript: server-rendered, the comparison is its starting
        // selection as a table, without the instructions to pick.
        this.interactive
          ? html`${content.intro.map((sentence) => html`<p>${sentence}</p>`)}
              <div part="controls">${this._filterGroup(content)} ${this._picker(content, all)}</div>
              <p part="status" role="status">${this._status(content, chosen, all)}</p>`
          : nothing
      }
      ${
        chosen.length
          ? html`<div part="comparison" class=${this.interactive ? '' : 'static'}>
              ${comparisonTable(chosen, answered, cell, content.caption)}
              ${this.interactive ? comparisonCards(chosen, answered, cell, this.headingLevel + 1) : nothing}
            </div>`
          : nothing
      }
      ${heading(this.headingLevel + 1, content.questions.title)}
      <p>${content.questions.intro}</p>
      <ul part="questions">
        ${questions.map((item) => html`<li>${item}</li>`)}
      </ul>
    `);
  }

  // Lit sets .checked only when the rendered value changes; a host that sets `options` back
  // to what was rendered last (in a change listener) would leave a box the reader just
  // clicked out of step with the table. So every box follows the selection after each update.
  protected override updated() {
    for (const input of this.renderRoot.querySelectorAll<HTMLInputElement>('[part="picker"] input')) {
      input.checked = this._selected.includes(input.value as TreatmentKey);
    }
  }

  private _inFilter(option: TreatmentOption) {
    return this._filter === 'all' || option.scope === this._filter;
  }

  /** Whether a picked treatment is shown only because it is picked (the filter would hide it). */
  private _keptOutside(all: readonly TreatmentOption[]) {
    return all.some((option) => this._selected.includes(option.key) && !this._inFilter(option));
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
    return html`<fieldset part="picker">
      <legend>${content.pickLegend}</legend>
      <ul role="list">
        ${all.map((option) => {
          const picked = this._selected.includes(option.key);
          const off = full && !picked;
          const shown = picked || this._inFilter(option) || option.key === this._lingering;
          return html`<li ?hidden=${!shown}>
            <label>
              <input
                type="checkbox"
                value=${option.key}
                .checked=${picked}
                ?disabled=${off}
                aria-describedby=${off ? 'max-hint' : nothing}
                @change=${this._onPick}
                @focusout=${this._onPickBlur}
              />
              ${option.name()}
            </label>
          </li>`;
        })}
      </ul>
      ${this._keptOutside(all) ? html`<p part="hint">${content.keptHint}</p>` : nothing}
      ${full ? html`<p part="hint" id="max-hint">${content.maxHint}</p>` : nothing}
    </fieldset>`;
  }

  /**
   * What is compared, then the hints beside the checkboxes, so a screen reader hears them
   * when they appear (the hints stay visible where they apply; here they are read, not shown).
   */
  private _status(
    content: ReturnType<typeof treatmentCompare>,
    chosen: readonly TreatmentOption[],
    all: readonly TreatmentOption[]
  ) {
    const names = chosen.map((option) => option.name());
    const said =
      names.length === 0
        ? content.pickedNone
        : names.length === 1
          ? content.pickedOne(names[0])
          : content.comparing(listOf(names));
    const hints = [
      ...(this._keptOutside(all) ? [content.keptHint] : []),
      ...(this._selected.length >= maxOptions ? [content.maxHint] : []),
    ];
    return html`${said}${hints.map((hint) => html` <span class="visually-hidden">${hint}</span>`)}`;
  }

  private _onFilter(event: Event) {
    this._filter = (event.target as HTMLInputElement).value as Filter;
    this._lingering = undefined;
  }

  /** The treatment kept in view while it had focus goes once focus leaves it. */
  private _onPickBlur(event: FocusEvent) {
    if ((event.target as HTMLInputElement).value === this._lingering) this._lingering = undefined;
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
    // Unpicking a treatment the filter hides would hide the box in the reader's hand and drop
    // focus to the page: it stays in the list until focus moves on.
    const option = treatmentOptions().find((o) => o.key === key)!;
    const focused = this.shadowRoot?.activeElement === input;
    this._lingering = !input.checked && focused && !this._inFilter(option) ? key : undefined;
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

/** Names as a list in the reader's language ("A, B and C"); commas where Intl.ListFormat is missing. */
function listOf(names: string[]): string {
  return typeof Intl.ListFormat === 'function'
    ? new Intl.ListFormat(getLocale(), {type: 'unit', style: 'short'}).format(names)
    : names.join(', ');
}
