/** How bone mets are diagnosed: each test, what it shows and what it can miss, in plain words. */
import {html} from 'lit';
import {msg} from '@lit/localize';
import type {Message} from './types.js';

export interface DiagnosticTest {
  /** The test's name, used as its sub-heading. */
  name: Message;
  /** What the test shows or is used for. */
  shows: Message[];
  /** Limits the article gives for this test. */
  misses?: Message[];
  /** Other facts, where the article gives no limit. */
  goodToKnow?: Message[];
}

// One function, so the repeated sentence is one message with one desc.
const askCareTeam = () =>
  msg('Ask your care team what this test can and cannot show.', {
    desc: 'Shown under "Good to know" for a test (CT scan, MRI) where the article names no limits.',
  });

export const diagnosis = () => ({
  title: msg('How do doctors find bone mets?', {
    desc: 'Heading of the section on how bone metastases (bone mets) are diagnosed.',
  }),
  intro: [
    msg(
      html`If you have signs of <glossary-term term="bone-metastasis">bone mets</glossary-term>, tests can
        help find the cause.`,
      {desc: 'Intro to the tests for bone metastasis. Translate the word inside the glossary-term markup.'}
    ),
    msg('Sometimes bone mets are found before any signs start.', {
      desc: 'Intro: bone metastases may be found before symptoms begin.',
    }),
    msg(
      html`Doctors use <glossary-term term="x-ray">X-rays</glossary-term>,
        <glossary-term term="bone-scan">bone scans</glossary-term>,
        <glossary-term term="mri">MRIs</glossary-term> and other tests to find bone mets.`,
      {
        desc: 'Intro: the imaging tests used to diagnose bone metastases. Translate the word inside the glossary-term markup.',
      }
    ),
  ],
  labels: {
    shows: msg('What it shows', {
      desc: 'Label in each test card: what the medical test shows or is used for.',
    }),
    misses: msg('What it can miss', {
      desc: 'Label in a test card: the limits of the medical test (what it may not show, or may show wrongly).',
    }),
    goodToKnow: msg('Good to know', {desc: 'Label in a test card: other facts about the medical test.'}),
  },
  tests: [
    {
      name: msg('X-ray', {
        id: 'diagnosis-heading-x-ray',
        desc: 'Sub-heading: the plain X-ray test for bone metastases.',
      }),
      shows: [
        msg(html`X-rays show <glossary-term term="osteolytic">osteolytic</glossary-term> bone mets well.`, {
          desc: 'X-ray: what it finds. Osteolytic = bone mets where bone breaks down. Translate the word inside the glossary-term markup.',
        }),
        msg('In the X-ray picture, these can look like holes or dark patches in the bone.', {
          desc: 'X-ray: how osteolytic bone mets look on the film. "these" = osteolytic bone mets.',
        }),
      ],
      misses: [
        msg('A plain X-ray often misses bone mets until they have grown a lot.', {
          desc: 'X-ray limit: bone metastases often are not visible until they are quite advanced.',
        }),
      ],
    },
    {
      name: msg('Bone scan', {desc: 'Sub-heading: the bone scan (nuclear medicine test).'}),
      shows: [
        msg('A bone scan can find bone mets very early.', {desc: 'Bone scan: what it finds.'}),
        msg(
          html`A small amount of <glossary-term term="radiotracer">radiotracer</glossary-term> is put into one
            of your veins.`,
          {
            desc: 'Bone scan: the radiotracer is injected into a vein. Translate the word inside the glossary-term markup.',
          }
        ),
        msg('A short time later, special pictures of your bones are taken.', {
          desc: 'Bone scan: special X-ray pictures are taken a short time after the injection.',
        }),
        msg('The tracer goes to where the bone mets are.', {
          desc: 'Bone scan: the radiotracer collects at the bone metastases.',
        }),
        msg('The bone mets then look darker and more solid in the pictures.', {
          desc: 'Bone scan: metastases look darker and denser on the film.',
        }),
        msg('Doctors also use bone scans to check on bone mets they already know about.', {
          desc: 'Bone scan: also used to follow patients who already have known bone metastases.',
        }),
      ],
      misses: [
        msg('A bone scan cannot always tell bone mets from other problems.', {
          desc: 'Bone scan limit: other conditions can look like cancer on the scan.',
        }),
        msg('Infections, arthritis and bones that broke in the past can also show up as dark spots.', {
          desc: 'Bone scan limit: infections, arthritis and old fractures also show as dark spots.',
        }),
        msg('At first, these may look like cancer.', {
          desc: 'Bone scan limit: "these" = the dark spots from infections, arthritis or old fractures.',
        }),
      ],
    },
    {
      name: msg('CT scan', {
        id: 'diagnosis-heading-ct-scan',
        desc: 'Sub-heading: the CT (computed tomography) scan.',
      }),
      shows: [
        msg(
          html`Pictures from a <glossary-term term="ct-scan">CT scan</glossary-term> can show if cancer has
            spread to bone.`,
          {
            desc: 'CT scan: what it shows. Translate the word inside the glossary-term markup.',
          }
        ),
      ],
      goodToKnow: [askCareTeam()],
    },
    {
      name: msg('MRI', {
        id: 'diagnosis-heading-mri',
        desc: 'Sub-heading: the MRI (magnetic resonance imaging) test.',
      }),
      shows: [
        msg(
          html`An MRI shows your <glossary-term term="spinal-cord">spinal cord</glossary-term> and your
            <glossary-term term="nerve-root">nerve roots</glossary-term>.`,
          {
            desc: 'MRI: what it shows. Spinal cord = the bundle of nerves inside the spine; nerve roots = where nerves leave the spinal cord. Translate the words inside the glossary-term markup.',
          }
        ),
        msg('It shows if a tumor or bits of bone are pressing on them.', {
          desc: 'MRI: "It" = the MRI; "them" = the spinal cord and the nerve roots.',
        }),
      ],
      goodToKnow: [askCareTeam()],
    },
    {
      name: msg('Blood tests', {desc: 'Sub-heading: blood tests in the diagnosis of bone metastases.'}),
      shows: [
        msg(
          html`Some blood tests may hint that you have bone
            <glossary-term term="lesion">lesions</glossary-term>.`,
          {
            desc: 'Blood tests: some may suggest bone lesions (bone mets). Translate the word inside the glossary-term markup.',
          }
        ),
        msg('For example, a high calcium level can be linked to bone mets.', {
          desc: 'Blood tests: high calcium in the blood can be related to bone metastasis.',
        }),
        msg(
          html`A high level of a <glossary-term term="tumor-marker">tumor marker</glossary-term> may also hint
            that cancer has spread to bone.`,
          {
            desc: 'Blood tests: a raised tumor marker may suggest spread to bone. Translate the word inside the glossary-term markup.',
          }
        ),
      ],
      misses: [
        msg('No blood test alone can tell for sure if you have bone mets.', {
          desc: 'Blood tests limit: no blood test can diagnose bone metastasis; lab results alone cannot make the diagnosis.',
        }),
        msg(
          'To find bone mets, doctors use tests that take pictures. They also look at your symptoms and your type of cancer.',
          {
            desc: 'Blood tests limit: the diagnosis comes from imaging (radiology) tests, symptoms and the type of cancer.',
          }
        ),
      ],
    },
    {
      name: msg('Biopsy', {desc: 'Sub-heading: the bone biopsy.'}),
      shows: [
        msg(
          html`A <glossary-term term="biopsy">biopsy</glossary-term> may be done to check the lesion for
            cancer cells.`,
          {
            desc: 'Biopsy: what it is for, and that it is not always done ("may be done"). "lesion" = the bone met being tested. Translate the word inside the glossary-term markup.',
          }
        ),
        msg('A piece of the lesion, or all of it, is taken out.', {
          desc: 'Biopsy: part or all of the lesion is removed.',
        }),
        msg(
          html`A <glossary-term term="pathologist">pathologist</glossary-term> looks at it under a microscope.`,
          {
            desc: 'Biopsy: "it" = the removed tissue. Translate the word inside the glossary-term markup.',
          }
        ),
        msg('This tells which kind of cells the tumor is made of.', {
          desc: 'Biopsy: the pathologist finds out what type of cells make up the tumor.',
        }),
      ],
      goodToKnow: [
        msg('Where the tumor is decides which kind of biopsy you get.', {
          desc: 'Biopsy: the kind of biopsy depends on where the tumor is found.',
        }),
      ],
    },
  ] satisfies DiagnosticTest[],
  closing: msg(
    'If tests show you have bone mets, your care team will talk with you about treatment. They will also talk about how to manage your bone mets.',
    {desc: 'Closing of the diagnosis section: what happens after a bone metastasis diagnosis.'}
  ),
});
