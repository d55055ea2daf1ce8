import {css} from 'lit';

export const styles = css`
  /* Label and value share a line when they fit and wrap when the screen is narrow or zoomed. */
  [part='credits'] > div {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
  }
  [part='credits'] > div + div {
    margin-block-start: 0.25em;
  }
  [part='credits'] dt {
    font-weight: bold;
  }
  [part='credits'] dt::after {
    content: ':';
  }
  [part='credits'] dd {
    margin-inline-start: 0;
  }
  [part='disclaimer'] {
    border-inline-start: 0.25rem solid var(--bm-accent-color, currentColor);
    padding-inline-start: 1rem;
    font-weight: bold;
  }
  @media (forced-colors: active) {
    [part='disclaimer'] {
      border-inline-start-color: CanvasText;
    }
  }
  @media print {
    [part='credits'] > div,
    [part='disclaimer'] {
      break-inside: avoid;
    }
  }
`;
