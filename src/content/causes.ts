/** Why cancer spreads to bone: the article's three reasons, in plain words. */
import {html} from 'lit';
import {msg} from '@lit/localize';
import type {Message} from './types.js';

export interface Reason {
  title: Message;
  sentences: Message[];
}

export const causes = () => ({
  title: msg('Why does cancer spread to bone?', {
    desc: 'Heading of the section on why cancer spreads to bone.',
  }),
  intro: msg('Cancer moves to bone for three reasons.', {
    desc: 'Intro to the list of three reasons.',
  }),
  reasons: [
    {
      title: msg('Bones get a lot of blood', {desc: 'Reason 1 heading: high blood flow to bone.'}),
      sentences: [
        msg(
          html`Bones and <glossary-term term="bone-marrow">bone marrow</glossary-term> get a lot of blood.`,
          {
            desc: 'Reason 1 (blood flow). The glossary-term markup links a word to its definition; translate the word inside it.',
          }
        ),
        msg('Cancer cells that reach the blood can ride it all over the body.', {
          desc: 'Reason 1 (blood flow).',
        }),
        msg('They often settle where the most blood flows.', {
          desc: 'Reason 1 (blood flow). "They" = cancer cells.',
        }),
      ],
    },
    {
      title: msg('Cancer cells can stick to bone', {desc: 'Reason 2 heading: adhesive (sticky) molecules.'}),
      sentences: [
        msg('Tumor cells make sticky substances. These help them stick to bone and bone marrow.', {
          desc: 'Reason 2 (adhesive molecules).',
        }),
        msg('Then the tumor can send signals that break down more bone and help more tumor grow inside it.', {
          desc: 'Reason 2 (adhesive molecules). "it" = the bone.',
        }),
      ],
    },
    {
      title: msg('Bone holds growth factors', {desc: 'Reason 3 heading: growth factors stored in bone.'}),
      sentences: [
        msg(
          html`Bone has many <glossary-term term="growth-factor">growth factors</glossary-term>. They tell
            cells to divide, grow and mature.`,
          {desc: 'Reason 3 (growth factors). Translate the word inside the glossary-term markup.'}
        ),
        msg('When cancer attacks bone, these growth factors are let out. They make tumor cells grow.', {
          desc: 'Reason 3 (growth factors).',
        }),
      ],
    },
  ] satisfies Reason[],
});
