/** Side-effect module for bundler users: `import 'bone-mets-elements/bone-mets-diagnosis.js'`. */
import {define} from '../../internal/define.js';
import {BoneMetsDiagnosis} from './bone-mets-diagnosis.js';

define('bone-mets-diagnosis', BoneMetsDiagnosis);

export {BoneMetsDiagnosis};
