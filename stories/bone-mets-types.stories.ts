// <bone-mets-types>: one export per state, each in English and in Spanish.
// The Spanish exports pin the "Locale" global; the English ones follow the toolbar.
import {html} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/components/bone-mets-types/bone-mets-types.define.js';

interface Args {
  /** Level of the main heading (1–6). */
  headingLevel: number;
}

type Story = StoryObj<Args>;

const meta: Meta<Args> = {
  title: 'bone-mets-types',
  component: 'bone-mets-types',
  args: {headingLevel: 2},
  argTypes: {headingLevel: {control: {type: 'number', min: 1, max: 6}}},
};
export default meta;

const spanish = {locale: 'es'};

/** The two types side by side, as on a tablet or computer. */
export const Default: Story = {
  render: ({headingLevel}) => html`<bone-mets-types heading-level=${headingLevel}></bone-mets-types>`,
};
export const DefaultSpanish: Story = {...Default, globals: spanish};

/** A 320 px column, as on a small phone: the cards stack. */
export const Narrow320: Story = {
  render: ({headingLevel}) =>
    html`<div style="inline-size: 320px; outline: 1px dotted gray;">
      <bone-mets-types heading-level=${headingLevel}></bone-mets-types>
    </div>`,
};
export const Narrow320Spanish: Story = {...Narrow320, globals: spanish};

/** A host page's theme through the --bm-* custom properties. */
export const Themed: Story = {
  render: ({headingLevel}) =>
    html`<bone-mets-types
      heading-level=${headingLevel}
      style="--bm-font-family: system-ui, sans-serif; --bm-heading-color: #1d4f91;
      --bm-card-border-color: #1d4f91; --bm-card-background: #f3f7fc;"
    ></bone-mets-types>`,
};
export const ThemedSpanish: Story = {...Themed, globals: spanish};

/** A malformed heading-level: one console warning, and the main heading stays an h2. */
export const BadHeadingLevel: Story = {
  parameters: {controls: {disable: true}},
  render: () => html`<bone-mets-types></bone-mets-types>`,
  // Set after render: a template binding would be rejected by the type checker, as it should be.
  play: ({canvasElement}) =>
    canvasElement.querySelector('bone-mets-types')?.setAttribute('heading-level', 'nine'),
};
