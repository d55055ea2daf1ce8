import {LitElement} from 'lit';

/** Base of every element: marks the class so a second copy of the library recognises its own tags. */
export class BoneMetsElement extends LitElement {
  /** Library marker read by `define()`. */
  static readonly bmLibrary = 'bone-mets-elements';
}
