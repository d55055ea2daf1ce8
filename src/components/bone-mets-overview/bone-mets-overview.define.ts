/** Registers <bone-mets-overview> and the elements it renders: `import 'bone-mets-elements/bone-mets-overview.js'`. */
import {define} from '../../internal/define.js';
import {BoneMetsOverview} from './bone-mets-overview.js';
import '../glossary-term/glossary-term.define.js';

define('bone-mets-overview', BoneMetsOverview);

export {BoneMetsOverview};
