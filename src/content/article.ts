/** Words of the whole-article element itself: its title, the contents list and the print button. */
import {msg} from '@lit/localize';

export const article = () => ({
  title: msg('Bone metastasis: answers to your questions', {
    desc: 'Main heading of the whole patient-education article about bone metastasis.',
  }),
  intro: msg('Select a question to go to its answer. Select a medical word to see what it means.', {
    desc: 'Short help under the article title. "Select" covers tapping, clicking and pressing Enter (keyboard and screen reader users too): the questions are links in the contents list, and medical words are buttons that open a definition.',
  }),
  contents: msg('On this page', {desc: 'Heading of the table of contents of the article.'}),
  print: msg('Print this page', {desc: 'Button that prints the article as a handout.'}),
});
