// Pre-rendered HTML (dist/static/, from bone-mets-elements/server) as hospitals deploy it:
// pasted into a page under a strict CSP, read without JavaScript, then hydrated by the bundle.
import {expect, waitUntil} from '@open-wc/testing';

interface Probe {
  violations: string[];
  errors: string[];
  warnings: string[];
}
type ProbedWindow = Window & {probe: Probe};
type Lit = HTMLElement & {updateComplete: Promise<boolean>};

/** Opens /prerendered/<locale>/<tag>.html in a frame; resolves once it has loaded. */
async function open(locale: string, tag: string, query = '') {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 900px; block-size: 700px';
  frame.src = `/prerendered/${locale}/${tag}.html${query ? `?${query}` : ''}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  return {frame, win: frame.contentWindow as ProbedWindow, doc: frame.contentDocument!};
}

/** Every element below `root` (and in its own shadow root), through shadow roots. */
function deep(root: ParentNode): Element[] {
  // Not instanceof: the pages live in frames, whose Element is another.
  const host = (root as Element).shadowRoot;
  const own = host ? deep(host) : [];
  return [
    ...own,
    ...[...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deep(el.shadowRoot) : [])]),
  ];
}

/** The text a reader sees in an element, through shadow roots (innerText stops at them). */
const textOf = (el: HTMLElement) =>
  [el, ...deep(el)]
    .filter((e) => e.getAttribute('part') === 'base' || e.localName === 'p')
    .map((e) => (e as HTMLElement).innerText)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Loads a bundle into a page that has none yet, and waits for `tag` to be interactive there. */
async function hydrate(win: ProbedWindow, doc: Document, bundle: string, tag: string) {
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = `/dist/${bundle}`;
  doc.head.append(script);
  await waitUntil(() => win.customElements.get(tag), `${bundle} defines <${tag}>`, {timeout: 10000});
  const el = doc.querySelector<Lit>(tag)!;
  // Includes the render after the hydrating one, which adds the controls that need JavaScript.
  await el.updateComplete;
  return el;
}

describe('pre-rendered <bone-mets-article> without JavaScript', () => {
  let page: Awaited<ReturnType<typeof open>>;
  before(async () => {
    page = await open('es', 'bone-mets-article', 'script=none');
  });
  after(() => page.frame.remove());

  it('reads in full, in Spanish, styled under a strict CSP that allows its style hashes', () => {
    const {doc, win} = page;
    const wrapper = doc.querySelector('body > div')!;
    expect(wrapper.getAttribute('lang')).to.equal('es');
    expect(wrapper.getAttribute('dir')).to.equal('ltr');
    const article = doc.querySelector<HTMLElement>('bone-mets-article')!;
    const headings = deep(article).filter((el) => /^H[1-6]$/.test(el.tagName));
    expect(headings.length).to.be.greaterThan(40);
    expect(textOf(article)).to.contain('¿Cuáles son las señales de la metástasis ósea?');
    const urgent = deep(article).find((el) => el.getAttribute('part') === 'emergency')!;
    expect(textOf(urgent as HTMLElement).length).to.be.greaterThan(100);
    expect(win.getComputedStyle(urgent).borderTopStyle, 'its styles apply').to.equal('solid');
    expect(win.probe.violations).to.deep.equal([]);
  });

  it('keeps every glossary word in its sentence, as plain words', () => {
    const terms = deep(page.doc).filter((el) => el.localName === 'glossary-term') as HTMLElement[];
    expect(terms.length).to.be.greaterThan(40);
    for (const term of terms) {
      // The sentence's own word, or (for an empty term) the name the server wrote as its fallback.
      const word = term.textContent!.trim() || term.shadowRoot!.textContent!.trim();
      expect(word, term.getAttribute('term')!).to.not.equal('');
    }
  });

  it('shows the comparison as a table and no control that needs JavaScript', () => {
    const elements = deep(page.doc);
    const table = elements.find((el) => el.getAttribute('part') === 'table') as HTMLTableElement;
    expect(table.rows.length).to.be.greaterThan(2);
    expect(page.win.getComputedStyle(table).display).to.equal('table');
    expect(elements.filter((el) => el.matches('button, input, select, a[href^="#"]'))).to.deep.equal([]);
  });
});

describe('pre-rendered HTML carries its language', () => {
  it('Arabic reads right to left', async () => {
    const {frame, doc} = await open('ar', 'bone-mets-signs', 'script=none');
    try {
      const wrapper = doc.querySelector('body > div')!;
      expect([wrapper.getAttribute('lang'), wrapper.getAttribute('dir')]).to.deep.equal(['ar', 'rtl']);
      const base = doc.querySelector('bone-mets-signs')!.shadowRoot!.querySelector('[part="base"]')!;
      expect([base.getAttribute('lang'), base.getAttribute('dir')]).to.deep.equal(['ar', 'rtl']);
    } finally {
      frame.remove();
    }
  });

  it('a glossary word comes with a sample sentence', async () => {
    const {frame, doc} = await open('zh-Hant', 'glossary-term', 'script=none');
    try {
      const sentence = doc.querySelector<HTMLElement>('body > div > p')!;
      expect(sentence.querySelectorAll('glossary-term').length).to.be.greaterThan(0);
      expect(textOf(sentence).length).to.be.greaterThan(20);
    } finally {
      frame.remove();
    }
  });
});

describe('hydration by the every-language bundle', () => {
  let page: Awaited<ReturnType<typeof open>>;
  let article: Lit;
  let kept: Node[];
  before(async () => {
    page = await open('es', 'bone-mets-article', 'script=none');
    // Nodes the server wrote, deep in nested shadow roots, before any script runs.
    kept = deep(page.doc).filter((el) => el.matches('p, h3, td'));
    article = await hydrate(page.win, page.doc, 'bone-mets-elements.js', 'bone-mets-article');
  });
  after(() => page.frame.remove());

  it('becomes interactive without re-creating the server content, with no error', () => {
    expect(kept.length).to.be.greaterThan(100);
    expect(kept.filter((node) => !node.isConnected)).to.deep.equal([]);
    expect(page.win.probe.errors).to.deep.equal([]);
    expect(page.win.probe.violations).to.deep.equal([]);
    expect(article.shadowRoot!.querySelector('[part="print"]'), 'the Print button appears').to.exist;
  });

  it('opens a definition and lets the reader compare other treatments', async () => {
    const term = deep(article).find(
      (el) => el.localName === 'glossary-term' && el.shadowRoot?.querySelector('button')
    ) as Lit;
    term.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => term.shadowRoot!.querySelector('[part="definition"]')?.textContent?.trim());
    const compare = deep(article).find((el) => el.localName === 'treatment-compare') as Lit;
    const columns = () => compare.shadowRoot!.querySelectorAll('th[scope="col"]').length;
    const before = columns();
    const unpicked = [
      ...compare.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="picker"] input'),
    ].find((input) => !input.checked && !input.disabled)!;
    unpicked.click();
    await compare.updateComplete;
    expect(columns()).to.equal(before + 1);
  });

  it('still follows the page language', async () => {
    page.doc.documentElement.lang = 'fr';
    await waitUntil(() => textOf(article).includes('Quels sont les signes'), 'shows French', {timeout: 5000});
    expect(page.win.probe.errors).to.deep.equal([]);
  });
});

describe('pre-rendered HTML with a one-language bundle, or in another language than the page', () => {
  it('dist/es renders it again, in Spanish, without errors', async () => {
    const page = await open('es', 'bone-mets-signs', 'script=none');
    try {
      const signs = await hydrate(page.win, page.doc, 'es/bone-mets-elements.js', 'bone-mets-signs');
      expect(textOf(signs)).to.contain('¿Cuáles son las señales de la metástasis ósea?');
      expect(page.win.probe.errors).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });

  it('HTML rendered by another version (templates differ) is rendered again, with one warning', async () => {
    const page = await open('es', 'bone-mets-article', 'script=none&stale');
    try {
      const article = await hydrate(page.win, page.doc, 'bone-mets-elements.js', 'bone-mets-article');
      const signs = deep(article).find((el) => el.localName === 'bone-mets-signs') as Lit;
      await signs.updateComplete;
      expect(textOf(signs)).to.contain('¿Cuáles son las señales de la metástasis ósea?');
      expect(signs.shadowRoot!.querySelectorAll('[part="sign"]').length).to.equal(5);
      expect(article.shadowRoot!.querySelector('[part="print"]'), 'the Print button appears').to.exist;
      expect(page.win.probe.errors).to.deep.equal([]);
      const warnings = page.win.probe.warnings.filter((w) => w.includes('pre-rendered'));
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('render the HTML again');
    } finally {
      page.frame.remove();
    }
  });

  it('a Spanish fragment on an English page shows English once the script runs', async () => {
    const page = await open('es', 'bone-mets-signs', 'script=none&page=en');
    try {
      const signs = await hydrate(page.win, page.doc, 'bone-mets-elements.js', 'bone-mets-signs');
      expect(textOf(signs)).to.contain('What are the signs of bone metastasis?');
      expect(page.win.probe.errors).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });
});
