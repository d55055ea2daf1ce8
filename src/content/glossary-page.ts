/** Words of the A–Z glossary element itself; the terms and definitions are in glossary.ts. */
import {msg} from '@lit/localize';

export const glossaryPage = () => ({
  title: msg('What do these words mean?', {desc: 'Heading of the glossary: the list of medical words.'}),
  intro: msg('Here is what the medical words on these pages mean.', {
    desc: 'Intro to the glossary: a list of medical words with plain definitions.',
  }),
  index: msg('Go to a letter', {desc: 'Accessible name of the row of A–Z letter links in the glossary.'}),
});
