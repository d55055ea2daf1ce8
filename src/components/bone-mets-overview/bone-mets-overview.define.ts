/** Side-effect module for bundler users: `import 'bone-mets-elements/bone-mets-overview.js'`. */
import {define} from '../../internal/define.js';
import {BoneMetsOverview} from './bone-mets-overview.js';

define('bone-mets-overview', BoneMetsOverview);

export {BoneMetsOverview};
