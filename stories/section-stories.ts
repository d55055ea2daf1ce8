// Stories every section element shares: as embedded, at 320 px (also in the long
// pseudo-locale), and themed through --bm-* properties; pinned locales for Spanish
// and right-to-left Arabic. Each element's story file re-exports them by name.
import type {Meta, StoryObj} from '@storybook/web-components-vite';

export interface SectionArgs {
  /** Level of the main heading (1–6). */
  headingLevel: number;
}

type Story = StoryObj<SectionArgs>;

function element(tag: string, headingLevel: number, wrapperStyle?: string): HTMLElement {
  const el = document.createElement(tag);
  el.setAttribute('heading-level', String(headingLevel));
  if (!wrapperStyle) return el;
  const wrapper = document.createElement('div');
  wrapper.setAttribute('style', wrapperStyle);
  wrapper.append(el);
  return wrapper;
}

export function sectionStories(tag: string) {
  const meta: Meta<SectionArgs> = {
    title: tag,
    component: tag,
    args: {headingLevel: 2},
    argTypes: {headingLevel: {control: {type: 'number', min: 1, max: 6}}},
  };
  /** As a hospital page embeds it. */
  const Default: Story = {render: ({headingLevel}) => element(tag, headingLevel)};
  /** A 320 px column, as on a small phone. */
  const Narrow320: Story = {
    render: ({headingLevel}) => element(tag, headingLevel, 'inline-size: 320px; outline: 1px dotted gray;'),
  };
  /** A host page's theme through the --bm-* custom properties. */
  const Themed: Story = {
    render: ({headingLevel}) =>
      element(
        tag,
        headingLevel,
        '--bm-font-family: Georgia, serif; --bm-heading-color: #0b4f6c; --bm-accent-color: #0b4f6c; --bm-max-width: 60ch;'
      ),
  };
  return {
    meta,
    Default,
    DefaultSpanish: {...Default, globals: {locale: 'es'}} as Story,
    DefaultArabic: {...Default, globals: {locale: 'ar'}} as Story,
    Narrow320,
    Narrow320Spanish: {...Narrow320, globals: {locale: 'es'}} as Story,
    /** Long pseudo-locale text (en-XA) at 320 px: nothing may clip or overflow. */
    Narrow320PseudoLong: {...Narrow320, globals: {locale: 'en-XA'}} as Story,
    Themed,
  };
}
