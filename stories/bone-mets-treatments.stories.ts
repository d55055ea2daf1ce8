// <bone-mets-treatments>: one export per state, each in English and in Spanish.
// The Spanish exports pin the "Locale" global; the English ones follow the toolbar.
import {html} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/components/bone-mets-treatments/bone-mets-treatments.define.js';

interface Args {
  /** Level of the main heading (1–6). */
  headingLevel: number;
}

type Story = StoryObj<Args>;

const meta: Meta<Args> = {
  title: 'bone-mets-treatments',
  component: 'bone-mets-treatments',
  args: {headingLevel: 2},
  argTypes: {headingLevel: {control: {type: 'number', min: 1, max: 6}}},
};
export default meta;

const spanish = {locale: 'es'};

/** The whole section: intro, the whole-body and one-spot treatments, other help, what comes next. */
export const Default: Story = {
  render: ({headingLevel}) =>
    html`<bone-mets-treatments heading-level=${headingLevel}></bone-mets-treatments>`,
};
export const DefaultSpanish: Story = {...Default, globals: spanish};

/** A 320 px column, as on a small phone: everything wraps in one column. */
export const Narrow320: Story = {
  render: ({headingLevel}) =>
    html`<div style="inline-size: 320px; outline: 1px dotted gray;">
      <bone-mets-treatments heading-level=${headingLevel}></bone-mets-treatments>
    </div>`,
};
export const Narrow320Spanish: Story = {...Narrow320, globals: spanish};

/** The after-options slot holding a host's content (a stand-in for a treatment comparison). */
export const WithAfterOptions: Story = {
  render: ({headingLevel}) =>
    html`<bone-mets-treatments heading-level=${headingLevel}>
      <div slot="after-options" style="border: 2px dashed gray; padding: 1rem;">
        A host page's comparison tool goes here.
      </div>
    </bone-mets-treatments>`,
};
export const WithAfterOptionsSpanish: Story = {...WithAfterOptions, globals: spanish};

/** A host page's theme through the --bm-* custom properties. */
export const Themed: Story = {
  render: ({headingLevel}) =>
    html`<bone-mets-treatments
      heading-level=${headingLevel}
      style="--bm-font-family: system-ui, sans-serif; --bm-heading-color: #1d4f91; --bm-accent-color: #1d4f91;"
    ></bone-mets-treatments>`,
};
export const ThemedSpanish: Story = {...Themed, globals: spanish};

/** A malformed heading-level: one console warning, and the main heading stays an h2. */
export const BadHeadingLevel: Story = {
  parameters: {controls: {disable: true}},
  render: () => html`<bone-mets-treatments></bone-mets-treatments>`,
  // Set after render: a template binding would be rejected by the type checker, as it should be.
  play: ({canvasElement}) =>
    canvasElement.querySelector('bone-mets-treatments')?.setAttribute('heading-level', 'nine'),
};
