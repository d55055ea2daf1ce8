import {html, nothing, type PropertyDeclarations, type TemplateResult} from 'lit';
import {BoneMetsElement} from './bone-mets-element.js';
import {localeAttributes} from '../localization.js';
import {translationStatus} from '../generated/translation-status.js';
import {translationNotice} from '../content/translation-notice.js';
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

/** The section element that contains `el`, across shadow roots and slots; undefined at the top. */
function enclosingSection(el: Element): BoneMetsSection | undefined {
  for (let node: Node | null = el.parentNode; node;) {
    if (node instanceof BoneMetsSection) return node;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

/**
 * Base of the article's section elements: a `heading-level` that fits the host
 * page's outline, a root that carries the active locale's `lang` and `dir`, and
 * a one-line notice while the active translation is not medically reviewed.
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
    // Only a section around it sets this (also when a server renders it, where no element is
    // connected): that section shows the translation notice once for both.
    this._nested = true;
    if (Number.isInteger(level) && level >= 1) this._setLevel(level);
  }

  private _setLevel(level: number) {
    const old = this._level;
    this._level = level;
    this.requestUpdate('headingLevel', old);
  }

  /** Inside another section (the article, or treatments around a comparison), which shows the notice once. */
  private _nested = false;

  override connectedCallback() {
    super.connectedCallback();
    const nested = enclosingSection(this) !== undefined;
    if (nested !== this._nested) {
      this._nested = nested;
      this.requestUpdate();
    }
  }

  /**
   * Wraps the element's content in its `base` part, in the active locale's language and direction,
   * after the notice that the translation is not reviewed yet (never in English, once per article).
   */
  protected frame(content: TemplateResult): TemplateResult {
    const {lang, dir} = localeAttributes();
    // 'en', not sourceLocale: a one-language bundle's source locale is its own language.
    const unreviewed = lang !== 'en' && !translationStatus[lang]?.reviewed && !this._nested;
    return html`<div part="base" lang=${lang} dir=${dir}>
      ${unreviewed ? html`<p part="translation-notice" role="note">${translationNotice()}</p>` : nothing}
      ${content}
    </div>`;
  }
}
