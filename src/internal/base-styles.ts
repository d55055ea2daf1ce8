import {css} from 'lit';

/** Shared by every element: sizing that the host page's CSS cannot change. */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;
