import {css} from 'lit';

export const styles = css`
  :host {
    display: inline;
  }

  [part='term'] {
    /* Inherit the sentence's look; only the underline says "you can open me". */
    all: unset;
    display: inline;
    font: inherit;
    color: var(--bm-term-color, inherit);
    text-decoration-line: underline;
    text-decoration-style: dotted;
    text-decoration-thickness: 0.1em;
    text-underline-offset: 0.2em;
    text-decoration-color: var(--bm-term-underline-color, currentColor);
    cursor: pointer;
    border-radius: 0.125em;
  }
  [part='term']:hover {
    text-decoration-style: solid;
  }
  [part='term']:focus-visible {
    outline: 2px solid var(--bm-focus-color, currentColor);
    outline-offset: 2px;
  }
  [part='term'][aria-expanded='true'] {
    text-decoration-style: solid;
  }

  /* The anchor is named only once the definition exists (aria-controls appears with
     it): an anchor-name on every term made Chromium's style recalculation of a page
     with 1000 terms five times slower (about 120 ms). */
  [part='term'][aria-controls] {
    anchor-name: --bm-term;
  }

  [part='definition'] {
    /* Top layer (Popover API), placed by CSS anchor positioning: below the word,
       starting at its start edge, shifted to stay 0.5rem inside the screen, and
       above the word when there is no room below. Without anchor positioning the
       UA centres the popover on screen: still readable and dismissible. */
    position: fixed;
    position-anchor: --bm-term;
    inset: auto;
    margin: 0;
    margin-block-start: 0.375rem;
    top: anchor(bottom);
    inset-inline-start: clamp(
      0.5rem,
      anchor(self-start),
      calc(100vw - 0.5rem - min(var(--bm-tip-max-width, 20rem), 100vw - 1rem))
    );
    position-try-fallbacks: flip-block;
    /* A fixed width makes the clamp exact: near the screen's edge the box ends at
       the edge, still under its word, instead of drifting away from it. */
    inline-size: min(var(--bm-tip-max-width, 20rem), calc(100vw - 1rem));
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--bm-tip-border-color, currentColor);
    border-radius: 0.375rem;
    background: var(--bm-tip-background, Canvas);
    color: var(--bm-tip-color, CanvasText);
    box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.2);
    font: inherit;
    font-size: 1rem;
    line-height: 1.5;
    text-align: start;
    white-space: normal;
    overflow-wrap: break-word;
    z-index: 2147483647; /* only matters without the Popover API */
  }

  @media (forced-colors: active) {
    [part='term'] {
      color: LinkText;
      text-decoration-color: LinkText;
    }
    [part='definition'] {
      border-color: CanvasText;
    }
  }

  @media print {
    /* No button box on paper: the word and its definition wrap like the sentence around them. */
    [part='term'] {
      display: contents;
      text-decoration: none;
    }
    /* The definition travels with the printed word, in brackets. */
    [part='term']::after {
      content: ' (' attr(data-definition) ')';
    }
    [part='definition'] {
      display: none;
    }
  }
`;
