import {css} from 'lit';

export const styles = css`
  /* The text keeps a readable line length; a comparison in the after-options slot
     may use the full width (it lays itself out as a table or cards). */
  [part='base'] {
    max-inline-size: none;
  }
  [part='base'] > * {
    max-inline-size: var(--bm-max-width, 70ch);
  }
  [part='group'] {
    margin-block-end: 1.5em;
  }
  /* The options are a barred list (see sectionStyles): the bar groups each name with its sentences. */
  .barred > [part='option'] > [part='heading'],
  .barred > [part='kind'] > [part='heading'] {
    font-size: 1.05em;
  }
  [part='option'] p:last-child {
    margin-block-end: 0;
  }
  /* The medicines of one kind: each name on its own line, what sets it apart below. */
  [part='members'] {
    margin-block: 0.75em 0;
  }
  [part='members'] > [part='option'] + [part='option'] {
    margin-block-start: 0.75em;
  }
  [part='members'] dt {
    font-weight: bold;
  }
  [part='members'] dd {
    margin: 0;
  }
  ::slotted([slot='after-options']) {
    margin-block-end: 1.5em;
  }
  /* Printed, each option stays whole; a kind of medicine (four of them can fill half a
     page) may break between its members, its heading kept with what follows. */
  @media print {
    [part='option'] {
      break-inside: avoid;
    }
    .barred > li {
      border-inline-start-color: #000;
    }
  }
`;
