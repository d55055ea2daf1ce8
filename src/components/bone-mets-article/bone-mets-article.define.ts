/** Registers <bone-mets-article> and the elements it renders: `import 'bone-mets-elements/bone-mets-article.js'`. */
import {define} from '../../internal/define.js';
import {BoneMetsArticle} from './bone-mets-article.js';
import '../bone-mets-overview/bone-mets-overview.define.js';
import '../bone-mets-types/bone-mets-types.define.js';
import '../bone-mets-causes/bone-mets-causes.define.js';
import '../bone-mets-signs/bone-mets-signs.define.js';
import '../bone-mets-diagnosis/bone-mets-diagnosis.define.js';
import '../bone-mets-treatments/bone-mets-treatments.define.js';
import '../treatment-compare/treatment-compare.define.js';
import '../bone-mets-glossary/bone-mets-glossary.define.js';
import '../bone-mets-sources/bone-mets-sources.define.js';

define('bone-mets-article', BoneMetsArticle);

export {BoneMetsArticle};
