/**
 * Registers every element (`import 'bone-mets-elements/all.js'`) and exports the
 * same API as the root entry. It is also the entry of the script-tag bundles
 * (dist/bone-mets-elements.js and dist/<locale>/bone-mets-elements.js).
 *
 * Lit's hydration support comes first, before Lit itself: elements that a server
 * pre-rendered (bone-mets-elements/server) become interactive without
 * re-creating their content.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './components/glossary-term/glossary-term.define.js';
import './components/bone-mets-overview/bone-mets-overview.define.js';
import './components/bone-mets-types/bone-mets-types.define.js';
import './components/bone-mets-causes/bone-mets-causes.define.js';
import './components/bone-mets-signs/bone-mets-signs.define.js';
import './components/bone-mets-diagnosis/bone-mets-diagnosis.define.js';
import './components/bone-mets-treatments/bone-mets-treatments.define.js';
import './components/bone-mets-glossary/bone-mets-glossary.define.js';
import './components/bone-mets-sources/bone-mets-sources.define.js';
import './components/treatment-compare/treatment-compare.define.js';
import './components/bone-mets-article/bone-mets-article.define.js';

export * from './index.js';
