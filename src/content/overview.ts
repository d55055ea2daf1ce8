/** What bone metastasis is, where in the body it happens and which cancers spread to bone most often. */
import {html} from 'lit';
import {msg} from '@lit/localize';
import type {Message} from './types.js';

/** A bone the article names as a common site; the key places its numbered marker in the drawing. */
export type SiteKey = 'skull' | 'humerus' | 'ribs' | 'spine' | 'pelvis' | 'femur';

export interface Site {
  key: SiteKey;
  name: Message;
}

export const overview = () => ({
  title: msg('What is bone metastasis?', {
    desc: 'Main heading of the overview section: what bone metastasis is. Phrased as a patient asks it.',
  }),
  intro: [
    msg('Cancer cells can spread from one part of your body to your bones.', {
      desc: 'Overview: first plain definition of bone metastasis.',
    }),
    msg(
      html`This is called <glossary-term term="bone-metastasis">bone metastasis</glossary-term>, or bone mets
        for short.`,
      {
        desc: 'Overview. "bone mets" is the short, everyday name. Translate the words inside the glossary-term markup.',
      }
    ),
    msg(html`Bone mets are sometimes called <glossary-term term="lesion">lesions</glossary-term>.`, {
      desc: 'Overview: another name doctors use for bone mets. Translate the word inside the glossary-term markup.',
    }),
    msg(
      html`Bone mets can be part of <glossary-term term="advanced-cancer">advanced cancer</glossary-term>.`,
      {
        desc: 'Overview. "Advanced cancer" = cancer that has grown or spread and is unlikely to be cured. Translate the words inside the glossary-term markup.',
      }
    ),
  ],
  notBoneCancer: {
    title: msg('Is it bone cancer?', {desc: 'Sub-heading of the overview, as a patient asks it.'}),
    sentences: [
      msg('No. Cancer that spreads to bone is not bone cancer.', {
        desc: 'Answer to "Is it bone cancer?": bone metastasis is not the same as cancer that starts in bone.',
      }),
      msg(
        html`It is still the cancer from the place where it started. The tumor there is called the
          <glossary-term term="primary-tumor">primary tumor</glossary-term>.`,
        {
          desc: 'Answer to "Is it bone cancer?". "It" = cancer that has spread to bone. Translate the words inside the glossary-term markup.',
        }
      ),
      msg('For example, breast cancer that spreads to bone is still breast cancer.', {
        desc: 'Answer to "Is it bone cancer?": an example of the rule above.',
      }),
    ],
  },
  travel: {
    title: msg('How does cancer get into bone?', {
      desc: 'Sub-heading of the overview, as a patient asks it.',
    }),
    sentences: [
      msg('Cancer cells from the primary tumor can move to a bone.', {
        desc: 'Overview: how cancer cells reach the bone.',
      }),
      msg(
        html`They travel in your blood or in your
          <glossary-term term="lymph-system">lymph system</glossary-term>.`,
        {
          desc: 'Overview: how cancer cells reach the bone. "They" = cancer cells. Translate the words inside the glossary-term markup.',
        }
      ),
    ],
  },
  where: {
    title: msg('Which bones can it affect?', {
      desc: 'Sub-heading of the overview: where in the body bone metastasis happens. "it" = bone metastasis.',
    }),
    sentences: [
      msg('Any bone in your body can get bone mets.', {desc: 'Overview: where bone mets happen.'}),
      msg('Bones near the center of your body, such as the spine, get them more often.', {
        desc: 'Overview: where bone mets happen. "They" = bone mets; "the middle of your body" = the trunk.',
      }),
    ],
    caption: msg('Common places for bone mets', {
      desc: 'Caption of a numbered drawing of a skeleton; the numbered list of bones follows it.',
    }),
    // Top to bottom, so the numbers in the drawing read in order.
    sites: [
      {key: 'skull', name: msg('Skull', {desc: 'Common site of bone mets: the bones of the head.'})},
      {
        key: 'humerus',
        name: msg('Upper arm bone (humerus)', {
          desc: 'Common site of bone mets. Plain name, then medical name.',
        }),
      },
      {key: 'ribs', name: msg('Ribs', {desc: 'Common site of bone mets.'})},
      {
        key: 'spine',
        name: msg('Spine (backbone)', {
          desc: 'Common site of bone mets, and the most common one. Medical name, then plain name.',
        }),
      },
      {
        key: 'pelvis',
        name: msg('Hip (pelvis)', {desc: 'Common site of bone mets. Plain name, then medical name.'}),
      },
      {
        key: 'femur',
        name: msg('Upper leg bone (femur)', {
          desc: 'Common site of bone mets: the thigh bone. Plain name, then medical name.',
        }),
      },
    ] satisfies Site[],
  },
  cancers: {
    title: msg('Which cancers spread to bone most often?', {
      desc: 'Sub-heading of the overview, as a patient asks it.',
    }),
    intro: msg('These five cancers spread to bone most often:', {
      desc: 'Intro to a list of five kinds of cancer.',
    }),
    items: [
      msg('Breast cancer', {desc: 'A cancer that often spreads to bone.'}),
      msg('Prostate cancer', {desc: 'A cancer that often spreads to bone.'}),
      msg('Lung cancer', {desc: 'A cancer that often spreads to bone.'}),
      msg('Thyroid cancer', {desc: 'A cancer that often spreads to bone.'}),
      msg('Kidney cancer', {desc: 'A cancer that often spreads to bone.'}),
    ],
    askTeam: msg('Ask your care team what this means for your cancer.', {
      desc: 'Closing line of the overview: the reader should ask their own doctors and nurses.',
    }),
  },
});
