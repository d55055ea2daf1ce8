/**
 * The glossary: every medical word the bone-metastases article uses, defined in
 * plain language. Keys are kebab-case English slugs and never change; names and
 * definitions are messages, translated through XLIFF.
 */
import {msg} from '@lit/localize';

export interface GlossaryEntry {
  /** The term as it appears mid-sentence, in the active locale. */
  name: () => string;
  /** One or two short sentences a sixth grader can follow. */
  definition: () => string;
}

export const glossary = {
  'bone-metastasis': {
    name: () =>
      msg('bone metastasis', {
        desc: 'Glossary term name, lower case as used mid-sentence. Also called "bone mets".',
      }),
    definition: () =>
      msg('Cancer that has spread to a bone from the place where it started. It is also called bone mets.', {
        desc: 'Glossary definition of "bone metastasis".',
      }),
  },
  metastasis: {
    name: () => msg('metastasis', {desc: 'Glossary term name, lower case as used mid-sentence.'}),
    definition: () =>
      msg('When cancer cells move from where the cancer started to another part of the body.', {
        desc: 'Glossary definition of "metastasis" (the spread of cancer).',
      }),
  },
  'primary-tumor': {
    name: () =>
      msg('primary tumor', {desc: 'Glossary term name: the original tumor, where the cancer started.'}),
    definition: () =>
      msg(
        'The tumor in the part of the body where the cancer started. The cancer there is called the primary cancer.',
        {
          desc: 'Glossary definition of "primary tumor". It is the place where this cancer began, not an earlier, different cancer.',
        }
      ),
  },
  lesion: {
    name: () =>
      msg('lesion', {
        desc: 'Glossary term name: an area of damaged or abnormal tissue; bone mets are sometimes called lesions.',
      }),
    definition: () =>
      msg(
        'An area of the body that has changed because of disease. Bone mets are sometimes called lesions.',
        {
          desc: 'Glossary definition of "lesion".',
        }
      ),
  },
  'advanced-cancer': {
    name: () =>
      msg('advanced cancer', {
        desc: 'Glossary term name: cancer that has grown or spread and is unlikely to be cured.',
      }),
    definition: () =>
      msg('Cancer that has grown or spread and is unlikely to be cured. Treatment can still help.', {
        desc: 'Glossary definition of "advanced cancer". Keep it honest and calm; "treatment can still help" (e.g. ease symptoms) is part of the definition.',
      }),
  },
  'lymph-system': {
    name: () => msg('lymph system', {desc: 'Glossary term name: the lymphatic system.'}),
    definition: () =>
      msg(
        'A network of thin tubes and small glands that carries fluid around the body. Cancer cells can travel through it.',
        {
          desc: 'Glossary definition of "lymph system".',
        }
      ),
  },
  'bone-marrow': {
    name: () => msg('bone marrow', {desc: 'Glossary term name.'}),
    definition: () =>
      msg('The soft tissue inside your bones. It gets a lot of blood flow.', {
        desc: 'Glossary definition of "bone marrow".',
      }),
  },
  osteoclast: {
    name: () => msg('osteoclast', {desc: 'Glossary term name: a bone cell that breaks down bone.'}),
    definition: () =>
      msg('A bone cell that breaks down bone.', {desc: 'Glossary definition of "osteoclast".'}),
  },
  osteoblast: {
    name: () => msg('osteoblast', {desc: 'Glossary term name: a bone cell that builds bone.'}),
    definition: () =>
      msg('A bone cell that builds new bone.', {desc: 'Glossary definition of "osteoblast".'}),
  },
  osteolytic: {
    name: () =>
      msg('osteolytic', {desc: 'Glossary term name: the type of bone metastasis where bone breaks down.'}),
    definition: () =>
      msg('A type of bone met where the bone breaks down and gets thin. It can leave holes in the bone.', {
        desc: 'Glossary definition of "osteolytic" bone metastasis.',
      }),
  },
  osteoblastic: {
    name: () =>
      msg('osteoblastic', {desc: 'Glossary term name: the type of bone metastasis where extra bone forms.'}),
    definition: () =>
      msg(
        'A type of bone met where too much bone is made. The new bone is thick and stiff, and it does not bend.',
        {
          desc: 'Glossary definition of "osteoblastic" bone metastasis.',
        }
      ),
  },
  lucency: {
    name: () =>
      msg('lucency', {desc: 'Glossary term name: a dark area ("hole") on an X-ray. Plural: lucencies.'}),
    definition: () =>
      msg(
        'A dark spot on an X-ray that looks like a hole in the bone. It shows where bone has broken down.',
        {
          desc: 'Glossary definition of "lucency".',
        }
      ),
  },
  'multiple-myeloma': {
    name: () => msg('multiple myeloma', {desc: 'Glossary term name: a type of cancer.'}),
    definition: () =>
      msg(
        'A type of cancer that starts in the bone marrow. Bone mets that break down bone are often seen with it.',
        {
          desc: 'Glossary definition of "multiple myeloma".',
        }
      ),
  },
  'growth-factor': {
    name: () => msg('growth factor', {desc: 'Glossary term name. Plural: growth factors.'}),
    definition: () =>
      msg('A natural signal that makes cells split, grow and mature. Bone stores many of them.', {
        desc: 'Glossary definition of "growth factor".',
      }),
  },
  'pathologic-fracture': {
    name: () => msg('pathologic fracture', {desc: 'Glossary term name: a broken bone caused by disease.'}),
    definition: () =>
      msg(
        'A broken bone caused by a disease, such as cancer, that made the bone weak. It can happen during everyday activities.',
        {
          desc: 'Glossary definition of "pathologic fracture".',
        }
      ),
  },
  'spinal-cord': {
    name: () =>
      msg('spinal cord', {
        desc: 'Glossary term name: the bundle of nerves inside the spine (not the spine, which is the bones around it).',
      }),
    definition: () =>
      msg(
        'A thick bundle of nerves that runs down inside your spine (backbone). It carries messages between your brain and the rest of your body.',
        {
          desc: 'Glossary definition of "spinal cord".',
        }
      ),
  },
  'spinal-cord-compression': {
    name: () => msg('spinal cord compression', {desc: 'Glossary term name.'}),
    definition: () =>
      msg('When cancer in the spine presses on the spinal cord. It is an emergency. Get care right away.', {
        desc: 'Glossary definition of "spinal cord compression". Keep the urgency: it is an oncologic emergency.',
      }),
  },
  'oncologic-emergency': {
    name: () => msg('oncologic emergency', {desc: 'Glossary term name: an emergency caused by cancer.'}),
    definition: () =>
      msg('A serious health problem caused by cancer. It needs treatment right away.', {
        desc: 'Glossary definition of "oncologic emergency".',
      }),
  },
  paralysis: {
    name: () => msg('paralysis', {desc: 'Glossary term name.'}),
    definition: () =>
      msg('Losing the ability to move part of your body.', {desc: 'Glossary definition of "paralysis".'}),
  },
  'nerve-root': {
    name: () =>
      msg('nerve root', {
        desc: 'Glossary term name: where a nerve leaves the spinal cord. Plural: nerve roots.',
      }),
    definition: () =>
      msg('The part of a nerve where it leaves the spinal cord.', {
        desc: 'Glossary definition of "nerve root".',
      }),
  },
  hypercalcemia: {
    name: () => msg('hypercalcemia', {desc: 'Glossary term name: high calcium in the blood.'}),
    definition: () =>
      msg('Too much calcium in the blood. Bone mets can cause it when calcium leaks out of the bones.', {
        desc: 'Glossary definition of "hypercalcemia".',
      }),
  },
  continence: {
    name: () => msg('continence', {desc: 'Glossary term name: control of bladder and bowels.'}),
    definition: () =>
      msg('Being able to control when you pee or poop.', {
        desc: 'Glossary definition of "continence". Plain, everyday words for urine and stool are intended.',
      }),
  },
  'urinary-retention': {
    name: () => msg('urinary retention', {desc: 'Glossary term name.'}),
    definition: () =>
      msg('When you cannot pee, or your bladder does not empty all the way.', {
        desc: 'Glossary definition of "urinary retention". Plain, everyday word for urinating is intended.',
      }),
  },
  'x-ray': {
    name: () => msg('X-ray', {desc: 'Glossary term name: the imaging test.'}),
    definition: () =>
      msg(
        'A quick test that takes a picture of your bones. It may not show bone mets until they are large.',
        {
          desc: 'Glossary definition of "X-ray" (plain X-ray imaging).',
        }
      ),
  },
  'bone-scan': {
    name: () => msg('bone scan', {desc: 'Glossary term name: the nuclear medicine test.'}),
    definition: () =>
      msg(
        'A test that can find bone mets early. A tiny amount of a tracer goes into a vein, and then special pictures of your bones are taken.',
        {
          desc: 'Glossary definition of "bone scan".',
        }
      ),
  },
  radiotracer: {
    name: () =>
      msg('radiotracer', {desc: 'Glossary term name: the radioactive material used in a bone scan.'}),
    definition: () =>
      msg(
        'A small amount of radioactive material put into a vein for a scan. It gathers where bone mets are, so they show up on the pictures.',
        {
          desc: 'Glossary definition of "radiotracer".',
        }
      ),
  },
  'ct-scan': {
    name: () => msg('CT scan', {desc: 'Glossary term name: computed tomography.'}),
    definition: () =>
      msg('A test that uses X-rays and a computer to make detailed pictures of the inside of your body.', {
        desc: 'Glossary definition of "CT scan".',
      }),
  },
  mri: {
    name: () => msg('MRI', {desc: 'Glossary term name: magnetic resonance imaging.'}),
    definition: () =>
      msg(
        'A test that uses a strong magnet and radio waves to make detailed pictures of the inside of your body.',
        {
          desc: 'Glossary definition of "MRI".',
        }
      ),
  },
  'tumor-marker': {
    name: () => msg('tumor marker', {desc: 'Glossary term name: a substance measured in a blood test.'}),
    definition: () =>
      msg(
        'Something in the blood that can be a sign of cancer. A high level can be a clue that cancer has reached the bone.',
        {
          desc: 'Glossary definition of "tumor marker".',
        }
      ),
  },
  biopsy: {
    name: () => msg('biopsy', {desc: 'Glossary term name.'}),
    definition: () =>
      msg(
        'Taking out a small piece of tissue, or a whole lump, so a doctor can look at it under a microscope for cancer cells.',
        {
          desc: 'Glossary definition of "biopsy".',
        }
      ),
  },
  pathologist: {
    name: () => msg('pathologist', {desc: 'Glossary term name: the doctor who examines tissue.'}),
    definition: () =>
      msg('A doctor who looks at cells under a microscope to find out what kind of cells they are.', {
        desc: 'Glossary definition of "pathologist".',
      }),
  },
  'systemic-therapy': {
    name: () => msg('systemic therapy', {desc: 'Glossary term name: treatment that reaches the whole body.'}),
    definition: () =>
      msg('Treatment that goes into the blood and travels through the whole body.', {
        desc: 'Glossary definition of "systemic therapy".',
      }),
  },
  'local-therapy': {
    name: () => msg('local therapy', {desc: 'Glossary term name: treatment of one area of the body.'}),
    definition: () =>
      msg('Treatment aimed at one spot, such as one bone, and not the whole body.', {
        desc: 'Glossary definition of "local therapy".',
      }),
  },
  chemotherapy: {
    name: () => msg('chemotherapy', {desc: 'Glossary term name.'}),
    definition: () =>
      msg('Medicine that kills cancer cells all through the body.', {
        desc: 'Glossary definition of "chemotherapy".',
      }),
  },
  'targeted-therapy': {
    name: () => msg('targeted therapy', {desc: 'Glossary term name.'}),
    definition: () =>
      msg('Medicine that acts on certain substances that cancer needs to grow or spread.', {
        desc: 'Glossary definition of "targeted therapy".',
      }),
  },
  immunotherapy: {
    name: () => msg('immunotherapy', {desc: 'Glossary term name.'}),
    definition: () =>
      msg("Treatment that helps your body's natural defenses (your immune system) fight cancer.", {
        desc: 'Glossary definition of "immunotherapy".',
      }),
  },
  'hormone-therapy': {
    name: () => msg('hormone therapy', {desc: 'Glossary term name.'}),
    definition: () =>
      msg('Treatment that blocks or lowers hormones that some cancers need to grow.', {
        desc: 'Glossary definition of "hormone therapy".',
      }),
  },
  bisphosphonate: {
    name: () =>
      msg('bisphosphonate', {
        desc: 'Glossary term name: a class of bone-strengthening medicine. Plural: bisphosphonates.',
      }),
    definition: () =>
      msg('A medicine that can help make weak bone stronger and prevent breaks.', {
        desc: 'Glossary definition of "bisphosphonate".',
      }),
  },
  denosumab: {
    name: () => msg('denosumab', {desc: 'Glossary term name: a drug name; usually kept as is.'}),
    definition: () =>
      msg('A targeted medicine that can help stop more bone damage from cancer cells.', {
        desc: 'Glossary definition of "denosumab".',
      }),
  },
  'radionuclide-therapy': {
    name: () => msg('radionuclide therapy', {desc: 'Glossary term name.'}),
    definition: () =>
      msg(
        'A radioactive medicine put into the body. It goes to the bone mets, where it kills cancer cells and eases pain.',
        {
          desc: 'Glossary definition of "radionuclide therapy".',
        }
      ),
  },
  'radiation-therapy': {
    name: () => msg('radiation therapy', {desc: 'Glossary term name.'}),
    definition: () =>
      msg('Treatment that uses high-energy X-rays to kill cancer cells. It can be aimed at bone mets.', {
        desc: 'Glossary definition of "radiation therapy".',
      }),
  },
  ablation: {
    name: () =>
      msg('ablation', {
        desc: 'Glossary term name: destroying a tumor through a needle (radiofrequency or cold).',
      }),
    definition: () =>
      msg(
        'A needle goes right into the tumor. Then an electric current, or cold, destroys the cancer cells.',
        {
          desc: 'Glossary definition of "ablation" (covers radiofrequency ablation and cryoablation).',
        }
      ),
  },
  cryoablation: {
    name: () => msg('cryoablation', {desc: 'Glossary term name: ablation that uses cold.'}),
    definition: () =>
      msg('A kind of ablation that uses cold to destroy cancer cells.', {
        desc: 'Glossary definition of "cryoablation".',
      }),
  },
  'bone-cement': {
    name: () => msg('bone cement', {desc: 'Glossary term name: material injected into bone.'}),
    definition: () =>
      msg('A material put into a weak or broken bone to make it stronger and steadier.', {
        desc: 'Glossary definition of "bone cement".',
      }),
  },
  'clinical-trial': {
    name: () => msg('clinical trial', {desc: 'Glossary term name: a research study with patients.'}),
    definition: () =>
      msg(
        'A research study that tests new ways to prevent or treat a disease. Ask your care team if one is right for you.',
        {
          desc: 'Glossary definition of "clinical trial".',
        }
      ),
  },
} satisfies Record<string, GlossaryEntry>;

export type GlossaryKey = keyof typeof glossary;

/** The entry for `key`, or undefined for a key the glossary does not have. */
export function glossaryEntry(key: string): GlossaryEntry | undefined {
  // Not Object.hasOwn: Safari 15.0-15.3 lacks it, and every glossary word would vanish there.
  return Object.prototype.hasOwnProperty.call(glossary, key) ? glossary[key as GlossaryKey] : undefined;
}
