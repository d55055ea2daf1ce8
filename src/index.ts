/**
 * The single-file bundle's entry: importing it registers every element and
 * starts following `<html lang>`.
 */
import './components/glossary-term/glossary-term.define.js';
import './components/bone-mets-overview/bone-mets-overview.define.js';
import './components/bone-mets-types/bone-mets-types.define.js';
import './components/bone-mets-causes/bone-mets-causes.define.js';
import './components/bone-mets-signs/bone-mets-signs.define.js';
import './components/bone-mets-diagnosis/bone-mets-diagnosis.define.js';
import './components/bone-mets-treatments/bone-mets-treatments.define.js';
import './components/bone-mets-glossary/bone-mets-glossary.define.js';
import './components/bone-mets-sources/bone-mets-sources.define.js';
import './components/treatment-compare/treatment-compare.define.js';
import './components/bone-mets-article/bone-mets-article.define.js';

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
  getLocale,
  localeDirection,
  matchLocale,
  setLocale,
  sourceLocale,
  targetLocales,
} from './localization.js';
export type {SupportedLocale} from './localization.js';
export {glossary} from './content/glossary.js';
export type {GlossaryKey, GlossaryEntry} from './content/glossary.js';
export {lastReviewed} from './content/sources.js';
