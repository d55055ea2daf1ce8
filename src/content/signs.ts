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

// The signs of spinal cord compression, shared by the urgent box and sign 3 so
// both say the same thing in the same words (one message each to translate).
const backOrNeckPain = () =>
  msg('New or worse back or neck pain', {desc: 'Sign of spinal cord compression (urgent box and sign 3).'});
const numbOrWeak = () =>
  msg('Numbness or weakness in your legs, arms, chest or belly', {
    desc: 'Sign of spinal cord compression (urgent box and sign 3): numb or weak anywhere below the spine met, named as body parts a patient knows.',
  });
const troubleWalking = () =>
  msg('Trouble walking', {desc: 'Sign of spinal cord compression (urgent box and sign 3).'});

/**
 * Words of the "Get help right away" block: the red flags of spinal cord
 * compression (the source's three, plus bladder and bowel signs from clinical
 * guidelines; see docs/clinical-review.md) and what to do.
 */
export const emergency = () => ({
  title: msg('Get help right away if you have:', {
    desc: 'Heading of the urgent box. It lists signs of spinal cord compression, an emergency.',
  }),
  items: [
    backOrNeckPain(),
    numbOrWeak(),
    troubleWalking(),
    msg('New loss of control of your pee or poop', {
      desc: 'Urgent box: sign of spinal cord compression. New loss of bladder or bowel control; everyday words for urine and stool are intended.',
    }),
    msg('Not being able to pee', {
      desc: 'Urgent box: sign of spinal cord compression (urinary retention). Everyday word for urinating is intended.',
    }),
  ],
  why: msg(
    html`These can be signs that cancer is pressing on your
      <glossary-term term="spinal-cord">spinal cord</glossary-term>.`,
    {
      desc: 'Urgent box: explains why the signs above are urgent. The spinal cord is the bundle of nerves inside the spine (not the spine itself). Translate the words inside the glossary-term markup.',
    }
  ),
  fallback: msg('Call your care team right away.', {
    desc: 'Urgent box: what to do, shown when the page gives no phone number.',
  }),
  /** Link text; `phone` is the hospital's number as the page wrote it (marked up by the element). */
  call: (phone: Message) =>
    msg(html`Call your care team: ${phone}`, {
      desc: 'Urgent box: text of a link that phones the care team. The value is the phone number.',
    }),
  /** Link text for the host's after-hours or urgent line; `phone` as the page wrote it. */
  callUrgent: (phone: Message) =>
    msg(html`Call the after-hours or urgent line: ${phone}`, {
      desc: "Urgent box: text of a link that phones the hospital's after-hours or urgent help line (given by the page). The value is the phone number.",
    }),
  cannotReach: msg('If you cannot reach anyone, go to the nearest hospital emergency department.', {
    desc: 'Urgent box: what to do when nobody answers (for example at night). Use the usual local name for a hospital emergency department (ER / A&E). Do not add a country emergency phone number.',
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
      after: [
        msg('Tell your care team soon if the pain gets worse when you move or put weight on that spot.', {
          desc: 'Sign 1 (bone pain), safety advice: pain that worsens with movement or weight bearing should be reported soon. "That spot" = where it hurts.',
        }),
        msg('This can be a sign that the bone is weak.', {
          desc: 'Sign 1 (bone pain): pain on moving or weight bearing can mean the bone is weak and may break.',
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
      after: [
        msg(
          'Get care right away if you suddenly have very bad bone pain, or you cannot put weight on a leg or arm.',
          {
            desc: 'Sign 2 (broken bone), safety advice: sudden severe bone pain, or not being able to bear weight on a limb, can mean a break and needs care right away.',
          }
        ),
      ],
    },
    {
      title: msg('Pressure on the spinal cord', {desc: 'Sign 3 heading: spinal cord compression.'}),
      sentences: [
        msg('Your spinal cord is a thick bundle of nerves. It runs down inside your spine (backbone).', {
          desc: 'Sign 3: what the spinal cord is, so it is not confused with the spine (the bones around it).',
        }),
        msg(
          html`Cancer in the spine can press on the spinal cord. This is called
            <glossary-term term="spinal-cord-compression">spinal cord compression</glossary-term>.`,
          {desc: 'Sign 3. Translate the words inside the glossary-term markup.'}
        ),
      ],
      list: {
        intro: msg('Its signs are:', {desc: 'Sign 3: lead-in to the signs of spinal cord compression.'}),
        items: [backOrNeckPain(), numbOrWeak(), troubleWalking()],
      },
      after: [
        msg('It can harm your nerves.', {desc: 'Sign 3: spinal cord compression can cause nerve damage.'}),
        msg(
          html`It can even cause <glossary-term term="paralysis">paralysis</glossary-term>. That means losing
            the ability to move part of your body.`,
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
          msg('Have very bad constipation (find it very hard to poop)', {
            desc: 'Sign 4, list item: severe constipation, explained in everyday words.',
          }),
          msg(
            html`Not be able to pee, or not empty your bladder all the way. This is called
              <glossary-term term="urinary-retention">urinary retention</glossary-term>.`,
            {desc: 'Sign 4, list item. Translate the words inside the glossary-term markup.'}
          ),
        ],
      },
      after: [
        msg('New loss of control, or not being able to pee, needs help right away.', {
          desc: 'Sign 4, safety advice: new loss of bladder or bowel control, or urinary retention, can mean spinal cord compression (an emergency). Keep the urgency.',
        }),
      ],
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
        msg('Get care right away if you become confused or very hard to wake up.', {
          desc: 'Sign 5, safety advice: confusion or severe drowsiness from high calcium needs urgent care.',
        }),
        msg('The people close to you may notice this first.', {
          desc: 'Sign 5, safety advice: family or friends may notice the confusion before the patient does.',
        }),
      ],
    },
  ] satisfies Sign[],
  closing: [
    msg(
      html`Your care team will watch closely for these signs. They do this while treating the cancer where it
        started, your <glossary-term term="primary-tumor">primary cancer</glossary-term>.`,
      {
        desc: 'After the list of signs. Primary cancer = the cancer in the part of the body where it started (not an earlier, different cancer). Translate the words inside the glossary-term markup.',
      }
    ),
    msg('If you notice any of these signs, tell your care team.', {
      desc: 'After the list of signs. "Care team" = the doctors and nurses who treat the patient.',
    }),
  ],
});
