// <bone-mets-signs>: one export per state, each in English and in Spanish.
// The Spanish exports pin the "Locale" global; the English ones follow the toolbar.
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/components/bone-mets-signs/bone-mets-signs.define.js';

interface Args {
  /** The care team's phone line (the `care-phone` attribute). */
  carePhone?: string;
  /** The after-hours or urgent line (the `urgent-phone` attribute). */
  urgentPhone?: string;
  /** Level of the main heading. */
  headingLevel: number;
}

type Story = StoryObj<Args>;

const meta: Meta<Args> = {
  title: 'bone-mets-signs',
  component: 'bone-mets-signs',
  args: {headingLevel: 2},
  argTypes: {
    carePhone: {control: 'text'},
    urgentPhone: {control: 'text'},
    headingLevel: {control: {type: 'number', min: 1, max: 6}},
  },
  render: ({carePhone, urgentPhone, headingLevel}) =>
    html`<bone-mets-signs
      care-phone=${ifDefined(carePhone)}
      urgent-phone=${ifDefined(urgentPhone)}
      heading-level=${headingLevel}
    ></bone-mets-signs>`,
};
export default meta;

const spanish = {locale: 'es'};
const arabic = {locale: 'ar'};

/** No phone number: the urgent box says to call the care team, with no link. */
export const Default: Story = {};
export const DefaultSpanish: Story = {...Default, globals: spanish};

/** A valid `care-phone`: the urgent box ends with a link that dials it. */
export const WithCarePhone: Story = {args: {carePhone: '1-800-555-0199 ext. 4'}};
export const WithCarePhoneSpanish: Story = {...WithCarePhone, globals: spanish};

/** Both lines: the care team, then the after-hours or urgent line, each a labelled link. */
export const WithBothPhones: Story = {args: {carePhone: '215-555-0100', urgentPhone: '1-800-555-0199'}};
export const WithBothPhonesSpanish: Story = {...WithBothPhones, globals: spanish};
/** Right to left: the numbers still read left to right. */
export const WithBothPhonesArabic: Story = {...WithBothPhones, globals: arabic};

/** Only an after-hours line: the box says to call the care team, then gives the line. */
export const UrgentPhoneOnly: Story = {args: {urgentPhone: '+1 (215) 555-0199'}};

/** Richer host content in the `care-contact` slot, after the phone link. */
export const WithCareContact: Story = {
  args: {carePhone: '+1 (215) 555-0100'},
  render: ({carePhone, headingLevel}) =>
    html`<bone-mets-signs care-phone=${ifDefined(carePhone)} heading-level=${headingLevel}>
      <p slot="care-contact">After hours, see <a href="#after-hours">how to reach the on-call doctor</a>.</p>
    </bone-mets-signs>`,
};
export const WithCareContactSpanish: Story = {
  ...WithCareContact,
  globals: spanish,
  render: ({carePhone, headingLevel}) =>
    html`<bone-mets-signs care-phone=${ifDefined(carePhone)} heading-level=${headingLevel}>
      <p slot="care-contact">
        Fuera de horario, vea <a href="#after-hours">cómo llamar al médico de guardia</a>.
      </p>
    </bone-mets-signs>`,
};

/** A malformed `care-phone`: no link, the plain sentence instead, and one console warning. */
export const InvalidCarePhone: Story = {args: {carePhone: '555-CALL-NOW'}};

/** The host page's own dark theme: the urgent box inherits its colours. */
export const DarkHost: Story = {
  args: {carePhone: '215-555-0100'},
  render: ({carePhone, headingLevel}) =>
    html`<div style="background: #111; color: #eee; padding: 1rem">
      <bone-mets-signs care-phone=${ifDefined(carePhone)} heading-level=${headingLevel}></bone-mets-signs>
    </div>`,
};

/** A host theme through the --bm-emergency-* properties (text colour set with the background). */
export const ThemedEmergency: Story = {
  args: {carePhone: '215-555-0100'},
  render: ({carePhone, headingLevel}) =>
    html`<bone-mets-signs
      style="--bm-emergency-color: #5c1010; --bm-emergency-background: #fff4f4; --bm-emergency-border-color: #8a1c1c"
      care-phone=${ifDefined(carePhone)}
      heading-level=${headingLevel}
    ></bone-mets-signs>`,
};
