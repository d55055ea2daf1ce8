/**
 * The words of the treatment comparison: its questions, controls and hints.
 * Every fact about a treatment comes from ./treatments.ts; this module only
 * asks the patient's questions and says which fact answers each one. Where the
 * article is silent (side effects, who can have it, how long), the answer sends
 * the reader to the care team.
 */
import {html} from 'lit';
import {msg, str} from '@lit/localize';
import {benefitLabel, scopeLabel, type TreatmentOption} from './treatments.js';
import type {Message} from './types.js';

/** One row of the comparison: a patient's question, answered for each treatment. */
export interface CompareRow {
  question: Message;
  /** A sentence, or a short list (shown as a bulleted list). */
  answer: (option: TreatmentOption) => Message | Message[];
}

const askCareTeam = () =>
  msg('Ask your care team.', {
    desc: 'Answer in a treatment comparison where the article gives no information (side effects, who can have it, how long it takes).',
  });

export const compareRows = (): CompareRow[] => [
  {
    question: msg('What is it?', {desc: 'Row heading in a treatment comparison: what the treatment is.'}),
    answer: (option) => option.whatItIs(),
  },
  {
    question: msg('Does it treat the whole body or one spot?', {
      desc: 'Row heading in a treatment comparison: systemic (whole body) or local (one area).',
    }),
    answer: (option) => scopeLabel(option.scope),
  },
  {
    question: msg('How is it given?', {
      desc: 'Row heading in a treatment comparison: how a patient gets it.',
    }),
    answer: (option) => option.howGiven(),
  },
  {
    question: msg('What can it help with?', {
      desc: 'Row heading in a treatment comparison: what the treatment can do (a short list).',
    }),
    answer: (option) => option.benefits.map(benefitLabel),
  },
  {
    question: msg('What are the side effects?', {desc: 'Row heading in a treatment comparison.'}),
    answer: askCareTeam,
  },
  {
    question: msg('Who can have it?', {
      desc: 'Row heading in a treatment comparison: who the treatment is for.',
    }),
    answer: askCareTeam,
  },
  {
    question: msg('How long does it take?', {desc: 'Row heading in a treatment comparison.'}),
    answer: askCareTeam,
  },
];

export const treatmentCompare = () => ({
  title: msg('How do the treatments compare?', {
    desc: 'Heading of a tool that shows bone metastasis treatments side by side.',
  }),
  intro: [
    msg('Pick 2 to 4 treatments. You will see them side by side.', {
      desc: 'Intro to the treatment comparison: how to use it.',
    }),
    msg('Then talk about your choices with your care team.', {
      desc: 'Intro to the treatment comparison: the comparison is to prepare for a talk with the care team.',
    }),
  ] satisfies Message[],
  filterLegend: msg('Which treatments do you want to see?', {
    desc: 'Label of a group of 3 radio buttons that filter the list of treatments: All, Whole body, One spot.',
  }),
  filterAll: msg('All', {
    id: 'treatment-compare.filter-all',
    desc: 'Radio button: show all treatments in the list (not only whole-body or one-spot ones).',
  }),
  pickLegend: msg('Pick 2 to 4 treatments to compare', {
    desc: 'Label of the group of checkboxes, one per treatment.',
  }),
  keptHint: msg('Treatments you picked stay in the list.', {
    desc: 'Hint shown when a filter is on: treatments the reader already picked are still shown, so they can be unpicked.',
  }),
  maxHint: msg('You picked 4. That is the most you can compare. To pick another, uncheck one first.', {
    desc: 'Hint shown when 4 treatments are picked and the other checkboxes are turned off.',
  }),
  comparing: (names: string) =>
    msg(str`Comparing: ${names}.`, {
      desc: 'Live status: the treatments now shown side by side. The value is a list of treatment names.',
    }),
  pickedOne: (name: string) =>
    msg(str`You picked: ${name}. Pick at least 2 to compare.`, {
      desc: 'Live status when only one treatment is picked. The value is a treatment name.',
    }),
  pickedNone: msg('You have not picked a treatment. Pick at least 2 to compare.', {
    desc: 'Live status when no treatment is picked.',
  }),
  caption: msg('The treatments you picked, side by side', {
    desc: 'Caption of the comparison table: one column per treatment, one row per question.',
  }),
  questions: {
    title: msg('What can you ask your care team?', {
      desc: 'Heading of a list of questions a patient can bring to an appointment.',
    }),
    intro: msg('You can bring these questions to your next visit.', {
      desc: 'Lead-in to the list of questions for the care team.',
    }),
    items: [
      msg('Which of these treatments could help me?', {desc: 'A question for the care team.'}),
      msg('What side effects should I expect?', {desc: 'A question for the care team.'}),
      msg('How will I get the treatment? How often?', {
        desc: 'A question for the care team: how the treatment is given and how often.',
      }),
      msg('How long will the treatment take?', {desc: 'A question for the care team.'}),
      msg(
        html`Could a <glossary-term term="clinical-trial">clinical trial</glossary-term> be a choice for me?`,
        {
          desc: 'A question for the care team: whether a research study is an option. Translate the words inside the glossary-term markup.',
        }
      ),
    ] satisfies Message[],
  },
});
