// <bone-mets-article>: the shared section stories (see section-stories.ts), and the host's phone lines.
import {html} from 'lit';
import '../src/components/bone-mets-article/bone-mets-article.define.js';
import {sectionStories} from './section-stories.js';

const stories = sectionStories('bone-mets-article');
// Storybook reads the title from a literal default export.
export default {...stories.meta, title: 'bone-mets-article', component: 'bone-mets-article'};
export const Default = stories.Default;
export const DefaultSpanish = stories.DefaultSpanish;
export const DefaultArabic = stories.DefaultArabic;
export const Narrow320 = stories.Narrow320;
export const Narrow320Spanish = stories.Narrow320Spanish;
export const Narrow320PseudoLong = stories.Narrow320PseudoLong;
export const Themed = stories.Themed;

/** The host's lines reach the "Get help right away" box: the care team and the after-hours line. */
export const WithPhones = {
  render: () =>
    html`<bone-mets-article care-phone="215-555-0100" urgent-phone="1-800-555-0199"></bone-mets-article>`,
};
