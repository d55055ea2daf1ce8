import {version} from '../localization.js';
import {warnOnce} from './warn.js';

/**
 * Runs an element's first update over server-rendered content. HTML that does not
 * match this version's templates (pre-rendered by another version of the library, or
 * re-minified) cannot be taken over: it is rendered again rather than left inert, and
 * the page is told once (for all its elements) how to keep it.
 *
 * Only bundles with hydration support take content over; the one-language bundles,
 * which render it again anyway, replace this module (rollup.config.mjs).
 */
export function takeOver(host: HTMLElement, root: ParentNode, update: () => void): void {
  try {
    update();
  } catch (error) {
    warnOnce(
      'stale-prerendered',
      `<${host.localName}> could not take over its pre-rendered HTML (${String(error)}), so it rendered it ` +
        `again. Was the HTML rendered by another version? This is bone-mets-elements ${version}: render the ` +
        'HTML again with it (npm run render) to keep the pre-rendered content.'
    );
    root.replaceChildren();
    update();
  }
}
