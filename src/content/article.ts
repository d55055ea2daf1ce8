/** Words of the whole-article element itself: its title, the contents list and the print button. */
import {msg} from '@lit/localize';

export const article = () => ({
  title: msg('Bone metastasis: answers to your questions', {
    desc: 'Main heading of the whole patient-education article about bone metastasis.',
  }),
  intro: msg('Tap a question to go to its answer. Tap an underlined word to see what it means.', {
    desc: 'Short help under the article title. "Tap" also covers click; underlined words open a definition.',
  }),
  contents: msg('On this page', {desc: 'Heading of the table of contents of the article.'}),
  print: msg('Print this page', {desc: 'Button that prints the article as a handout.'}),
});
