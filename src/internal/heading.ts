import {html, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {Message} from '../content/types.js';

/**
 * A real heading element (h1–h6) at `level`, so the element's outline fits the
 * host page. Past 6 (a section nested deep in the page's outline) HTML has no
 * element: a `role="heading"` keeps the depth for screen readers, and
 * sectionStyles make it look like a heading. `level` is a whole number ≥ 1
 * (BoneMetsSection validates what pages give).
 */
export function heading(level: number, content: Message, id?: string): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 id=${ifDefined(id)} part="heading">${content}</h1>`;
    case 2:
      return html`<h2 id=${ifDefined(id)} part="heading">${content}</h2>`;
    case 3:
      return html`<h3 id=${ifDefined(id)} part="heading">${content}</h3>`;
    case 4:
      return html`<h4 id=${ifDefined(id)} part="heading">${content}</h4>`;
    case 5:
      return html`<h5 id=${ifDefined(id)} part="heading">${content}</h5>`;
    case 6:
      return html`<h6 id=${ifDefined(id)} part="heading">${content}</h6>`;
    default:
      return html`<div id=${ifDefined(id)} part="heading" role="heading" aria-level=${level}>
        ${content}
      </div>`;
  }
}
