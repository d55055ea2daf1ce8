import {adoptStyles, LitElement, supportsAdoptingStyleSheets, type CSSResult} from 'lit';
import {updateWhenLocaleChanges} from '@lit/localize';

// Stylesheets for documents other than the one this code was loaded in (an
// iframe, a window.open() popup): a constructed stylesheet may only be adopted
// by its own document, so each one gets copies of Lit's, made by its window.
const perDocument = new WeakMap<Document, WeakMap<object, CSSStyleSheet>>();

/**
 * Base of every element: re-renders on a locale change, marks the class so a
 * second copy of the library recognises its own tags, and styles its shadow
 * root in whichever document it is rendered or moved to.
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

  protected override createRenderRoot() {
    // Without constructable stylesheets Lit writes <style> elements, which work in any document.
    if (this.ownerDocument === document || !supportsAdoptingStyleSheets) return super.createRenderRoot();
    // Lit would adopt this document's sheets and throw "Sharing constructed stylesheets…".
    const root =
      this.shadowRoot ?? this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
    this._adoptStyles(root);
    return root;
  }

  /** Moved to another document after rendering: style it there. */
  adoptedCallback() {
    if (this.shadowRoot && supportsAdoptingStyleSheets) this._adoptStyles(this.shadowRoot);
  }

  private _adoptStyles(root: ShadowRoot) {
    const styles = (this.constructor as typeof LitElement).elementStyles as CSSResult[];
    const doc = this.ownerDocument;
    if (doc === document) return adoptStyles(root, styles);
    let sheets = perDocument.get(doc);
    if (!sheets) perDocument.set(doc, (sheets = new WeakMap()));
    try {
      root.adoptedStyleSheets = styles.map((style) => {
        let sheet = sheets.get(style);
        if (!sheet) {
          sheet = new (doc.defaultView as unknown as typeof globalThis).CSSStyleSheet();
          sheet.replaceSync(style.cssText);
          sheets.set(style, sheet);
        }
        return sheet;
      });
    } catch {
      // A document without a window (DOMParser, createHTMLDocument) is never displayed;
      // moved into one that is, adoptedCallback styles it there.
    }
  }
}
