import {css} from 'lit';

export const styles = css`
  [part='test'] {
    border: 1px solid var(--bm-card-border-color, currentColor);
    border-inline-start: 0.375rem solid var(--bm-accent-color, currentColor);
    border-radius: 0.375rem;
    background: var(--bm-card-background, transparent);
    padding-block: 0.75rem;
    padding-inline: 1rem;
  }
  dl {
    margin-block-end: 0;
  }
  dt {
    font-weight: bold;
  }
  dt:not(:first-child) {
    margin-block-start: 0.75em;
  }
  dd {
    margin-inline-start: 0;
  }
  dd p {
    margin-block: 0.25em 0;
  }
`;
