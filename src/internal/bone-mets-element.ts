import {LitElement} from 'lit';
import {updateWhenLocaleChanges} from '@lit/localize';

/**
 * Base of every element: re-renders on a locale change, and marks the class so
 * a second copy of the library recognises its own tags.
 *
 * The elements declare reactive properties with `static properties` rather than
 * decorators, and call `updateWhenLocaleChanges()` (the documented equivalent of
 * `@localized()`) here once: Lit's decorators and their helper cost about 0.7 KB
 * brotli, which the one-language bundles cannot spare within their 22 KB budget.
 */
export class BoneMetsElement extends LitElement {
  /** Library marker read by `define()`. */
  static readonly bmLibrary = 'bone-mets-elements';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }
}
