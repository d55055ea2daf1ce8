/** Registers <glossary-term>: `import 'bone-mets-elements/glossary-term.js'`. */
import {define} from '../../internal/define.js';
import {GlossaryTerm} from './glossary-term.js';

define('glossary-term', GlossaryTerm);

export {GlossaryTerm};
