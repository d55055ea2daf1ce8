import {css} from 'lit';

export const styles = css`
  /* The host's inline box is the word's: the button below is laid over it. */
  :host {
    display: inline;
    position: relative;
  }

  /* A button is an atomic inline (like an image): the line may break on either
     side of it, leaving "(" or "." alone at a line's edge. So the word stays
     ordinary text of the sentence, and the button is taken out of the flow and
     laid over it, where clicks, taps and screen-reader touch find it. */
  button {
    all: unset;
    position: absolute;
    inset: 0;
    cursor: pointer;
  }

  [part='term'] {
    /* Inherit the sentence's look; only the underline says "you can open me". */
    color: var(--bm-term-color, inherit);
    /* Longhands: WebKit's text-decoration shorthand takes only the line. */
    text-decoration-line: underline;
    text-decoration-style: dotted;
    text-decoration-thickness: 0.1em;
    text-decoration-color: var(--bm-term-underline-color, currentColor);
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  [part='term']:hover,
  button:hover + [part='term'],
  button[aria-expanded='true'] + [part='term'] {
    text-decoration-style: solid;
  }
  /* The ring goes round the word, line by line when it wraps. */
  button:focus-visible + [part='term'] {
    outline: 2px solid var(--bm-focus-color, currentColor);
    outline-offset: 2px;
  }

  /* The anchor is named only once the definition exists (aria-controls appears with
     it): an anchor-name on every term made Chromium's style recalculation of a page
     with 1000 terms five times slower (about 120 ms). */
  button[aria-controls] + [part='term'] {
    anchor-name: --bm-term;
  }

  [part='definition'] {
    /* Top layer (Popover API), placed by CSS anchor positioning: below the word,
       starting at its start edge, shifted to stay 0.5em inside the screen, and
       above the word when there is no room below. Without anchor positioning the
       UA centres the popover on screen: still readable and dismissible. */
    position: fixed;
    position-anchor: --bm-term;
    inset: auto;
    margin: 0;
    margin-block-start: 0.375em;
    top: anchor(bottom);
    inset-inline-start: clamp(
      0.5em,
      anchor(self-start),
      calc(100vw - 0.5em - min(var(--bm-tip-max-width, 20em), 100vw - 1em))
    );
    position-try-fallbacks: flip-block;
    /* A fixed width makes the clamp exact: near the screen's edge the box ends at
       the edge, still under its word, instead of drifting away from it. */
    inline-size: min(var(--bm-tip-max-width, 20em), calc(100vw - 1em));
    padding: 0.5em 0.75em;
    border: 1px solid var(--bm-tip-border-color, currentColor);
    border-radius: 0.375em;
    background: var(--bm-tip-background, Canvas);
    color: var(--bm-tip-color, CanvasText);
    box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.2);
    /* The sentence's size, whatever the page's root size (a 62.5% reset would make
       rem 10 px); never smaller than the page's own text. */
    font: inherit;
    font-size: max(1em, 1rem);
    font-weight: normal;
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
    button {
      display: none;
    }
    [part='term'] {
      text-decoration: none;
    }
    /* The definition's first sentence travels with the printed word, in brackets. */
    [part='term']::after {
      content: ' (' attr(data-definition) ')';
    }
    [part='definition'] {
      display: none;
    }
  }
`;
