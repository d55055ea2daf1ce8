/** Registers <bone-mets-treatments> and the elements it renders: `import 'bone-mets-elements/bone-mets-treatments.js'`. */
import {define} from '../../internal/define.js';
import {BoneMetsTreatments} from './bone-mets-treatments.js';
import '../glossary-term/glossary-term.define.js';

define('bone-mets-treatments', BoneMetsTreatments);

export {BoneMetsTreatments};
