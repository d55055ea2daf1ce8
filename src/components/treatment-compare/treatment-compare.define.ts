/** Side-effect module for bundler users: `import 'bone-mets-elements/treatment-compare.js'`. */
import {define} from '../../internal/define.js';
import {TreatmentCompare} from './treatment-compare.js';

define('treatment-compare', TreatmentCompare);

export {TreatmentCompare};
