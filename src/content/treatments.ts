/**
 * How bone mets are treated: the article's prose, and a typed list of the
 * eleven treatments. The list is the single source for every element that
 * shows treatments (this section and the treatment comparison), so facts are
 * tagged by meaning (`scope`, `benefits`) and only as the article states them.
 */
import {html} from 'lit';
import {msg} from '@lit/localize';
import {glossary, type GlossaryKey} from './glossary.js';
import type {Message} from './types.js';

/** Whether a treatment reaches the whole body (systemic) or one area (local). */
export type Scope = 'systemic' | 'local';

/** Scopes in the order the article presents them. */
export const scopes = ['systemic', 'local'] as const satisfies readonly Scope[];

/** Stable keys, in the article's order. Never change them: hosts and later elements refer to them. */
export const treatmentKeys = [
  'chemotherapy',
  'targeted-therapy',
  'immunotherapy',
  'hormone-therapy',
  'bisphosphonates',
  'denosumab',
  'radionuclide-therapy',
  'radiation-therapy',
  'ablation',
  'bone-cement',
  'surgery',
] as const;

export type TreatmentKey = (typeof treatmentKeys)[number];

/** What a treatment can do, as the article says it (nothing more). */
export type Benefit =
  | 'treat-primary-cancer'
  | 'kill-cancer-cells'
  | 'ease-pain'
  | 'strengthen-bone'
  | 'prevent-fractures'
  | 'treat-fractures'
  | 'stabilize-bone'
  | 'prevent-bone-damage';

/**
 * A family of whole-body medicines that share what they do: the section says
 * the shared part once, then what sets each one apart.
 */
export type Kind = 'cancer-medicine' | 'bone-medicine';

/** Kinds in the article's order. */
export const kinds = ['cancer-medicine', 'bone-medicine'] as const satisfies readonly Kind[];

export interface TreatmentOption {
  key: TreatmentKey;
  /** Glossary key for the name; absent where the glossary has none (surgery). */
  glossary?: GlossaryKey;
  scope: Scope;
  /** The family it belongs to, described once in the section; absent for a treatment of its own. */
  kind?: Kind;
  /** Only the benefits the article names for this treatment. */
  benefits: readonly Benefit[];
  /** Display name, capitalised as a heading: 'Chemotherapy'. */
  name: () => string;
  /** What it is and does, on its own, in one or two plain sentences (a comparison cell). */
  whatItIs: () => Message;
  /** What sets it apart within its kind, read after the kind's shared sentences; defaults to `whatItIs`. */
  detail?: () => Message;
  /**
   * How a patient gets it; null where neither the article nor a public reference
   * settles it, so the reader is sent to the care team.
   */
  howGiven: () => Message | null;
  /** Its kind's shared sentences already say how it is given, so the section does not say it again. */
  routeInKind?: boolean;
}

/** The prose that opens one group of treatments. */
export interface TreatmentGroup {
  title: Message;
  intro: Message[];
}

/** The prose that opens one kind of medicine: what all of them share. */
export interface TreatmentKind {
  title: Message;
  shared: Message[];
}

// The article gives "by mouth or into a vein" for whole-body treatments as a class;
// it holds for these three cancer medicines (cancer.gov), not for every whole-body one.
const byMouthOrVein = () =>
  msg('It can be taken by mouth or given into a vein (IV).', {
    desc: 'How chemotherapy, targeted therapy or immunotherapy is given: swallowed, or through an intravenous line (IV). "It" = the medicine.',
  });

/** A treatment's name as shown, linked to its glossary entry where there is one. */
export const linkedName = (option: TreatmentOption): Message =>
  option.glossary
    ? html`<glossary-term term=${option.glossary}>${option.name()}</glossary-term>`
    : option.name();

export const treatmentOptions = (): readonly TreatmentOption[] => [
  {
    key: 'chemotherapy',
    glossary: 'chemotherapy',
    scope: 'systemic',
    kind: 'cancer-medicine',
    benefits: ['treat-primary-cancer', 'kill-cancer-cells'],
    name: () => msg('Chemotherapy', {desc: 'Treatment name, used as a heading.'}),
    // What sets each cancer medicine apart is what its glossary entry says.
    whatItIs: glossary.chemotherapy.definition,
    howGiven: byMouthOrVein,
    routeInKind: true,
  },
  {
    key: 'targeted-therapy',
    glossary: 'targeted-therapy',
    scope: 'systemic',
    kind: 'cancer-medicine',
    benefits: ['treat-primary-cancer', 'kill-cancer-cells'],
    name: () => msg('Targeted therapy', {desc: 'Treatment name, used as a heading.'}),
    whatItIs: glossary['targeted-therapy'].definition,
    howGiven: byMouthOrVein,
    routeInKind: true,
  },
  {
    key: 'immunotherapy',
    glossary: 'immunotherapy',
    scope: 'systemic',
    kind: 'cancer-medicine',
    benefits: ['treat-primary-cancer', 'kill-cancer-cells'],
    name: () => msg('Immunotherapy', {desc: 'Treatment name, used as a heading.'}),
    whatItIs: glossary.immunotherapy.definition,
    howGiven: byMouthOrVein,
    routeInKind: true,
  },
  {
    key: 'hormone-therapy',
    glossary: 'hormone-therapy',
    scope: 'systemic',
    kind: 'cancer-medicine',
    benefits: ['treat-primary-cancer', 'kill-cancer-cells'],
    name: () => msg('Hormone therapy', {desc: 'Treatment name, used as a heading.'}),
    whatItIs: glossary['hormone-therapy'].definition,
    howGiven: () =>
      msg('It is often taken as pills or given as shots.', {
        desc: 'How hormone therapy is given: usually pills, or injections (shots) into a muscle or under the skin.',
      }),
  },
  {
    key: 'bisphosphonates',
    glossary: 'bisphosphonate',
    scope: 'systemic',
    kind: 'bone-medicine',
    benefits: ['strengthen-bone', 'prevent-fractures'],
    name: () =>
      msg('Bisphosphonates', {
        desc: 'Treatment name (a class of bone medicines, plural), used as a heading.',
      }),
    whatItIs: () =>
      msg('A medicine that protects bone. It does not kill cancer cells.', {
        desc: 'What bisphosphonates are, in a comparison table: bone medicines that protect bone; they do not kill cancer cells.',
      }),
    detail: () =>
      msg('These medicines can help make damaged bone stronger. They can help prevent broken bones.', {
        desc: 'What bisphosphonates do: strengthen bone damaged by disease and prevent fractures.',
      }),
    howGiven: () =>
      msg('They are often given into a vein (IV).', {
        desc: 'How bisphosphonates are usually given for bone metastases: through an intravenous line (IV). "They" = bisphosphonates.',
      }),
  },
  {
    key: 'denosumab',
    glossary: 'denosumab',
    scope: 'systemic',
    kind: 'bone-medicine',
    benefits: ['prevent-bone-damage'],
    name: () =>
      msg('Denosumab', {desc: 'Treatment name (a drug name, usually kept as is), used as a heading.'}),
    whatItIs: () =>
      msg('A kind of targeted therapy that protects bone. It does not kill cancer cells.', {
        desc: 'What denosumab is, in a comparison table: a targeted therapy that protects bone; it does not kill cancer cells.',
      }),
    detail: () =>
      msg(
        'This is a kind of targeted therapy. It can help stop cancer cells from doing more damage to your bone.',
        {
          desc: 'What denosumab is and does.',
        }
      ),
    howGiven: () =>
      msg('It is given as a shot under the skin.', {
        desc: 'How denosumab is given: a subcutaneous injection (under the skin, not into a vein or muscle).',
      }),
  },
  {
    key: 'radionuclide-therapy',
    glossary: 'radionuclide-therapy',
    scope: 'systemic',
    benefits: ['kill-cancer-cells', 'ease-pain'],
    name: () => msg('Radionuclide therapy', {desc: 'Treatment name, used as a heading.'}),
    whatItIs: () =>
      msg(
        'A radioactive medicine goes into your bone mets. Its radiation kills cancer cells and eases pain.',
        {
          desc: 'What radionuclide therapy does. "Bone mets" = bone metastases.',
        }
      ),
    howGiven: () =>
      msg('It is given as a shot (injection).', {desc: 'How radionuclide therapy is given: it is injected.'}),
  },
  {
    key: 'radiation-therapy',
    glossary: 'radiation-therapy',
    scope: 'local',
    benefits: ['kill-cancer-cells'],
    name: () => msg('Radiation therapy', {desc: 'Treatment name, used as a heading.'}),
    whatItIs: () =>
      msg('It uses high-energy X-rays to kill cancer cells.', {
        desc: 'What radiation therapy is. "It" = radiation therapy.',
      }),
    howGiven: () =>
      msg('The X-rays can be aimed at your bone mets.', {
        desc: 'How radiation therapy is given: the beam is directed at the bone metastases.',
      }),
  },
  {
    key: 'ablation',
    glossary: 'ablation',
    scope: 'local',
    benefits: ['kill-cancer-cells'],
    name: () => msg('Ablation', {desc: 'Treatment name, used as a heading.'}),
    whatItIs: () =>
      msg(
        html`It kills cancer cells with an electric current (radiofrequency ablation) or with cold
          (<glossary-term term="cryoablation">cryoablation</glossary-term>).`,
        {
          desc: 'What ablation is. "It" = ablation. Translate the word inside the glossary-term markup.',
        }
      ),
    howGiven: () =>
      msg('A needle is placed right into the tumor.', {
        desc: 'How ablation is done: a needle goes directly into the tumor.',
      }),
  },
  {
    key: 'bone-cement',
    glossary: 'bone-cement',
    scope: 'local',
    benefits: ['treat-fractures', 'strengthen-bone', 'stabilize-bone'],
    name: () => msg('Bone cement', {desc: 'Treatment name, used as a heading.'}),
    whatItIs: () =>
      msg('It treats broken bones caused by bone mets. It makes the bone stronger or steadier.', {
        desc: 'What bone cement does. "It" = bone cement; "bone mets" = bone metastases.',
      }),
    // The article does not say, and the way differs (through a needle, or during surgery).
    howGiven: () => null,
  },
  {
    key: 'surgery',
    scope: 'local',
    benefits: ['stabilize-bone', 'treat-fractures', 'prevent-fractures'],
    name: () =>
      msg('Surgery', {desc: 'Treatment name (an operation on bone metastases), used as a heading.'}),
    whatItIs: () =>
      msg('Surgery can make a bone steadier. It can treat broken bones and help prevent them.', {
        desc: 'What surgery for bone metastases does: stabilize bone, treat and prevent fractures.',
      }),
    howGiven: () =>
      msg('During surgery, rods, screws, pins, plates or cages may be placed.', {
        desc: 'How surgery works: metal hardware may be put in to hold the bone.',
      }),
  },
];

/** Short label for a benefit, for comparison tables and badges. */
export const benefitLabel = (benefit: Benefit): string => {
  switch (benefit) {
    case 'treat-primary-cancer':
      return msg('Treats the cancer where it started', {
        desc: 'Benefit label in a treatment comparison: treats the primary cancer (the cancer in the part of the body where it started, not an earlier cancer).',
      });
    case 'kill-cancer-cells':
      return msg('Kills cancer cells', {desc: 'Benefit label in a treatment comparison.'});
    case 'ease-pain':
      return msg('Eases pain', {desc: 'Benefit label in a treatment comparison.'});
    case 'strengthen-bone':
      return msg('Makes bone stronger', {desc: 'Benefit label in a treatment comparison.'});
    case 'prevent-fractures':
      return msg('Helps prevent broken bones', {
        desc: 'Benefit label in a treatment comparison (fractures).',
      });
    case 'treat-fractures':
      return msg('Treats broken bones', {desc: 'Benefit label in a treatment comparison (fractures).'});
    case 'stabilize-bone':
      return msg('Makes bone steadier', {
        desc: 'Benefit label in a treatment comparison: stabilizes the bone.',
      });
    case 'prevent-bone-damage':
      return msg('Helps stop more bone damage', {
        desc: 'Benefit label in a treatment comparison: prevents further bone damage from cancer cells.',
      });
  }
};

/** Short label for a scope: where in the body a treatment works. */
export const scopeLabel = (scope: Scope): string =>
  scope === 'systemic'
    ? msg('Whole body', {desc: 'Where a treatment works: systemic treatment, reaching the whole body.'})
    : msg('One spot', {
        desc: 'Where a treatment works: local treatment, aimed at one area such as one bone.',
      });

/** The section's prose, around the list of treatments. */
export const treatments = () => ({
  title: msg('How are bone metastases treated?', {
    desc: 'Heading of the section on treating bone metastases.',
  }),
  intro: [
    msg('Treating bone mets matters. It can ease your symptoms and improve your quality of life.', {
      desc: 'Why treating bone metastases ("bone mets") is important.',
    }),
    msg(
      html`Often, the best way to treat bone mets is to treat the cancer where it started (your
        <glossary-term term="primary-tumor">primary cancer</glossary-term>).`,
      {
        desc: 'Treating the primary cancer (the cancer in the part of the body where it started, not an earlier cancer) is often the best treatment for bone mets. Translate the words inside the glossary-term markup.',
      }
    ),
    msg('There are also treatments aimed at the bone mets themselves.', {
      desc: 'Intro: besides treating the primary cancer, some treatments target the bone metastases.',
    }),
    msg(
      html`Some are <glossary-term term="systemic-therapy">systemic</glossary-term>. They reach your whole
        body.`,
      {
        desc: 'Intro: systemic treatments. Translate the word inside the glossary-term markup.',
      }
    ),
    msg(html`Others are <glossary-term term="local-therapy">local</glossary-term>. They treat one spot.`, {
      desc: 'Intro: local treatments, aimed at one area. Translate the word inside the glossary-term markup.',
    }),
  ] satisfies Message[],
  groups: {
    systemic: {
      title: msg('Which treatments reach the whole body?', {
        desc: 'Heading of the group of systemic treatments.',
      }),
      intro: [
        msg('These treatments enter your blood. The blood carries them all over your body.', {
          desc: 'How systemic (whole-body) treatments reach the body. Not all of them kill cancer cells.',
        }),
      ],
    },
    local: {
      title: msg('Which treatments work on one spot?', {
        desc: 'Heading of the group of local treatments (one area of the body).',
      }),
      intro: [
        msg('These treatments work only on the bone met. They do not treat your whole body.', {
          desc: 'How local treatments work. "Bone met" = one bone metastasis.',
        }),
      ],
    },
  } satisfies Record<Scope, TreatmentGroup>,
  kinds: {
    'cancer-medicine': {
      title: msg('Cancer medicines', {
        desc: 'Sub-heading: chemotherapy, targeted therapy, immunotherapy and hormone therapy, which treat the cancer itself.',
      }),
      shared: [
        msg('These medicines treat the cancer where it started.', {
          desc: 'What the four cancer medicines share: they treat the primary cancer (where the cancer started, not an earlier cancer).',
        }),
        msg('They also travel through your body and can kill cancer cells, including those in bone mets.', {
          desc: 'What the four cancer medicines share. "Those" = cancer cells; "bone mets" = bone metastases.',
        }),
        msg('Most of them are taken by mouth or given into a vein (IV).', {
          desc: 'How the cancer medicines are usually given: swallowed, or through an intravenous line (IV). "Them" = the cancer medicines.',
        }),
      ],
    },
    'bone-medicine': {
      title: msg('Bone medicines', {
        desc: 'Sub-heading: bisphosphonates and denosumab, medicines that protect bone.',
      }),
      shared: [
        msg('These medicines protect your bones.', {
          desc: 'What bisphosphonates and denosumab share: they protect bone (slow bone damage, lower the chance of a break).',
        }),
        msg('They do not kill cancer cells.', {
          desc: 'What bisphosphonates and denosumab share: unlike the cancer medicines, they do not kill cancer cells. Keep this clear.',
        }),
      ],
    },
  } satisfies Record<Kind, TreatmentKind>,
  /** Said in the section where neither the article nor a public reference says how a treatment is given. */
  askHow: msg('Ask your care team how it is done.', {
    desc: 'How a treatment (bone cement) is given: the article does not say, so the reader is sent to the care team.',
  }),
  alsoUsed: {
    title: msg('What else can help?', {desc: 'Heading: other ways to manage bone metastases.'}),
    intro: msg('Your care team may also use these to manage bone mets:', {
      desc: 'Lead-in to a list of three other ways to manage bone metastases.',
    }),
    items: [
      msg(html`<glossary-term term="clinical-trial">Clinical trials</glossary-term>`, {
        desc: 'List item: research studies. Translate the words inside the glossary-term markup.',
      }),
      msg('Physical therapy', {desc: 'List item: other help for bone metastases.'}),
      msg('Pain management', {desc: 'List item: other help for bone metastases (care to control pain).'}),
    ] satisfies Message[],
  },
  closing: {
    title: msg('What comes next?', {desc: 'Heading of the closing part of the treatment section.'}),
    sentences: [
      msg('Research is going on to find ways to prevent and treat bone mets.', {
        desc: 'Closing: research on bone metastases is ongoing.',
      }),
      msg('Your care team will watch for bone mets during all of your cancer treatment.', {
        desc: 'Closing: the care team monitors for bone metastases.',
      }),
      msg('If bone mets are found, ask your care team about your treatment choices.', {
        desc: 'Closing: discuss treatment options with the care team (the doctors and nurses).',
      }),
      msg('Ask them how best to manage your bone mets.', {
        desc: 'Closing. "Them" = the care team.',
      }),
    ] satisfies Message[],
  },
});
