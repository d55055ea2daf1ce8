import {warnOnce} from './warn.js';

/**
 * Registers a custom element without ever throwing. Loading the library twice
 * (two URLs, two module copies) keeps the first registration; a tag taken by
 * another library's class gets one warning and the page keeps working.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing === element) return;
  // Another copy of this library registered first: same tag, same behaviour.
  if ((existing as {bmLibrary?: string}).bmLibrary === 'bone-mets-elements') return;
  warnOnce(
    `define:${tag}`,
    `<${tag}> is already defined by another library; this copy of bone-mets-elements leaves it alone.`
  );
}
