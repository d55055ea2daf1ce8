import {css} from 'lit';

export const styles = css`
  [part='base'] {
    max-inline-size: none;
  }
  /* Each section keeps its own text to a readable line length; the comparison
     inside the treatments may use the whole width for its table. */
  [part='base'] > p,
  [part='contents'] {
    max-inline-size: var(--bm-max-width, 70ch);
  }
  [part='contents'] {
    border-block: 1px solid currentColor;
    padding-block: 0.75rem;
    margin-block-end: 1rem;
  }
  [part='contents'] [part='heading'] {
    margin-block: 0 0.5rem;
    font-size: 1.1em;
  }
  [part='contents'] ol {
    margin: 0;
  }
  [part='contents'] li {
    padding-block: 0.125rem;
  }
  [part='print'] {
    all: unset;
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
    padding-inline: 1rem;
    border: 2px solid currentColor;
    border-radius: 0.375rem;
    background: var(--bm-button-background, transparent);
    color: var(--bm-button-color, inherit);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  [part='print']:hover {
    text-decoration: underline;
  }
  [part='print']:focus-visible {
    outline: 2px solid var(--bm-focus-color, currentColor);
    outline-offset: 2px;
  }
  [part='section'] {
    margin-block-start: 2.5rem;
    scroll-margin-block-start: 1rem;
  }
  /* Sections take focus only so a contents link moves the reading position; the
     heading right there shows where you are. */
  [part='section']:focus {
    outline: none;
  }
  @media (forced-colors: active) {
    [part='print'] {
      border-color: ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }
  }
  @media print {
    [part='contents'],
    [part='print'],
    [part='intro'] {
      display: none;
    }
    [part='section'] {
      margin-block-start: 1.5rem;
    }
  }
`;
