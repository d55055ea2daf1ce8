import {warnOnce} from './warn.js';
import {claimPage, describeBuild, type Build} from './builds.js';

type OurElement = CustomElementConstructor & {bmLibrary?: string; bmBuild?: Build};

/**
 * Registers a custom element without ever throwing. Loading the library twice
 * (two URLs, two module copies) keeps the first registration; a second,
 * different copy (another version, or a one-language bundle beside the
 * every-language one) warns once, naming both; a tag taken by another library's
 * class gets one warning and the page keeps working.
 */
export function define(tag: string, element: OurElement): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as OurElement | undefined;
  if (!existing) {
    customElements.define(tag, element);
    claimPage(element.bmBuild!);
    return;
  }
  if (existing === element) return;
  if (existing.bmLibrary === 'bone-mets-elements') {
    // Another copy of this library registered first: it shows the elements.
    const [theirs, ours] = [existing.bmBuild!, element.bmBuild!].map(describeBuild);
    if (theirs !== ours) {
      warnOnce(
        'builds',
        `Two copies of bone-mets-elements: ${theirs} shows the elements, ${ours} is unused.`
      );
    }
    return;
  }
  warnOnce(
    `define:${tag}`,
    `<${tag}> is already defined by another library; this copy of bone-mets-elements leaves it alone.`
  );
}
