import {html, nothing, type PropertyDeclarations, type TemplateResult} from 'lit';
import {BoneMetsElement} from './bone-mets-element.js';
import {localeAttributes} from '../localization.js';
import {translationStatus} from '../generated/translation-status.js';
import {translationNotice} from '../content/translation-notice.js';
import {warnOnce} from './warn.js';

const headingLevelConverter = {
  fromAttribute(value: string | null): number {
    if (value === null) return 2;
    const level = Number(value.trim());
    if (Number.isInteger(level) && level >= 1 && level <= 6) return level;
    warnOnce(
      `heading-level:${value}`,
      `heading-level="${value}" must be a whole number from 1 to 6; using 2.`
    );
    return 2;
  },
  toAttribute: (value: number) => String(value),
};

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
      headingLevel: {attribute: 'heading-level', converter: headingLevelConverter, reflect: true},
    };
  }

  /** Level of the element's main heading (1–6); its sub-headings go one deeper. */
  headingLevel = 2;

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
