/** Registers <bone-mets-sources>: `import 'bone-mets-elements/bone-mets-sources.js'`. */
import {define} from '../../internal/define.js';
import {BoneMetsSources} from './bone-mets-sources.js';

define('bone-mets-sources', BoneMetsSources);

export {BoneMetsSources};
