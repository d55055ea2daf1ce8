import {LitElement} from 'lit';
import {updateWhenLocaleChanges} from '@lit/localize';
import {build, isLocaleReady, localeReady, type MessageGroup} from '../localization.js';

/**
 * Base of every element: waits for the page's language before its first
 * render (so a Spanish page never shows English first, and nothing happens at
 * import), re-renders on a locale change, and marks the class so a second copy
 * of the library recognises its own tags.
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

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    const groups = (this.constructor as typeof BoneMetsElement).messageGroups;
    if (isLocaleReady(groups)) return super.scheduleUpdate();
    return localeReady(groups).then(() => super.scheduleUpdate());
  }
}
