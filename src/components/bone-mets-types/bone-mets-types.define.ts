/** Side-effect module for bundler users: `import 'bone-mets-elements/bone-mets-types.js'`. */
import {define} from '../../internal/define.js';
import {BoneMetsTypes} from './bone-mets-types.js';

define('bone-mets-types', BoneMetsTypes);

export {BoneMetsTypes};
