import {html, type PropertyDeclarations, type TemplateResult} from 'lit';
import {BoneMetsElement} from './bone-mets-element.js';
import {localeAttributes} from '../localization.js';
import {warnOnce} from './warn.js';

/**
 * A heading level from a page author (attribute) or a framework (property): a
 * whole number from 1 to 6, as text or a number. Anything else gets one
 * warning and level 2.
 */
function checkedLevel(value: unknown): number {
  const level = typeof value === 'string' ? Number(value) : value;
  if (Number.isInteger(level) && (level as number) >= 1 && (level as number) <= 6) return level as number;
  // String() of a symbol works where a template would throw; objects may have no toString.
  const text = typeof value === 'object' && value ? 'object' : String(value);
  warnOnce(`heading-level:${text}`, `heading-level="${text}" must be a whole number from 1 to 6; using 2.`);
  return 2;
}

/**
 * Base of the article's section elements: a `heading-level` that fits the host
 * page's outline, and a root that carries the active locale's `lang` and `dir`.
 */
export class BoneMetsSection extends BoneMetsElement {
  static override get properties(): PropertyDeclarations {
    return {
      headingLevel: {
        attribute: 'heading-level',
        reflect: true,
        noAccessor: true,
        // Validated by the property's setter; levels past 6 (nested in the article) are not written back.
        converter: {
          fromAttribute: (value: string | null) => value ?? 2,
          toAttribute: (value: number) => (value > 6 ? null : String(value)),
        },
      },
    };
  }

  private _level = 2;

  /**
   * Level of the element's main heading (1–6); its sub-headings go one deeper.
   * @default 2
   */
  get headingLevel(): number {
    return this._level;
  }
  set headingLevel(value: number) {
    this._setLevel(checkedLevel(value));
  }

  /**
   * The level this element sits at inside another of our elements, which may go
   * past 6: its headings then become `role="heading"` with that `aria-level`.
   * @internal
   */
  set nestedLevel(level: number) {
    if (Number.isInteger(level) && level >= 1) this._setLevel(level);
  }

  private _setLevel(level: number) {
    const old = this._level;
    this._level = level;
    this.requestUpdate('headingLevel', old);
  }

  /** Wraps the element's content in its `base` part, in the active locale's language and direction. */
  protected frame(content: TemplateResult): TemplateResult {
    const {lang, dir} = localeAttributes();
    return html`<div part="base" lang=${lang} dir=${dir}>${content}</div>`;
  }
}
