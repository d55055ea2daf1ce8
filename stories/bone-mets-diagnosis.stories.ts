// <bone-mets-diagnosis>: one export per state, each in English and in Spanish.
// The Spanish exports pin the "Locale" global; the English ones follow the toolbar.
import {html} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/components/bone-mets-diagnosis/bone-mets-diagnosis.define.js';

interface Args {
  /** Level of the main heading (1–6). */
  headingLevel: number;
}

type Story = StoryObj<Args>;

const meta: Meta<Args> = {
  title: 'bone-mets-diagnosis',
  component: 'bone-mets-diagnosis',
  args: {headingLevel: 2},
  argTypes: {headingLevel: {control: {type: 'number', min: 1, max: 6}}},
  render: ({headingLevel}) => html`<bone-mets-diagnosis heading-level=${headingLevel}></bone-mets-diagnosis>`,
};
export default meta;

const spanish = {locale: 'es'};

/** As it appears in the article: an h2 with one card per test. */
export const Default: Story = {};
export const DefaultSpanish: Story = {...Default, globals: spanish};

/** Under an h3 on the host page: an h4, and the tests become h5s. */
export const NestedHeadings: Story = {args: {headingLevel: 4}};
export const NestedHeadingsSpanish: Story = {...NestedHeadings, globals: spanish};

/** A 320 px column, as on a small phone: the cards wrap and nothing scrolls sideways. */
export const Narrow320: Story = {
  render: ({headingLevel}) =>
    html`<div style="inline-size: 320px; outline: 1px dotted gray;">
      <bone-mets-diagnosis heading-level=${headingLevel}></bone-mets-diagnosis>
    </div>`,
};
export const Narrow320Spanish: Story = {...Narrow320, globals: spanish};

/** A host page's theme through the --bm-* custom properties. */
export const Themed: Story = {
  render: ({headingLevel}) =>
    html`<bone-mets-diagnosis
      heading-level=${headingLevel}
      style="--bm-font-family: Georgia, serif; --bm-heading-color: #14532d; --bm-accent-color: #15803d;
      --bm-card-border-color: #bbf7d0; --bm-card-background: #f0fdf4;"
    ></bone-mets-diagnosis>`,
};
export const ThemedSpanish: Story = {...Themed, globals: spanish};

/** A malformed heading-level: one console warning, and the element falls back to an h2. */
export const BadHeadingLevel: Story = {
  parameters: {controls: {disable: true}},
  render: () => html`<bone-mets-diagnosis heading-level="nine"></bone-mets-diagnosis>`,
};
