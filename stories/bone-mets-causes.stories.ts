// <bone-mets-causes>: one export per state, each in English and in Spanish (and right-to-left Arabic).
// The pinned exports set the "Locale" global; the default ones follow the toolbar.
import {html} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/components/bone-mets-causes/bone-mets-causes.define.js';

interface Args {
  /** Level of the main heading (1–6). */
  headingLevel: number;
}

type Story = StoryObj<Args>;

const meta: Meta<Args> = {
  title: 'bone-mets-causes',
  component: 'bone-mets-causes',
  args: {headingLevel: 2},
  argTypes: {headingLevel: {control: {type: 'number', min: 1, max: 6}}},
};
export default meta;

/** As a hospital page embeds it. */
export const Default: Story = {
  render: ({headingLevel}) => html`<bone-mets-causes heading-level=${headingLevel}></bone-mets-causes>`,
};
export const DefaultSpanish: Story = {...Default, globals: {locale: 'es'}};
export const DefaultArabic: Story = {...Default, globals: {locale: 'ar'}};

/** A 320 px column, as on a small phone. */
export const Narrow320: Story = {
  render: ({headingLevel}) =>
    html`<div style="inline-size: 320px; outline: 1px dotted gray;">
      <bone-mets-causes heading-level=${headingLevel}></bone-mets-causes>
    </div>`,
};
export const Narrow320Spanish: Story = {...Narrow320, globals: {locale: 'es'}};

/** Long pseudo-locale text (en-XA) at 320 px: nothing may clip or overflow. */
export const Narrow320PseudoLong: Story = {...Narrow320, globals: {locale: 'en-XA'}};

/** A host page's theme through the --bm-* custom properties. */
export const Themed: Story = {
  render: ({headingLevel}) =>
    html`<div
      style="--bm-font-family: Georgia, serif; --bm-heading-color: #0b4f6c; --bm-accent-color: #0b4f6c; --bm-max-width: 60ch;"
    >
      <bone-mets-causes heading-level=${headingLevel}></bone-mets-causes>
    </div>`,
};
