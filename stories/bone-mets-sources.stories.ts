// <bone-mets-sources>: one export per state, each in English and in Spanish.
// The Spanish exports pin the "Locale" global; the English ones follow the toolbar.
import {html} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/components/bone-mets-sources/bone-mets-sources.define.js';

interface Args {
  /** Level of the main heading. */
  headingLevel: number;
}

type Story = StoryObj<Args>;

const meta: Meta<Args> = {
  title: 'bone-mets-sources',
  component: 'bone-mets-sources',
  args: {headingLevel: 2},
  argTypes: {headingLevel: {control: {type: 'number', min: 1, max: 6}}},
  render: ({headingLevel}) => html`<bone-mets-sources heading-level=${headingLevel}></bone-mets-sources>`,
};
export default meta;

const spanish = {locale: 'es'};

/** The article, its people, the review date, its two sources and the "not medical advice" note. */
export const Default: Story = {};
/** The date is formatted for Spanish; names, titles and sources stay in English, marked lang="en". */
export const DefaultSpanish: Story = {...Default, globals: spanish};

/** A 320 px column, as on a small phone: each label and its value wrap onto their own lines. */
export const Narrow320: Story = {
  render: ({headingLevel}) =>
    html`<div style="inline-size: 320px; outline: 1px dotted gray;">
      <bone-mets-sources heading-level=${headingLevel}></bone-mets-sources>
    </div>`,
};
export const Narrow320Spanish: Story = {...Narrow320, globals: spanish};

/** The host page's own dark theme and an accent colour for the disclaimer's bar. */
export const DarkHost: Story = {
  render: ({headingLevel}) =>
    html`<div style="background: #111; color: #eee; padding: 1rem; --bm-accent-color: #f5c542">
      <bone-mets-sources heading-level=${headingLevel}></bone-mets-sources>
    </div>`,
};
