import {css} from 'lit';

export const styles = css`
  /* The urgent box: set apart by its heading, icon and thick border, not by colour.
     Its defaults inherit the page's colours, so contrast holds on light and dark hosts. */
  [part='emergency'] {
    margin-block: 0 1.5em;
    padding-block: 0.75rem;
    padding-inline: 1rem;
    border: 0.1875rem solid var(--bm-emergency-border-color, currentColor);
    border-inline-start-width: 0.625rem;
    border-radius: 0.25rem;
    color: var(--bm-emergency-color, inherit);
    background: var(--bm-emergency-background, transparent);
    break-inside: avoid;
  }
  [part='emergency'] > [part='heading'] {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    margin-block: 0 0.5em;
    font-size: 1.2em;
    /* The box's own colour, so a host's heading colour cannot clash with its background. */
    color: inherit;
  }
  [part='emergency'] svg {
    flex: none;
    margin-block-start: 0.05em;
    color: var(--bm-emergency-border-color, currentColor);
  }
  [part='emergency'] li {
    font-weight: 700;
  }
  [part='emergency'] > :last-child,
  [part='emergency'] ::slotted(:last-child) {
    margin-block-end: 0;
  }
  .action {
    font-weight: 700;
  }
  [part='care-phone'],
  [part='urgent-phone'] {
    /* A large target for a shaking finger. */
    display: inline-block;
    padding-block: 0.5rem;
    min-block-size: 2.75rem;
    text-decoration-thickness: 0.125em;
    text-underline-offset: 0.2em;
  }

  .nowrap {
    white-space: nowrap;
  }

  [part='sign'] > :last-child {
    margin-block-end: 0;
  }

  @media (forced-colors: active) {
    [part='emergency'],
    [part='sign'] {
      border-color: CanvasText;
    }
    [part='emergency'] svg {
      color: CanvasText;
    }
  }
  @media print {
    [part='emergency'] {
      color: #000;
      background: none;
      border-color: #000;
    }
    [part='emergency'] svg {
      color: #000;
    }
  }
`;
