/** Registers <bone-mets-glossary>: `import 'bone-mets-elements/bone-mets-glossary.js'`. */
import {define} from '../../internal/define.js';
import {BoneMetsGlossary} from './bone-mets-glossary.js';

define('bone-mets-glossary', BoneMetsGlossary);

export {BoneMetsGlossary};
