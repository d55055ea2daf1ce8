// <treatment-compare>: one export per state, each in English and in Spanish.
// The Spanish exports pin the "Locale" global; the English ones follow the toolbar.
import {html} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {treatmentKeys} from '../src/content/treatments.js';
import '../src/components/treatment-compare/treatment-compare.define.js';
import type {TreatmentCompare} from '../src/components/treatment-compare/treatment-compare.js';

interface Args {
  /** Level of the main heading (1–6). */
  headingLevel: number;
  /** Treatments to compare first: keys separated by commas or spaces. */
  options: string;
}

type Story = StoryObj<Args>;

const meta: Meta<Args> = {
  title: 'treatment-compare',
  component: 'treatment-compare',
  args: {headingLevel: 2, options: ''},
  argTypes: {
    headingLevel: {control: {type: 'number', min: 1, max: 6}},
    options: {control: 'text', description: `Any of: ${treatmentKeys.join(', ')}`},
  },
};
export default meta;

const spanish = {locale: 'es'};

const compare: Story['render'] = ({headingLevel, options}) =>
  html`<treatment-compare heading-level=${headingLevel} options=${options}></treatment-compare>`;

/** Clicks these inputs (checkbox or radio, by value) after render, as a reader would. */
const clickInputs =
  (...keys: string[]): Story['play'] =>
  async ({canvasElement}) => {
    const el = canvasElement.querySelector<TreatmentCompare>('treatment-compare');
    await el?.updateComplete;
    for (const key of keys) {
      el?.shadowRoot?.querySelector<HTMLInputElement>(`input[value="${key}"]`)?.click();
      await el?.updateComplete;
    }
  };

/** No options: the default pair, one whole-body (chemotherapy) and one one-spot (radiation therapy). */
export const Default: Story = {render: compare};
export const DefaultSpanish: Story = {...Default, globals: spanish};

/** The host preselects two treatments with `options`. */
export const Preselected: Story = {args: {options: 'radiation-therapy, surgery'}, render: compare};
export const PreselectedSpanish: Story = {...Preselected, globals: spanish};

/** Four picked: the other checkboxes are off, with a hint saying why. */
export const FourSelected: Story = {
  args: {options: 'radionuclide-therapy ablation bone-cement surgery'},
  render: compare,
};
export const FourSelectedSpanish: Story = {...FourSelected, globals: spanish};

/** One picked: the hint asks for at least 2, and the one picked is still shown. */
export const OneSelected: Story = {
  args: {options: 'bone-cement, surgery'},
  render: compare,
  play: clickInputs('surgery'),
};
export const OneSelectedSpanish: Story = {...OneSelected, globals: spanish};

/** The "One spot" filter: whole-body choices are hidden, except chemotherapy, which is picked. */
export const Filtered: Story = {
  args: {options: 'chemotherapy, surgery'},
  render: compare,
  play: clickInputs('local'),
};
export const FilteredSpanish: Story = {...Filtered, globals: spanish};

/** A 320 px column, as on a small phone: one card per treatment instead of the table. */
export const Narrow320: Story = {
  args: {options: 'denosumab, ablation, bone-cement'},
  render: (args, context) =>
    html`<div style="inline-size: 320px; outline: 1px dotted gray;">${compare(args, context)}</div>`,
};
export const Narrow320Spanish: Story = {...Narrow320, globals: spanish};

/** Malformed options (unknown keys, more than 4): one console warning, and the first 4 known ones are compared. */
export const BadOptions: Story = {
  args: {options: 'Surgery, magic-pill, ablation bone-cement denosumab chemotherapy'},
  render: compare,
};
export const BadOptionsSpanish: Story = {...BadOptions, globals: spanish};

/** Only unknown keys: one console warning, and the default pair. */
export const AllBadOptions: Story = {args: {options: 'x-ray; bone-scan'}, render: compare};
export const AllBadOptionsSpanish: Story = {...AllBadOptions, globals: spanish};

/** A host page's theme through the --bm-* custom properties. */
export const Themed: Story = {
  render: ({headingLevel, options}) =>
    html`<treatment-compare
      heading-level=${headingLevel}
      options=${options}
      style="--bm-font-family: system-ui, sans-serif; --bm-heading-color: #1d4f91; --bm-accent-color: #1d4f91;
      --bm-table-border-color: #8aa4c8; --bm-header-background: #eef3fa;"
    ></treatment-compare>`,
};
export const ThemedSpanish: Story = {...Themed, globals: spanish};

/** The two bone medicines beside a cancer medicine: how each is given, and that they do not kill cancer cells. */
export const BoneMedicines: Story = {
  args: {options: 'chemotherapy bisphosphonates denosumab'},
  render: compare,
};
export const BoneMedicinesSpanish: Story = {...BoneMedicines, globals: spanish};

/** A cell the article leaves open ("Ask your care team."); the questions it never answers are in the list. */
export const AskYourCareTeam: Story = {args: {options: 'bone-cement surgery'}, render: compare};

/** The "One spot" filter on: a picked whole-body treatment stays in the list, and the status says so. */
export const FilteredKeepsPicked: Story = {
  args: {options: 'chemotherapy surgery'},
  render: compare,
  play: clickInputs('local'),
};
