// Type-checked only (npm run examples): every element with its attributes and events in
// React 19 JSX, and a misspelt glossary key that must stay a type error.
import type {GlossaryTermOpenDetail, TreatmentCompareChangeDetail} from 'bone-mets-elements';

const onOpen = (event: CustomEvent<GlossaryTermOpenDetail>) => event.detail.term;
const onChange = (event: CustomEvent<TreatmentCompareChangeDetail>) => event.detail.options;

export const everyElement = (
  <>
    <bone-mets-article
      heading-level={1}
      onglossary-term-open={onOpen}
      ontreatment-compare-change={onChange}
    />
    <bone-mets-overview heading-level={2} />
    <bone-mets-types heading-level={2} />
    <bone-mets-causes heading-level={2} />
    <bone-mets-signs heading-level={2} care-phone="215-555-0100" />
    <bone-mets-diagnosis heading-level={2} />
    <bone-mets-treatments heading-level={2} />
    <bone-mets-glossary heading-level={2} terms="osteoclast osteoblast" />
    <bone-mets-glossary terms={['osteoclast', 'osteoblast']} />
    <bone-mets-sources heading-level={3} />
    <treatment-compare options={['surgery', 'radiation-therapy']} ontreatment-compare-change={onChange} />
    <treatment-compare options="surgery, radiation-therapy" headingLevel={3} />
    <glossary-term term="osteoclast" plain onglossary-term-open={onOpen}>
      osteoclasts
    </glossary-term>
    {/* @ts-expect-error a misspelt glossary key */}
    <glossary-term term="osteoclats">osteoclasts</glossary-term>
    {/* @ts-expect-error a misspelt treatment key */}
    <treatment-compare options={['surgey']} />
  </>
);
