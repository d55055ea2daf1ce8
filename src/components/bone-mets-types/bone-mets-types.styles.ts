import {css} from 'lit';

export const styles = css`
  /* Side by side when two 16rem cards fit; one column on a phone or at 200% zoom. */
  [part='types'] {
    list-style: none;
    padding-inline-start: 0;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: 1rem;
  }
  [part='type'] {
    border: 2px solid var(--bm-card-border-color, currentColor);
    border-radius: 0.5rem;
    background: var(--bm-card-background, transparent);
    padding-block: 1rem;
    padding-inline: 1rem;
  }
  /* The grid gap spaces the cards; the shared list spacing would push the second one down. */
  [part='type'] + [part='type'] {
    margin-block-start: 0;
  }
  [part='type'] > [part='heading'] {
    margin-block-start: 0;
    font-size: 1.1em;
  }
  [part='facts'] {
    margin-block-end: 0;
  }
  @media (forced-colors: active) {
    [part='type'] {
      border-color: CanvasText;
      background: Canvas;
    }
  }
  @media print {
    [part='type'] {
      break-inside: avoid;
      border-color: #000;
      background: none;
    }
  }
`;
