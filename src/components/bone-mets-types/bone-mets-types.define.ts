/** Registers <bone-mets-types> and the elements it renders: `import 'bone-mets-elements/bone-mets-types.js'`. */
import {define} from '../../internal/define.js';
import {BoneMetsTypes} from './bone-mets-types.js';
import '../glossary-term/glossary-term.define.js';

define('bone-mets-types', BoneMetsTypes);

export {BoneMetsTypes};
