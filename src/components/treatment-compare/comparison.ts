/**
 * The two views of one comparison: a table for wide containers and a card per
 * treatment for narrow ones. Both are rendered; the element's container query
 * shows one (display: none hides the other from assistive technology too).
 */
import {html} from 'lit';
import {heading} from '../../internal/heading.js';
import type {CompareRow} from '../../content/treatment-compare.js';
import {linkedName, type TreatmentOption} from '../../content/treatments.js';
import type {Message} from '../../content/types.js';

/** The answer shown in one cell: a sentence, or a short list. */
export type Cell = (row: CompareRow, option: TreatmentOption) => Message | Message[];

const answer = (value: Message | Message[]) =>
  Array.isArray(value)
    ? html`<ul>
        ${value.map((item) => html`<li>${item}</li>`)}
      </ul>`
    : value;

/** Questions down the side, one column per treatment. */
export function comparisonTable(
  options: readonly TreatmentOption[],
  rows: readonly CompareRow[],
  cell: Cell,
  caption: Message
) {
  // The column count picks the width at which the table replaces the cards (see the styles).
  return html`<table part="table" data-columns=${options.length}>
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        <td></td>
        ${options.map((option) => html`<th scope="col">${linkedName(option)}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) =>
          html`<tr>
            <th scope="row">${row.question}</th>
            ${options.map((option) => html`<td>${answer(cell(row, option))}</td>`)}
          </tr>`
      )}
    </tbody>
  </table>`;
}

/** One card per treatment: its name as a heading, then each question and its answer. */
export function comparisonCards(
  options: readonly TreatmentOption[],
  rows: readonly CompareRow[],
  cell: Cell,
  level: number
) {
  return html`<div part="cards" data-columns=${options.length}>
    ${options.map(
      (option) =>
        html`<article part="card">
          ${heading(level, linkedName(option))}
          <dl>
            ${rows.map(
              (row) =>
                html`<div>
                  <dt>${row.question}</dt>
                  <dd>${answer(cell(row, option))}</dd>
                </div>`
            )}
          </dl>
        </article>`
    )}
  </div>`;
}
