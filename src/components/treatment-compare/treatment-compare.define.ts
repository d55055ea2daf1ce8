/** Registers <treatment-compare> and the elements it renders: `import 'bone-mets-elements/treatment-compare.js'`. */
import {define} from '../../internal/define.js';
import {TreatmentCompare} from './treatment-compare.js';
import '../glossary-term/glossary-term.define.js';

define('treatment-compare', TreatmentCompare);

export {TreatmentCompare};
