/** Side-effect module for bundler users: `import 'bone-mets-elements/bone-mets-causes.js'`. */
import {define} from '../../internal/define.js';
import {BoneMetsCauses} from './bone-mets-causes.js';

define('bone-mets-causes', BoneMetsCauses);

export {BoneMetsCauses};
