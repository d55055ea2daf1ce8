// <bone-mets-overview>: one export per state, each in English and in Spanish.
// The Spanish exports pin the "Locale" global; the English ones follow the toolbar.
import {html} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/components/bone-mets-overview/bone-mets-overview.define.js';

interface Args {
  /** Level of the main heading (1–6). */
  headingLevel: number;
}

type Story = StoryObj<Args>;

const meta: Meta<Args> = {
  title: 'bone-mets-overview',
  component: 'bone-mets-overview',
  args: {headingLevel: 2},
  argTypes: {headingLevel: {control: {type: 'number', min: 1, max: 6}}},
};
export default meta;

const spanish = {locale: 'es'};

/** The skeleton drawing beside its numbered list, as on a tablet or computer. */
export const Default: Story = {
  render: ({headingLevel}) => html`<bone-mets-overview heading-level=${headingLevel}></bone-mets-overview>`,
};
export const DefaultSpanish: Story = {...Default, globals: spanish};

/** A 320 px column, as on a small phone: the list moves under the drawing. */
export const Narrow320: Story = {
  render: ({headingLevel}) =>
    html`<div style="inline-size: 320px; outline: 1px dotted gray;">
      <bone-mets-overview heading-level=${headingLevel}></bone-mets-overview>
    </div>`,
};
export const Narrow320Spanish: Story = {...Narrow320, globals: spanish};

/** A host page's theme: --bm-accent-color colours the numbered markers in the drawing and the list. */
export const Themed: Story = {
  render: ({headingLevel}) =>
    html`<bone-mets-overview
      heading-level=${headingLevel}
      style="--bm-font-family: system-ui, sans-serif; --bm-heading-color: #1d4f91; --bm-accent-color: #b3261e;"
    ></bone-mets-overview>`,
};
export const ThemedSpanish: Story = {...Themed, globals: spanish};

/** Light text on a dark page: the bones follow the page's text colour, the markers the accent. */
export const DarkPage: Story = {
  render: ({headingLevel}) =>
    html`<div style="background: #12233a; color: #f1f1f1; padding: 1rem; --bm-accent-color: #ffcc66;">
      <bone-mets-overview heading-level=${headingLevel}></bone-mets-overview>
    </div>`,
};
export const DarkPageSpanish: Story = {...DarkPage, globals: spanish};

/** A malformed heading-level: one console warning, and the main heading stays an h2. */
export const BadHeadingLevel: Story = {
  parameters: {controls: {disable: true}},
  render: () => html`<bone-mets-overview></bone-mets-overview>`,
  // Set after render: a template binding would be rejected by the type checker, as it should be.
  play: ({canvasElement}) =>
    canvasElement.querySelector('bone-mets-overview')?.setAttribute('heading-level', 'nine'),
};
