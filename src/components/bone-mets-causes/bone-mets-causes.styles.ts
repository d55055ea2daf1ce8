import {css} from 'lit';

export const styles = css`
  [part='reasons'] {
    list-style: none;
    padding-inline-start: 0;
  }
  [part='reason'] {
    border-inline-start: 0.25rem solid var(--bm-accent-color, currentColor);
    padding-inline-start: 1rem;
  }
  [part='reason'] + [part='reason'] {
    margin-block-start: 1.25rem;
  }
  [part='reason'] > [part='heading'] {
    margin-block-start: 0;
    font-size: 1.1em;
  }
  [part='reason'] p {
    margin-block-end: 0.5em;
  }
`;
