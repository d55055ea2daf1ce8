// <bone-mets-causes>: the shared section stories (see section-stories.ts).
import '../src/components/bone-mets-causes/bone-mets-causes.define.js';
import {sectionStories} from './section-stories.js';

const stories = sectionStories('bone-mets-causes');
// Storybook reads the title from a literal default export.
export default {...stories.meta, title: 'bone-mets-causes', component: 'bone-mets-causes'};
export const Default = stories.Default;
export const DefaultSpanish = stories.DefaultSpanish;
export const DefaultArabic = stories.DefaultArabic;
export const Narrow320 = stories.Narrow320;
export const Narrow320Spanish = stories.Narrow320Spanish;
export const Narrow320PseudoLong = stories.Narrow320PseudoLong;
export const Themed = stories.Themed;
