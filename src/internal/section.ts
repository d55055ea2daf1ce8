import {html, type PropertyDeclarations, type TemplateResult} from 'lit';
import {BoneMetsElement} from './bone-mets-element.js';
import {localeAttributes} from '../localization.js';
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

/**
 * Base of the article's section elements: a `heading-level` that fits the host
 * page's outline, and a root that carries the active locale's `lang` and `dir`.
 */
export class BoneMetsSection extends BoneMetsElement {
  static override get properties(): PropertyDeclarations {
    return {
      headingLevel: {attribute: 'heading-level', converter: headingLevelConverter, reflect: true},
    };
  }

  /** Level of the element's main heading (1–6); its sub-headings go one deeper. */
  headingLevel = 2;

  /** Wraps the element's content in its `base` part, in the active locale's language and direction. */
  protected frame(content: TemplateResult): TemplateResult {
    const {lang, dir} = localeAttributes();
    return html`<div part="base" lang=${lang} dir=${dir}>${content}</div>`;
  }
}
