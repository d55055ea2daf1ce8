/**
 * The words of the treatment comparison: its questions, controls and hints.
 * Every fact about a treatment comes from ./treatments.ts; this module only
 * asks the patient's questions and says which fact answers each one. Where the
 * article is silent (side effects, who can have it, how long), the answer sends
 * the reader to the care team, and a question no compared treatment's facts
 * answer becomes one of the questions to ask.
 */
import {html} from 'lit';
import {msg, str} from '@lit/localize';
import {benefitLabel, scopeLabel, type TreatmentOption} from './treatments.js';
import type {Message} from './types.js';

/** One row of the comparison: a patient's question, answered for each treatment. */
export interface CompareRow {
  question: Message;
  /**
   * A sentence, or a short list (shown as a bulleted list); null where the
   * article is silent, shown as "Ask your care team."
   */
  answer: (option: TreatmentOption) => Message | Message[] | null;
  /**
   * The same question as the patient would ask the care team. A row that no
   * compared treatment answers is left out of the table, and this joins the
   * questions to ask instead.
   */
  ask?: () => Message;
  /** The question to ask belongs in the list even when the table answers the row. */
  alwaysAsk?: boolean;
}

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
    // How often is never in the table, so this question always helps.
    ask: () =>
      msg('How will I get the treatment? How often?', {
        desc: 'A question for the care team: how the treatment is given and how often.',
      }),
    alwaysAsk: true,
  },
  {
    question: msg('What can it help with?', {
      desc: 'Row heading in a treatment comparison: what the treatment can do (a short list).',
    }),
    answer: (option) => option.benefits.map(benefitLabel),
  },
  // The article says nothing of these for any treatment: they end up as questions to ask.
  {
    question: msg('What are the side effects?', {desc: 'Row heading in a treatment comparison.'}),
    answer: () => null,
    ask: () => msg('What side effects should I expect?', {desc: 'A question for the care team.'}),
  },
  {
    question: msg('Who can have it?', {
      desc: 'Row heading in a treatment comparison: who the treatment is for.',
    }),
    answer: () => null,
    ask: () =>
      msg('Can I have these treatments?', {
        desc: 'A question for the care team: whether the treatments being compared are possible for this patient.',
      }),
  },
  {
    question: msg('How long does it take?', {desc: 'Row heading in a treatment comparison.'}),
    answer: () => null,
    ask: () => msg('How long will the treatment take?', {desc: 'A question for the care team.'}),
  },
];

export const treatmentCompare = () => ({
  title: msg('How do the treatments compare?', {
    desc: 'Heading of a tool that shows bone metastasis treatments side by side.',
  }),
  intro: [
    msg('Pick 2 to 4 treatments. You will see how they compare, question by question.', {
      desc: 'Intro to the treatment comparison: how to use it. On wide screens the treatments are shown in a table, on phones one card each.',
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
  /** A cell where the article gives no answer for this treatment. */
  askCareTeam: msg('Ask your care team.', {
    desc: 'Answer in a treatment comparison where the article gives no information for this treatment (e.g. how bone cement is given).',
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
    /** Asked first; the rows' questions follow (see CompareRow.ask), then `last`. */
    first: msg('Which of these treatments could help me?', {desc: 'A question for the care team.'}),
    last: msg(
      html`Could a <glossary-term term="clinical-trial">clinical trial</glossary-term> be a choice for me?`,
      {
        desc: 'A question for the care team: whether a research study is an option. Translate the words inside the glossary-term markup.',
      }
    ),
  },
});
