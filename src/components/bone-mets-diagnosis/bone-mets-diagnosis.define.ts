/** Registers <bone-mets-diagnosis> and the elements it renders: `import 'bone-mets-elements/bone-mets-diagnosis.js'`. */
import {define} from '../../internal/define.js';
import {BoneMetsDiagnosis} from './bone-mets-diagnosis.js';
import '../glossary-term/glossary-term.define.js';

define('bone-mets-diagnosis', BoneMetsDiagnosis);

export {BoneMetsDiagnosis};
