/**
 * Where the facts come from: the source article's people, review date and the
 * sources it names. Names, credentials and source titles are never translated.
 */
import {html, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';

/** The day the source article was last reviewed, as an ISO date (for `<time datetime>`). */
export const lastReviewed = '2022-09-30';

/** The same day as a Date at midnight UTC; format it with `timeZone: 'UTC'` so no time zone shifts the day. */
export const lastReviewedDate = (): Date => new Date(Date.UTC(2022, 8, 30));

/** The source article's title, in English. */
export const articleTitle = 'Bone Metastases';

export interface Person {
  /** Role in the article, in the active locale. */
  role: string;
  /** Name and credentials exactly as the article gives them. */
  name: string;
}

export interface Citation {
  /** The organisation that published the source. */
  publisher: string;
  /** The titles of the source, as the article gives them. */
  title: string;
}

/**
 * The sources the article names. The article's web links were lost when it was
 * copied, so none are given here: guessing them would be worse than none.
 */
export const citations: readonly Citation[] = [
  {
    publisher: 'The American Cancer Society',
    title: 'Advanced Cancer, Metastatic Cancer, and Bone Metastasis. Treating Bone Metastases.',
  },
  {publisher: 'Radiation Therapy Answers', title: 'Bone Metastases.'},
];

export const sources = () => ({
  title: msg('Where does this information come from?', {
    desc: 'Heading of the section that names the source article, its authors and its sources.',
  }),
  article: (title: TemplateResult) =>
    msg(html`The facts here come from an article for patients called ${title}.`, {
      desc: 'The placeholder is the article title "Bone Metastases"; it stays in English.',
    }),
  retold: [
    msg('We wrote every sentence fresh, in plain words.', {
      desc: 'Note that these pages retell the article in plain language.',
    }),
    msg('We did not copy the text of the article.', {
      desc: 'Note that these pages retell the article and do not reproduce its wording.',
    }),
  ],
  creditsTitle: msg('Who wrote the article?', {
    desc: 'Sub-heading above the article author and the review date.',
  }),
  people: [
    {
      role: msg('Author', {desc: 'Label: the person who wrote the source article.'}),
      name: 'Christina Bach, LCSW, MBE, OSW-C, FAOSW',
    },
    {
      role: msg('Content contributor', {desc: 'Label: a doctor who added content to the source article.'}),
      name: 'Lara Bonner Millar, MD',
    },
  ] satisfies Person[],
  reviewed: msg('Last reviewed', {desc: 'Label before the date the source article was last reviewed.'}),
  citationsTitle: msg('What sources does the article name?', {
    desc: 'Sub-heading above the list of sources the article cites. The titles stay in English.',
  }),
  /** How the reader's language version was made; shown for every language but English. */
  translationDraft: msg(
    'This translation was made with the help of a computer. A medical translator has not checked it yet. If something is not clear, ask your care team.',
    {
      desc: 'Translation status shown to readers of a translated page: AI-assisted draft, not yet reviewed by a qualified medical translator. Keep it honest and calm.',
    }
  ),
  translationReviewed: (date: string) =>
    msg(str`A qualified medical translator checked this translation on ${date}.`, {
      desc: 'Translation status shown to readers: the translation was reviewed by a qualified medical translator. The placeholder is a date.',
    }),
  disclaimer: [
    msg('This is to help you learn. It is not medical advice.', {
      desc: 'Disclaimer: the content is education, not medical advice.',
    }),
    msg('Talk with your care team about your own care.', {
      desc: 'Disclaimer: the reader should ask their own doctors and nurses about their care.',
    }),
  ],
});
