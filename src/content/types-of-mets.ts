/** The two types of bone metastasis (osteolytic and osteoblastic), in plain words. */
import {html} from 'lit';
import {msg} from '@lit/localize';
import type {Message} from './types.js';

export interface MetsType {
  /** Technical name linked to the glossary, then a plain gloss. */
  title: Message;
  facts: Message[];
}

export const typesOfMets = () => ({
  title: msg('What types of bone metastasis are there?', {
    desc: 'Heading of the section on the two types of bone metastasis (osteolytic and osteoblastic).',
  }),
  intro: [
    msg('Cancer cells can reach your bones. There, they let out substances.', {
      desc: 'Intro to the types of bone metastasis. "There" = in the bones; the substances are chemical signals.',
    }),
    msg(
      html`These substances turn on bone cells called
        <glossary-term term="osteoclast">osteoclasts</glossary-term> or
        <glossary-term term="osteoblast">osteoblasts</glossary-term>.`,
      {
        desc: 'Intro to the types of bone metastasis. Translate the words inside the glossary-term markup (osteoclasts, osteoblasts).',
      }
    ),
    msg('Osteoclasts break bone down. Osteoblasts build bone.', {
      desc: 'Intro to the types of bone metastasis: what the two kinds of bone cell do.',
    }),
    msg(html`This leads to two types of <glossary-term term="bone-metastasis">bone mets</glossary-term>.`, {
      desc: 'Intro to the types of bone metastasis. "bone mets" is the short, everyday name for bone metastases; translate the words inside the glossary-term markup.',
    }),
  ],
  types: [
    {
      title: msg(html`<glossary-term term="osteolytic">Osteolytic</glossary-term>: bone breaks down`, {
        desc: 'Heading of type 1 of bone metastasis: the medical name, then a plain explanation. Translate the word inside the glossary-term markup.',
      }),
      facts: [
        msg('The tumor makes the bone break down or get thin.', {
          desc: 'Fact about osteolytic bone metastasis (bone breaks down).',
        }),
        msg('Calcium moves out of the bone and into your blood.', {
          desc: 'Fact about osteolytic bone metastasis (bone breaks down).',
        }),
        msg(
          html`On an <glossary-term term="x-ray">X-ray</glossary-term>, these mets look like holes. The holes
            are called <glossary-term term="lucency">lucencies</glossary-term>.`,
          {
            desc: 'Fact about osteolytic bone metastasis. "mets" = bone metastases. Translate the words inside the glossary-term markup (X-ray, lucencies).',
          }
        ),
        msg(
          html`This type is often seen in
            <glossary-term term="multiple-myeloma">multiple myeloma</glossary-term>. It can happen with other
            cancers too.`,
          {
            desc: 'Fact about osteolytic bone metastasis. Multiple myeloma is a type of cancer; translate the words inside the glossary-term markup.',
          }
        ),
      ],
    },
    {
      title: msg(
        html`<glossary-term term="osteoblastic">Osteoblastic</glossary-term>: extra bone builds up`,
        {
          desc: 'Heading of type 2 of bone metastasis: the medical name, then a plain explanation. Translate the word inside the glossary-term markup.',
        }
      ),
      facts: [
        msg('Your body makes more bone than normal.', {
          desc: 'Fact about osteoblastic bone metastasis (extra bone forms).',
        }),
        msg('The tumor signals the bone to grow more bone cells than it needs.', {
          desc: 'Fact about osteoblastic bone metastasis (extra bone forms).',
        }),
        msg('This makes bone that is stiff and thick. It does not bend.', {
          desc: 'Fact about osteoblastic bone metastasis: the new bone is rigid, thickened and inflexible.',
        }),
        msg('Prostate cancer causes this type more often than other cancers do.', {
          desc: 'Fact about osteoblastic bone metastasis.',
        }),
      ],
    },
  ] satisfies MetsType[],
  both: [
    msg('A cancer can cause one type, the other type, or both.', {
      desc: 'After the two types of bone metastasis: a cancer can cause osteolytic changes, osteoblastic changes, or both.',
    }),
    msg('Ask your care team which type you have.', {
      desc: 'After the two types of bone metastasis (osteolytic and osteoblastic).',
    }),
  ],
});
