import {css} from 'lit';

export const styles = css`
  /* Side by side when two 16rem cards fit; one column on a phone or at 200% zoom. */
  [part='types'] {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
  }
  [part='type'] {
    border: 2px solid var(--bm-card-border-color, currentColor);
    border-radius: 0.5rem;
    background: var(--bm-card-background, transparent);
    padding-block: 1rem;
    padding-inline: 1rem;
  }
  [part='facts'] {
    margin-block-end: 0;
  }
`;
