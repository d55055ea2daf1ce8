// Every story can be seen in each locale: a "Locale" toolbar switches them all,
// and a story can pin one with `globals: {locale: 'es'}`.
import {html} from 'lit';
import type {Preview} from '@storybook/web-components-vite';
import {allLocales, localeDirection, setLocale} from '../src/localization.js';

// Each language named in its own language (pseudo-locales by their code).
const localeName = (code: string) =>
  code.endsWith('-XA') || code.endsWith('-XB')
    ? `${code} (pseudo)`
    : (new Intl.DisplayNames([code], {type: 'language'}).of(code) ?? code);

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Locale the elements render in',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: allLocales.map((value) => ({value, title: localeName(value)})),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {locale: 'en'},
  // Loaders are awaited before every render (and again when a global changes),
  // so the story's first paint is already in the chosen locale.
  loaders: [
    async ({globals}) => {
      await setLocale(globals.locale ?? 'en');
      return {};
    },
  ],
  // The story's own sentence is marked with the locale's language and direction,
  // as a host page would mark its text.
  decorators: [
    (story, {globals}) => {
      const locale = globals.locale ?? 'en';
      return html`<div lang=${locale} dir=${localeDirection(locale)}>${story()}</div>`;
    },
  ],
};

export default preview;
