// What a host page's script or a reader's keyboard can do in quick succession:
// the latest request wins, removal never throws, and a definition never covers
// the control that has focus now.
import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import '../src/components/glossary-term/glossary-term.define.js';
import type {GlossaryTerm} from '../src/components/glossary-term/glossary-term.js';
import {nextFrame} from './helpers/helpers.js';

const button = (el: GlossaryTerm) => el.shadowRoot!.querySelector('button')!;
const tip = (el: GlossaryTerm) => el.shadowRoot!.querySelector<HTMLElement>('[part="definition"]');
const isOpen = (el: GlossaryTerm) => button(el).getAttribute('aria-expanded') === 'true';

/** Errors and rejections the page would see while `fn` runs and a few frames after. */
async function pageErrors(fn: () => unknown): Promise<string[]> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await fn();
    for (let i = 0; i < 3; i++) await nextFrame();
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

describe('<glossary-term> lifecycle', () => {
  it('stays closed after show() and hide() in a row', async () => {
    const el = await fixture<GlossaryTerm>(html`<glossary-term term="biopsy">biopsy</glossary-term>`);
    const showing = el.show();
    el.hide();
    await showing;
    await nextFrame();
    expect(isOpen(el)).to.equal(false);
    expect(tip(el)?.matches(':popover-open') ?? false).to.equal(false);
    // And the next show() still opens it.
    await el.show();
    await waitUntil(() => isOpen(el), 'opens after all', {timeout: 2000});
  });

  it('resolves show() when the term is removed before it opens', async () => {
    const el = await fixture<GlossaryTerm>(html`<glossary-term term="biopsy">biopsy</glossary-term>`);
    const errors = await pageErrors(async () => {
      const showing = el.show();
      el.remove();
      await showing;
    });
    expect(errors).to.deep.equal([]);
    expect(isOpen(el)).to.equal(false);
  });

  it('lets a glossary-term-open listener remove the term', async () => {
    const p = await fixture(html`<p><glossary-term term="mri">MRI</glossary-term></p>`);
    const el = p.querySelector('glossary-term')!;
    p.addEventListener('glossary-term-open', () => el.remove());
    const errors = await pageErrors(async () => {
      const opened = oneEvent(p, 'glossary-term-open');
      await el.show();
      await opened;
    });
    expect(errors).to.deep.equal([]);
    expect(el.isConnected).to.equal(false);
    // Put back, it works again.
    p.append(el);
    await el.updateComplete;
    expect(isOpen(el)).to.equal(false);
  });

  it('closes when keyboard focus moves on, so it never covers the next word', async () => {
    const p = await fixture(
      html`<p>
        <glossary-term term="osteoclast">osteoclasts</glossary-term> and
        <glossary-term term="osteoblast">osteoblasts</glossary-term>
      </p>`
    );
    const [first, second] = p.querySelectorAll('glossary-term');
    button(first).focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => isOpen(first), 'opens', {timeout: 2000});
    await sendKeys({press: 'Tab'});
    expect(second.shadowRoot!.activeElement).to.equal(button(second));
    await waitUntil(() => !isOpen(first), 'closes when focus leaves', {timeout: 2000});
    expect(tip(first)!.matches(':popover-open')).to.equal(false);
  });

  it('stays open when the reader taps the text of its definition', async () => {
    const el = await fixture<GlossaryTerm>(html`<glossary-term term="lucency">lucencies</glossary-term>`);
    button(el).focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => isOpen(el), 'opens', {timeout: 2000});
    const box = tip(el)!.getBoundingClientRect();
    await sendMouse({type: 'click', position: [Math.round(box.x + 8), Math.round(box.y + 8)]});
    await nextFrame();
    expect(isOpen(el)).to.equal(true);
    el.hide();
  });
});
