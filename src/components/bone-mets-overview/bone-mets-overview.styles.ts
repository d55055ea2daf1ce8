import {css} from 'lit';

export const styles = css`
  /* Drawing and list side by side when both fit; stacked on a phone or at 200% zoom. */
  [part='figure'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 1rem 2rem;
    margin-block: 0 1.5em;
    margin-inline: 0;
  }
  [part='skeleton'] {
    flex: 1 1 10rem;
    inline-size: 100%;
    max-inline-size: 16rem;
    block-size: auto;
    margin-inline: auto;
  }
  figcaption {
    flex: 1 1 12rem;
  }
  figcaption > p {
    font-weight: bold;
    margin-block-end: 0.5em;
  }
  [part='sites'] {
    list-style: none;
    padding-inline-start: 0;
    margin-block-end: 0;
  }
  [part='site'] {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  /* Same circled number as in the drawing, so the eye can match them without colour. */
  [part='number'] {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 1.75em;
    block-size: 1.75em;
    border: 2px solid var(--bm-accent-color, currentColor);
    border-radius: 50%;
    color: var(--bm-accent-color, currentColor);
    font-weight: bold;
    line-height: 1;
  }

  /* SVG colours are set here, not in attributes, so forced colors can replace them. */
  .bones {
    fill: none;
    stroke: currentColor;
    stroke-width: 3;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .spine {
    stroke-width: 7;
    stroke-linecap: butt;
    stroke-dasharray: 5 2;
  }
  .marker {
    color: var(--bm-accent-color, currentColor);
  }
  .leader,
  .ring {
    fill: none;
    stroke: currentColor;
  }
  .leader {
    stroke-width: 1.5;
  }
  .ring {
    stroke-width: 2;
  }
  .dot,
  .marker text {
    fill: currentColor;
  }
  .marker text {
    font-size: 12px;
    font-weight: bold;
    text-anchor: middle;
  }

  /* forced-color-adjust stays at its default (auto), never none, so these system colours win. */
  @media (forced-colors: active) {
    .bones {
      stroke: CanvasText;
    }
    .leader,
    .ring {
      stroke: Highlight;
    }
    .dot {
      fill: Highlight;
    }
    .marker text {
      fill: CanvasText;
    }
    [part='number'] {
      border-color: Highlight;
      color: CanvasText;
    }
  }
  @media print {
    [part='figure'] {
      break-inside: avoid;
    }
    /* Smaller on paper, so the drawing fits under the text above it instead of leaving that page part-empty. */
    [part='skeleton'] {
      flex-basis: 8em;
      max-inline-size: 11em;
    }
  }
`;
