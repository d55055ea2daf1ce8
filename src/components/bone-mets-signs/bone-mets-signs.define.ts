/** Registers <bone-mets-signs> and the elements it renders: `import 'bone-mets-elements/bone-mets-signs.js'`. */
import {define} from '../../internal/define.js';
import {BoneMetsSigns} from './bone-mets-signs.js';
import '../glossary-term/glossary-term.define.js';

define('bone-mets-signs', BoneMetsSigns);

export {BoneMetsSigns};
