import {css} from 'lit';

const rules = css`
  /* The table may use the full width; the text around it keeps a readable line length. */
  [part='base'] {
    max-inline-size: none;
  }
  [part='base'] > :not([part='comparison']) {
    max-inline-size: var(--bm-max-width, 70ch);
  }
  fieldset {
    min-inline-size: 0;
    margin-block: 0 1em;
    margin-inline: 0;
    padding-block: 0.25rem 0.75rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--bm-table-border-color, currentColor);
    border-radius: 0.25rem;
  }
  legend {
    padding-inline: 0.25rem;
    font-weight: bold;
  }
  [part='filter'] {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1.5rem;
  }
  [part='picker'] ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
    column-gap: 1rem;
    margin-block: 0;
    padding-inline-start: 0;
    list-style: none;
  }
  [part='picker'] li + li {
    margin-block-start: 0;
  }
  /* The whole label is the target: at least 44px high, with a 24px box. */
  label {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
    cursor: pointer;
  }
  input {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
  }
  input:focus-visible {
    outline: 2px solid var(--bm-focus-color, currentColor);
    outline-offset: 2px;
  }
  label:has(input:disabled) {
    cursor: not-allowed;
  }
  [part='hint'] {
    margin-block: 0.5em 0;
  }
  /* Read by screen readers, not shown: the status repeats hints that are visible by the checkboxes. */
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  [part='status'] {
    position: relative;
    padding-inline-start: 0.75rem;
    border-inline-start: 0.25rem solid var(--bm-accent-color, currentColor);
    font-weight: bold;
  }
  [part='comparison'] {
    margin-block-end: 1.5em;
  }
  [part='table'] {
    display: none;
    inline-size: 100%;
    border-collapse: collapse;
  }
  /* Server-rendered (no script yet): the starting selection as a table, whatever the width. */
  .static {
    overflow-x: auto;
  }
  .static > [part='table'] {
    display: table;
  }
  /* Equal columns for the treatments, so none looks more important; a column whose
     longest word needs more may take it (automatic table layout), never break it. */
  [data-columns='2'] th[scope='col'] {
    inline-size: 37%;
  }
  [data-columns='3'] th[scope='col'] {
    inline-size: 25%;
  }
  [data-columns='4'] th[scope='col'] {
    inline-size: 19%;
  }
  caption {
    padding-block-end: 0.5em;
    font-weight: bold;
    text-align: start;
  }
  th,
  td {
    padding: 0.5rem;
    border: 1px solid var(--bm-table-border-color, currentColor);
    text-align: start;
    vertical-align: top;
  }
  thead td {
    border-block-start-color: transparent;
    border-inline-start-color: transparent;
  }
  th {
    background: var(--bm-header-background, transparent);
  }
  /* Table headers never break inside a word ("Chemother|apy"): hyphenated only
     where the language has hyphenation rules (lang is set), otherwise whole. The
     layout switch below keeps the columns wide enough for them. Card headings
     keep the last-resort wrap of the section, so nothing overflows at 320px. */
  th {
    hyphens: auto;
    overflow-wrap: normal;
    word-break: normal;
  }
  [part='card'] > [part='heading'] {
    hyphens: auto;
  }
  [part='comparison'] ul {
    margin-block: 0;
    padding-inline-start: 1.25em;
  }
  [part='comparison'] li + li {
    margin-block-start: 0.25em;
  }
  [part='card'] {
    margin-block-end: 1rem;
    padding: 0.75rem;
    border: 1px solid var(--bm-table-border-color, currentColor);
    border-radius: 0.25rem;
  }
  [part='card'] > [part='heading'] {
    margin-block-start: 0;
    font-size: 1.1em;
  }
  [part='card'] dl {
    margin-block-end: 0;
  }
  [part='card'] dt {
    font-weight: bold;
  }
  [part='card'] dd {
    margin-block: 0 0.75em;
    margin-inline: 0;
  }
  @media (forced-colors: active) {
    fieldset,
    th,
    td,
    [part='card'] {
      border-color: CanvasText;
    }
    thead td {
      border-block-start-color: Canvas;
      border-inline-start-color: Canvas;
    }
    [part='status'] {
      border-inline-start-color: CanvasText;
    }
    label:has(input:disabled) {
      color: GrayText;
    }
    input:focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    [part='controls'],
    [part='status'] {
      display: none;
    }
    th,
    td {
      border-color: #000;
      background: none;
    }
    tr {
      break-inside: avoid;
    }
  }
`;

/*
 * The element's own width picks the layout: a table when every column fits its
 * longest word (a question column and about 10.5em per treatment: em, so it
 * follows the text size), one card per treatment when narrower; print always
 * gets the table (so it comes after).
 */
const layout = css`
  :host {
    container-type: inline-size;
  }
  @container (min-width: 32em) {
    [part='table']:is([data-columns='1'], [data-columns='2']) {
      display: table;
    }
    [part='cards']:is([data-columns='1'], [data-columns='2']) {
      display: none;
    }
  }
  @container (min-width: 42em) {
    [part='table'][data-columns='3'] {
      display: table;
    }
    [part='cards'][data-columns='3'] {
      display: none;
    }
  }
  @container (min-width: 52em) {
    [part='table'][data-columns='4'] {
      display: table;
    }
    [part='cards'][data-columns='4'] {
      display: none;
    }
  }
  @media print {
    [part='table'] {
      display: table;
    }
    [part='cards'] {
      display: none;
    }
  }
`;

export const styles = [rules, layout];
