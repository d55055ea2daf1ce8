// <bone-mets-glossary>: one export per state, each in English and in Spanish.
// The Spanish exports pin the "Locale" global; the English ones follow the toolbar.
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/components/bone-mets-glossary/bone-mets-glossary.define.js';

interface Args {
  /** Comma-separated glossary keys (the `terms` attribute); empty shows the whole glossary. */
  terms?: string;
  /** Level of the main heading; letter headings go one deeper. */
  headingLevel: number;
}

type Story = StoryObj<Args>;

const meta: Meta<Args> = {
  title: 'bone-mets-glossary',
  component: 'bone-mets-glossary',
  args: {headingLevel: 2},
  argTypes: {
    terms: {control: 'text'},
    headingLevel: {control: {type: 'number', min: 1, max: 6}},
  },
  render: ({terms, headingLevel}) =>
    html`<bone-mets-glossary
      terms=${ifDefined(terms || undefined)}
      heading-level=${headingLevel}
    ></bone-mets-glossary>`,
};
export default meta;

const spanish = {locale: 'es'};

/** The whole glossary, A to Z, with the letter index. */
export const Default: Story = {};
/** Sorted and grouped the Spanish way (Intl.Collator), so the letters differ from English. */
export const DefaultSpanish: Story = {...Default, globals: spanish};

/** Only some terms, e.g. the ones a page section uses. */
export const SomeTerms: Story = {args: {terms: 'osteoclast,osteoblast,osteolytic,osteoblastic,lucency'}};
export const SomeTermsSpanish: Story = {...SomeTerms, globals: spanish};

/** Unknown keys are left out with one console warning; with no known key, the whole glossary shows. */
export const UnknownTerms: Story = {args: {terms: 'osteoclast,bone-pain,no-such-term'}};

/** A 320 px column, as on a small phone: the letter index wraps into rows. */
export const Narrow320: Story = {
  render: ({terms, headingLevel}) =>
    html`<div style="inline-size: 320px; outline: 1px dotted gray;">
      <bone-mets-glossary
        terms=${ifDefined(terms || undefined)}
        heading-level=${headingLevel}
      ></bone-mets-glossary>
    </div>`,
};
export const Narrow320Spanish: Story = {...Narrow320, globals: spanish};
