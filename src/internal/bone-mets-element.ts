import {
  adoptStyles,
  isServer,
  LitElement,
  ReactiveElement,
  supportsAdoptingStyleSheets,
  type CSSResult,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import {updateWhenLocaleChanges} from '@lit/localize';
import {
  build,
  getLocale,
  intendedLocale,
  isLocaleReady,
  localeReady,
  matchLocale,
  type MessageGroup,
} from '../localization.js';
import {takeOver} from './take-over.js';
import {warnOnce} from './warn.js';

// Stylesheets for documents other than the one this code was loaded in (an
// iframe, a window.open() popup): a constructed stylesheet may only be adopted
// by its own document, so each one gets copies of Lit's, made by its window.
const perDocument = new WeakMap<Document, WeakMap<object, CSSStyleSheet>>();

/**
 * One copy of the library shows one language at a time: the language of the page
 * that loaded it. An element in another document whose <html lang> asks for another
 * language says so once; that document follows its own language with its own copy.
 */
function otherDocumentLanguage(doc: Document) {
  const tag = doc.documentElement?.lang.trim();
  if (tag && matchLocale(tag) !== getLocale()) {
    warnOnce(
      `other-document:${tag}`,
      `An element moved into a document in another language (lang="${tag}") shows ${getLocale()}, the language ` +
        'of the page that loaded bone-mets-elements; load the script in that document to follow its language.'
    );
  }
}

/**
 * Base of every element: waits for the page's language before its first
 * render (so a Spanish page never shows English first, and nothing happens at
 * import), re-renders on a locale change, marks the class so a second copy of
 * the library recognises its own tags, takes over server-rendered content, and
 * styles its shadow root in whichever document it is rendered or moved to.
 *
 * The elements declare reactive properties in a `static get properties()` (the
 * form lit-analyzer and the manifest analyzer read) rather than with decorators,
 * and `updateWhenLocaleChanges()` here does what `@localized()` did on each class:
 * Lit's decorators and their tslib helper cost 0.5 KB brotli in every bundle.
 */
export class BoneMetsElement extends LitElement {
  /** Library marker read by `define()`. @internal */
  static readonly bmLibrary = 'bone-mets-elements';
  /** Which copy of the library this class belongs to, read by `define()`. @internal */
  static readonly bmBuild = build;

  /**
   * The messages this element shows: glossary words, and the article's sentences. A bundler
   * loads each group's translation on first need; <glossary-term> needs only the glossary.
   *
   * @internal
   */
  static messageGroups: readonly MessageGroup[] = ['glossary', 'article'];

  static override get properties(): PropertyDeclarations {
    return {interactive: {state: true, attribute: false}};
  }

  /**
   * Whether controls that need JavaScript are shown. False on the server and for
   * an element's first render over server-rendered content (hydration must match
   * what the server wrote, which reads without JavaScript); true from the next render.
   * Elements rendered only in the browser are interactive from the start.
   */
  protected interactive = !isServer && !this.shadowRoot;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** Set once the first render took over server content: the render that adds the controls. */
  private _becomingInteractive?: Promise<void>;

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    if (this.interactive) return;
    // Over server-rendered content, the controls come in a task of their own: taking
    // over a page and adding its controls never make one long task together.
    this._becomingInteractive = new Promise((resolve) => setTimeout(resolve)).then(() => {
      this.interactive = true;
    });
  }

  /** Includes the render that adds the controls, after taking over server content. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    if (!this._becomingInteractive) return complete;
    await this._becomingInteractive;
    this._becomingInteractive = undefined;
    return super.getUpdateComplete();
  }

  /**
   * Over server-rendered content (a declarative shadow root), Lit's hydration support
   * takes the content over as it is. Where that cannot work, the content is rendered
   * afresh instead: a bundle without hydration support (the one-language bundles), or
   * content rendered in another language than the page now shows.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = this.shadowRoot;
    if (root) {
      // Lit's hydration support adds defer-hydration to the observed attributes.
      const hydrates = (this.constructor as typeof ReactiveElement).observedAttributes.includes(
        'defer-hydration'
      );
      const rendered = root.querySelector('[lang]')?.getAttribute('lang');
      // Lit's markers (comments), which a sanitizer may have stripped, are what hydration follows.
      const marked = [...root.childNodes].some(
        (node) => node.nodeType === 8 && (node as Comment).data.startsWith('lit-part')
      );
      if (!hydrates || !marked || (rendered && rendered !== intendedLocale())) {
        // Rendered afresh into the emptied root: never hydrated.
        root.replaceChildren();
        this.interactive = true;
        this._adoptStyles(root);
        return root;
      }
    }
    // Lit would adopt this document's sheets and throw "Sharing constructed stylesheets…".
    // (Without constructable stylesheets Lit writes <style> elements, which work in any document.)
    if (!root && this.ownerDocument !== document && supportsAdoptingStyleSheets) {
      const own = this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
      this._adoptStyles(own);
      return own;
    }
    const renderRoot = super.createRenderRoot();
    if (root) {
      this._takingOver = true;
      // Lit's hydration keeps the server's <style>, which a CSP without its hash or a
      // sanitizer may have stopped: the element's own stylesheets are adopted as well.
      this._adoptStyles(root);
    }
    return renderRoot;
  }

  override connectedCallback() {
    super.connectedCallback();
    if (this.ownerDocument !== document) otherDocumentLanguage(this.ownerDocument);
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

  /** Whether the next update is the first, and takes over server-rendered content. */
  private _takingOver = false;

  protected override update(changed: PropertyValues): void {
    if (!this._takingOver) return super.update(changed);
    this._takingOver = false;
    takeOver(this, this.renderRoot, () => super.update(changed));
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    // Hydration changes nothing a reader sees: each element takes its own task, so a
    // pre-rendered article never blocks the page in one long task.
    const turn = this._takingOver ? new Promise((resolve) => setTimeout(resolve)) : undefined;
    const groups = (this.constructor as typeof BoneMetsElement).messageGroups;
    const language = isLocaleReady(groups) ? undefined : localeReady(groups);
    if (!turn && !language) return super.scheduleUpdate();
    return Promise.all([turn, language]).then(() => super.scheduleUpdate());
  }
}
