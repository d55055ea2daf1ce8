/**
 * The package's root entry (`import {GlossaryTerm, setLocale} from 'bone-mets-elements'`):
 * every element class and the localization API. It registers nothing and loads no
 * translation; register the tags you use with their entries
 * (`import 'bone-mets-elements/glossary-term.js'`) or all at once (`bone-mets-elements/all.js`).
 */
export {GlossaryTerm} from './components/glossary-term/glossary-term.js';
export type {GlossaryTermOpenDetail} from './components/glossary-term/glossary-term.js';
export {BoneMetsOverview} from './components/bone-mets-overview/bone-mets-overview.js';
export {BoneMetsTypes} from './components/bone-mets-types/bone-mets-types.js';
export {BoneMetsCauses} from './components/bone-mets-causes/bone-mets-causes.js';
export {BoneMetsSigns} from './components/bone-mets-signs/bone-mets-signs.js';
export {BoneMetsDiagnosis} from './components/bone-mets-diagnosis/bone-mets-diagnosis.js';
export {BoneMetsTreatments} from './components/bone-mets-treatments/bone-mets-treatments.js';
export {BoneMetsGlossary} from './components/bone-mets-glossary/bone-mets-glossary.js';
export {BoneMetsSources} from './components/bone-mets-sources/bone-mets-sources.js';
export {BoneMetsArticle} from './components/bone-mets-article/bone-mets-article.js';
export {TreatmentCompare} from './components/treatment-compare/treatment-compare.js';
export type {TreatmentCompareChangeDetail} from './components/treatment-compare/treatment-compare.js';
export {
  allLocales,
  followDocumentLanguage,
  localeReady,
  getLocale,
  localeDirection,
  matchLocale,
  setLocale,
  sourceLocale,
  targetLocales,
  version,
} from './localization.js';
export type {SupportedLocale} from './localization.js';
export {glossary} from './content/glossary.js';
export type {GlossaryKey, GlossaryEntry} from './content/glossary.js';
export {treatmentKeys} from './content/treatments.js';
export type {TreatmentKey} from './content/treatments.js';
export {lastReviewed} from './content/sources.js';
