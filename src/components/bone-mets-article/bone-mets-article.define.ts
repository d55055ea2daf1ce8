/** Side-effect module for bundler users: `import 'bone-mets-elements/bone-mets-article.js'`. */
import {define} from '../../internal/define.js';
import {BoneMetsArticle} from './bone-mets-article.js';

define('bone-mets-article', BoneMetsArticle);

export {BoneMetsArticle};
