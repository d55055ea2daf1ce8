/** The signs of bone metastasis, and when to get help right away, in plain words. */
import {html} from 'lit';
import {msg} from '@lit/localize';
import type {Message} from './types.js';

export interface Sign {
  title: Message;
  /** Sentences before the list. */
  sentences: Message[];
  /** Optional list: a lead-in line and its items. */
  list?: {intro: Message; items: Message[]};
  /** Sentences after the list. */
  after?: Message[];
}

/** Words of the "Get help right away" block (signs of spinal cord compression). */
export const emergency = () => ({
  title: msg('Get help right away if you have:', {
    desc: 'Heading of the urgent box. It lists signs of spinal cord compression, an emergency.',
  }),
  items: [
    msg('New or worse back or neck pain', {desc: 'Urgent box, sign 1 of spinal cord compression.'}),
    msg('Numbness or weakness in your body below the tumor', {
      desc: 'Urgent box, sign 2 of spinal cord compression. "The tumor" = the bone met in the spine.',
    }),
    msg('Trouble walking', {desc: 'Urgent box, sign 3 of spinal cord compression.'}),
  ],
  why: msg('These can be signs that cancer is pressing on your spinal cord.', {
    desc: 'Urgent box: explains why the three signs above are urgent.',
  }),
  fallback: msg('Call your care team right away.', {
    desc: 'Urgent box: what to do, shown when the page gives no phone number.',
  }),
  /** Link text; `phone` is the hospital's number as the page wrote it (marked up by the element). */
  call: (phone: Message) =>
    msg(html`Call your care team: ${phone}`, {
      desc: 'Urgent box: text of a link that phones the care team. The value is the phone number.',
    }),
});

export const signs = () => ({
  title: msg('What are the signs of bone metastasis?', {
    desc: 'Heading of the section on signs of bone mets.',
  }),
  intro: msg(
    html`These are the most common signs of <glossary-term term="bone-metastasis">bone mets</glossary-term>.`,
    {desc: 'Intro to the list of five signs. Translate the word inside the glossary-term markup.'}
  ),
  signs: [
    {
      title: msg('Bone pain', {desc: 'Sign 1 heading.'}),
      sentences: [
        msg('Bone pain is often the first sign.', {desc: 'Sign 1 (bone pain).'}),
        msg('The pain may come and go. Nights are often worse.', {desc: 'Sign 1 (bone pain).'}),
        msg('Moving around often makes it feel better.', {desc: 'Sign 1 (bone pain). "it" = the pain.'}),
        msg('Over time, it may get worse and stop going away.', {
          desc: 'Sign 1 (bone pain): the pain may become constant.',
        }),
      ],
    },
    {
      title: msg('A broken bone (fracture)', {desc: 'Sign 2 heading.'}),
      sentences: [
        msg('Bone mets can make a bone weak, so it may break.', {desc: 'Sign 2 (broken bone).'}),
        msg(
          html`A break from bone mets is called a
            <glossary-term term="pathologic-fracture">pathologic fracture</glossary-term>.`,
          {desc: 'Sign 2 (broken bone). Translate the words inside the glossary-term markup.'}
        ),
        msg('An injury can cause the break.', {desc: 'Sign 2 (broken bone). Injury = trauma, e.g. a fall.'}),
        msg('But a very weak bone can break during everyday tasks.', {
          desc: 'Sign 2 (broken bone): it can break just by doing normal daily activities.',
        }),
      ],
    },
    {
      title: msg('Pressure on the spinal cord', {desc: 'Sign 3 heading: spinal cord compression.'}),
      sentences: [
        msg(
          html`Cancer in the spine can press on the spinal cord. This is called
            <glossary-term term="spinal-cord-compression">spinal cord compression</glossary-term>.`,
          {desc: 'Sign 3. Translate the words inside the glossary-term markup.'}
        ),
      ],
      list: {
        intro: msg('Its signs are:', {desc: 'Sign 3: lead-in to the signs of spinal cord compression.'}),
        items: [
          msg('Pain in your back or neck that is new or getting worse', {desc: 'Sign 3, list item.'}),
          msg('Numb or weak areas of the body below the tumor', {
            desc: 'Sign 3, list item. "The tumor" = the bone met in the spine.',
          }),
          msg('Having trouble walking', {desc: 'Sign 3, list item.'}),
        ],
      },
      after: [
        msg('It can harm your nerves.', {desc: 'Sign 3: spinal cord compression can cause nerve damage.'}),
        msg(
          html`It can even cause <glossary-term term="paralysis">paralysis</glossary-term>. That means you
            lose the ability to move.`,
          {desc: 'Sign 3. Translate the word inside the glossary-term markup.'}
        ),
        msg(
          html`It is an <glossary-term term="oncologic-emergency">oncologic emergency</glossary-term>. This is
            a serious problem that needs treatment right away.`,
          {desc: 'Sign 3: spinal cord compression is an emergency. Keep the urgency.'}
        ),
      ],
    },
    {
      title: msg('Bowel and bladder problems', {desc: 'Sign 4 heading.'}),
      sentences: [],
      list: {
        intro: msg('You may:', {desc: 'Sign 4: lead-in to a list of bowel and bladder problems.'}),
        items: [
          msg(
            html`Lose control of your pee, your poop or both. Control of these is called
              <glossary-term term="continence">continence</glossary-term>.`,
            {desc: 'Sign 4, list item: loss of urine and/or stool control. Everyday words are intended.'}
          ),
          msg('Have very bad constipation', {desc: 'Sign 4, list item: severe constipation.'}),
          msg(
            html`Not be able to pee, or not empty your bladder all the way. This is called
              <glossary-term term="urinary-retention">urinary retention</glossary-term>.`,
            {desc: 'Sign 4, list item. Translate the words inside the glossary-term markup.'}
          ),
        ],
      },
    },
    {
      title: msg('High calcium (hypercalcemia)', {desc: 'Sign 5 heading.'}),
      sentences: [
        msg('Some bone mets let calcium leak out of the bones into the blood.', {
          desc: 'Sign 5 (high calcium).',
        }),
        msg(
          html`Too much calcium in the blood is called
            <glossary-term term="hypercalcemia">hypercalcemia</glossary-term>.`,
          {desc: 'Sign 5. Translate the word inside the glossary-term markup.'}
        ),
      ],
      list: {
        intro: msg('It can cause:', {desc: 'Sign 5: lead-in to the symptoms of hypercalcemia.'}),
        items: [
          msg('Constipation', {desc: 'Sign 5, symptom of hypercalcemia.'}),
          msg('Nausea (feeling sick to your stomach)', {desc: 'Sign 5, symptom of hypercalcemia.'}),
          msg('Not feeling hungry (loss of appetite)', {desc: 'Sign 5, symptom of hypercalcemia.'}),
          msg('Being very thirsty', {desc: 'Sign 5, symptom of hypercalcemia: extreme thirst.'}),
          msg('Peeing often', {desc: 'Sign 5, symptom of hypercalcemia: frequent urination.'}),
          msg('Losing too much water (dehydration)', {desc: 'Sign 5, symptom of hypercalcemia.'}),
          msg('Feeling very tired (fatigue)', {desc: 'Sign 5, symptom of hypercalcemia.'}),
        ],
      },
      after: [
        msg('In very serious cases, it can cause confusion and even a coma.', {
          desc: 'Sign 5: the most serious effects of hypercalcemia.',
        }),
      ],
    },
  ] satisfies Sign[],
  closing: [
    msg(
      html`Your provider will watch closely for these signs. They do this while treating your
        <glossary-term term="primary-tumor">primary cancer</glossary-term>.`,
      {desc: 'After the list of signs. Primary cancer = the cancer where it first started.'}
    ),
    msg('If you notice any of these signs, let your provider know.', {
      desc: 'After the list of signs.',
    }),
  ],
});
