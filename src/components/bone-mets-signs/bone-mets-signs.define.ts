/** Side-effect module for bundler users: `import 'bone-mets-elements/bone-mets-signs.js'`. */
import {define} from '../../internal/define.js';
import {BoneMetsSigns} from './bone-mets-signs.js';

define('bone-mets-signs', BoneMetsSigns);

export {BoneMetsSigns};
