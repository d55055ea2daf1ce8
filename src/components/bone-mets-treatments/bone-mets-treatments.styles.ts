import {css} from 'lit';

export const styles = css`
  [part='group'] {
    margin-block-end: 1.5em;
  }
  [part='options'] {
    list-style: none;
    padding-inline-start: 0;
  }
  /* A bar at the start edge groups each treatment's name with its two sentences. */
  [part='option'] {
    border-inline-start: 0.25rem solid var(--bm-accent-color, currentColor);
    padding-inline-start: 1rem;
  }
  [part='option'] + [part='option'] {
    margin-block-start: 1.25rem;
  }
  [part='option'] > [part='heading'] {
    margin-block-start: 0;
    font-size: 1.05em;
  }
  [part='option'] p {
    margin-block-end: 0.5em;
  }
  [part='option'] p:last-child {
    margin-block-end: 0;
  }
  ::slotted([slot='after-options']) {
    margin-block-end: 1.5em;
  }
  @media print {
    [part='option'] {
      break-inside: avoid;
      border-inline-start-color: #000;
    }
  }
`;
