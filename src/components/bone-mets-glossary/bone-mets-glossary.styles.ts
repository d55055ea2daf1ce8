import {css} from 'lit';

export const styles = css`
  /* The letter index: a row of large tap targets that wraps on a narrow screen. */
  [part='index'] ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    list-style: none;
    padding-inline-start: 0;
    margin-block: 0 1em;
  }
  [part='index'] li + li {
    margin-block-start: 0;
  }
  [part='index'] a {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-inline-size: 2.75rem;
    min-block-size: 2.75rem;
    padding-inline: 0.25rem;
    border: 1px solid currentColor;
    border-radius: 0.25rem;
    font-weight: bold;
  }
  [part='list'] > div + div {
    margin-block-start: 0.75em;
  }
  [part='term'] {
    font-weight: bold;
  }
  [part='definition'] {
    margin-inline-start: 1em;
  }
  /* Room above a letter heading the index jumps to. */
  [id^='letter-'] {
    scroll-margin-block-start: 1rem;
  }
  @media (forced-colors: active) {
    [part='index'] a {
      border-color: LinkText;
    }
  }
  @media print {
    /* Links to jump within the page mean nothing on paper. */
    [part='index'] {
      display: none;
    }
    [part='list'] > div {
      break-inside: avoid;
    }
    /* Two columns of short definitions: half the pages. (A title spanning both
       columns made Chromium start the glossary on a new page.) */
    [part='base'] {
      columns: 2;
      column-gap: 2em;
    }
  }
`;
