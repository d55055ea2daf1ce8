/** Side-effect module for bundler users: `import 'bone-mets-elements/bone-mets-treatments.js'`. */
import {define} from '../../internal/define.js';
import {BoneMetsTreatments} from './bone-mets-treatments.js';

define('bone-mets-treatments', BoneMetsTreatments);

export {BoneMetsTreatments};
