/** The one-line notice every section shows while its language's translation is not medically reviewed. */
import {msg} from '@lit/localize';

export const translationNotice = () =>
  msg('A medical translator has not checked this translation yet.', {
    desc: 'One-line notice at the top of each section of a translated page, shown until a qualified medical translator has reviewed this language (locales/status.json). Keep it short, honest and calm.',
  });
