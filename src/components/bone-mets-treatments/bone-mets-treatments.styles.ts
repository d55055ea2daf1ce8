import {css} from 'lit';

export const styles = css`
  [part='group'] {
    margin-block-end: 1.5em;
  }
  /* The options are a barred list (see sectionStyles): the bar groups each name with its sentences. */
  .barred > [part='option'] > [part='heading'] {
    font-size: 1.05em;
  }
  [part='option'] p:last-child {
    margin-block-end: 0;
  }
  ::slotted([slot='after-options']) {
    margin-block-end: 1.5em;
  }
  @media print {
    [part='option'] {
      border-inline-start-color: #000;
    }
  }
`;
