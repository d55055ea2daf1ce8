/** Registers <bone-mets-causes> and the elements it renders: `import 'bone-mets-elements/bone-mets-causes.js'`. */
import {define} from '../../internal/define.js';
import {BoneMetsCauses} from './bone-mets-causes.js';
import '../glossary-term/glossary-term.define.js';

define('bone-mets-causes', BoneMetsCauses);

export {BoneMetsCauses};
