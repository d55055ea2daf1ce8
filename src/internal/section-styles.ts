import {css} from 'lit';

/**
 * Typography shared by the section elements. Fonts and colours inherit from the
 * host page unless it sets a --bm-* property; spacing uses logical properties.
 */
export const sectionStyles = css`
  :host {
    display: block;
    font-family: var(--bm-font-family, inherit);
    color: var(--bm-text-color, inherit);
    line-height: var(--bm-line-height, 1.6);
    overflow-wrap: break-word;
  }
  [part='base'] {
    max-inline-size: var(--bm-max-width, 70ch);
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  [role='heading'] {
    font-family: var(--bm-heading-font-family, inherit);
    color: var(--bm-heading-color, inherit);
    line-height: 1.25;
    margin-block: 1.5em 0.5em;
    /* On paper a heading stays whole and on the page of what follows it. */
    break-inside: avoid;
    break-after: avoid;
  }
  /* No heading smaller than the text: browsers draw h5 and h6 at 0.83em and
     0.67em. Past h4 the levels differ by place, not size. */
  h5,
  h6,
  [role='heading'] {
    font-size: 1em;
    font-weight: bold;
  }
  [part='base'] > :first-child {
    margin-block-start: 0;
  }
  p,
  ul,
  ol,
  dl {
    margin-block: 0 1em;
  }
  ul,
  ol {
    padding-inline-start: 1.5em;
  }
  li + li {
    margin-block-start: 0.5em;
  }
  a {
    color: var(--bm-link-color, inherit);
  }
  a:focus-visible,
  button:focus-visible,
  [tabindex]:focus-visible {
    outline: 2px solid var(--bm-focus-color, currentColor);
    outline-offset: 2px;
  }
  /* Shown while the active translation is not medically reviewed: one quiet line, not an alarm. */
  [part='translation-notice'] {
    margin-block-end: 1em;
    padding-inline-start: 0.5rem;
    border-inline-start: 0.25rem solid var(--bm-accent-color, currentColor);
    font-size: 0.9em;
  }
  /* A list whose items each carry a bar at the reading-start edge: reasons, signs, treatments. */
  .barred {
    list-style: none;
    padding-inline-start: 0;
  }
  .barred > li {
    border-inline-start: 0.25rem solid var(--bm-accent-color, currentColor);
    padding-inline-start: 1rem;
  }
  .barred > li + li {
    margin-block-start: 1.25rem;
  }
  .barred > li > [part='heading'] {
    margin-block-start: 0;
    font-size: 1.1em;
  }
  .barred > li p {
    margin-block-end: 0.5em;
  }
  /* A list of boxed cards (types, tests): a grid whose gap spaces them. Each
     element draws its own card border and background. */
  .cards {
    list-style: none;
    padding-inline-start: 0;
    display: grid;
    gap: 1rem;
  }
  .cards > li + li {
    margin-block-start: 0;
  }
  .cards > li > [part='heading'] {
    margin-block-start: 0;
    font-size: 1.1em;
  }
  @media (forced-colors: active) {
    .cards > li {
      border-color: CanvasText;
      background: Canvas;
    }
  }
  @media print {
    /* A card that runs on to the next page is drawn closed on both. */
    .cards > li {
      border-color: #000;
      background: none;
      box-decoration-break: clone;
    }
    :host {
      color: #000;
    }
    /* A list item or card may run on to the next page rather than leave half of
       this one empty; headings stay with what follows them (above), and no
       paragraph leaves a single line behind. */
    p,
    li {
      orphans: 2;
      widows: 2;
    }
    /* A term of a list ("What it shows") is a small heading too. */
    dt {
      break-after: avoid;
    }
  }
`;
