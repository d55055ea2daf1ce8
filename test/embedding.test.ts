// A hospital page as it really is: strict CSP, hostile global CSS, the script tag twice.
import {expect, waitUntil} from '@open-wc/testing';

interface ProbeWindow extends Window {
  cspViolations: string[];
}

describe('embedding in a strict hospital page', () => {
  let frame: HTMLIFrameElement;
  let win: ProbeWindow;
  let doc: Document;

  before(async () => {
    frame = document.createElement('iframe');
    frame.style.cssText = 'inline-size: 800px; block-size: 600px';
    frame.src = new URL('./fixtures/embed.html', import.meta.url).href;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    win = frame.contentWindow as ProbeWindow;
    doc = frame.contentDocument!;
    await waitUntil(
      () => doc.querySelector('bone-mets-article')?.shadowRoot?.querySelector('bone-mets-signs'),
      '',
      {
        timeout: 5000,
      }
    );
    // The article's updateComplete covers its sections and the linking of their words.
    await (doc.querySelector('bone-mets-article') as HTMLElement & {updateComplete: Promise<boolean>})
      .updateComplete;
  });
  after(() => frame.remove());

  it('is served under a strict Content-Security-Policy and causes no violation', () => {
    expect(win.cspViolations).to.deep.equal([]);
  });

  it('renders in the page language despite hostile global CSS', () => {
    const term = doc.querySelector('glossary-term')!;
    const button = term.shadowRoot!.querySelector('[part="term"]')!;
    expect(win.getComputedStyle(button).display).to.equal('inline');
    expect(win.getComputedStyle(button).textDecorationStyle).to.equal('dotted');
    const signs = doc.querySelector('bone-mets-signs')!;
    const heading = signs.shadowRoot!.querySelector('h2')!;
    expect(win.getComputedStyle(heading).display).to.equal('block');
    expect(heading.closest('[part="base"]')!.getAttribute('lang')).to.equal('es');
    expect(heading.textContent).to.match(/^¿/);
    const link = signs.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(link.href).to.equal('tel:2155550100');
    expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('makes no network request of its own', () => {
    const requests = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname.split('/').pop()!)
      // The test server's own live-reload socket is not ours.
      .filter((name) => !name.startsWith('__web-dev-server'));
    expect(requests.sort()).to.deep.equal([
      'bone-mets-elements.js',
      'bone-mets-elements.js',
      'embed-probe.js',
      'hostile.css',
    ]);
  });

  it('registers each element once although the script is included twice', () => {
    const article = doc.querySelector('bone-mets-article')!;
    expect(win.customElements.get('bone-mets-article')).to.equal(article.constructor);
    expect(article.shadowRoot!.querySelectorAll('bone-mets-signs')).to.have.length(1);
  });
});
