import {expect} from '@open-wc/testing';
import '../src/components/bone-mets-causes/bone-mets-causes.define.js';
import {render, sectionChecks, visibleText} from './helpers/sections.js';

describe('<bone-mets-causes>', () => {
  sectionChecks('bone-mets-causes');

  it('lists the three reasons with a heading each', async () => {
    const el = await render('bone-mets-causes');
    const reasons = el.shadowRoot!.querySelectorAll('[part="reason"]');
    expect(reasons).to.have.length(3);
    expect([...reasons].map((r) => r.querySelector('h3')!.textContent!.trim())).to.deep.equal([
      'Bones get a lot of blood',
      'Cancer cells can stick to bone',
      'Bone holds growth factors',
    ]);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Why does cancer spread to bone?');
    expect(visibleText(el)).to.contain('They often settle where the most blood flows.');
  });
});
