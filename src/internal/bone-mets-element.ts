import {LitElement} from 'lit';
import {updateWhenLocaleChanges} from '@lit/localize';

/**
 * Base of every element: re-renders on a locale change, and marks the class so
 * a second copy of the library recognises its own tags.
 *
 * The elements declare reactive properties in a `static get properties()` (the
 * form lit-analyzer and the manifest analyzer read) rather than with decorators,
 * and `updateWhenLocaleChanges()` here does what `@localized()` did on each class:
 * Lit's decorators and their tslib helper cost 0.5 KB brotli in every bundle, which
 * the one-language bundles cannot spare within their 22 KB budget.
 */
export class BoneMetsElement extends LitElement {
  /** Library marker read by `define()`. */
  static readonly bmLibrary = 'bone-mets-elements';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }
}
