// The package as a bundler user imports it: classes without side effects, one
// entry per tag, translations loaded in chunks when first needed, no flash of English.
import {expect} from '@open-wc/testing';
import {tags} from '../src/internal/tags.js';

const loadedChunks = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => /generated\/(locale-chunks\/[^/]+|locales)\//.test(name))
    .map((name) => name.replace(/^.*generated\//, '').replace(/\.[jt]s(\?.*)?$/, ''));

describe('modules', () => {
  after(() => {
    document.documentElement.lang = 'en';
  });

  it('importing the classes and the root entry registers nothing and loads no translation', async () => {
    const entry = await import('../src/index.js');
    expect(entry.BoneMetsArticle).to.be.a('function');
    expect(tags.filter((tag) => customElements.get(tag))).to.deep.equal([]);
    expect(loadedChunks()).to.deep.equal([]);
  });

  it('shows a glossary word in Spanish from its first render, loading only the glossary chunk', async () => {
    document.documentElement.lang = 'es';
    const term = document.createElement('glossary-term');
    term.setAttribute('term', 'osteoclast');
    document.body.append(term);
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(term.shadowRoot?.textContent ?? ''));
    // The shadow root exists once the element upgrades; watch it from then on.
    const upgraded = customElements
      .whenDefined('glossary-term')
      .then(() => observer.observe(term.shadowRoot!, {childList: true, subtree: true, characterData: true}));
    await import('../src/components/glossary-term/glossary-term.define.js');
    await upgraded;
    await (term as HTMLElement & {updateComplete: Promise<boolean>}).updateComplete;
    observer.disconnect();
    expect(term.shadowRoot!.textContent!.trim()).to.equal('osteoclasto');
    expect(seen.join(' '), 'never English first').to.not.contain('osteoclast ');
    expect(seen.join(' ')).to.not.match(/\bosteoclast\b/);
    expect(tags.filter((tag) => customElements.get(tag))).to.deep.equal(['glossary-term']);
    expect(loadedChunks()).to.deep.equal(['locale-chunks/es/glossary']);
    term.remove();
  });

  it('a section element loads the rest of the language when it first needs it', async () => {
    await import('../src/components/bone-mets-causes/bone-mets-causes.define.js');
    const causes = document.createElement('bone-mets-causes') as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    document.body.append(causes);
    await causes.updateComplete;
    expect(causes.shadowRoot!.querySelector('h2')!.textContent).to.match(/^¿/);
    expect(loadedChunks()).to.deep.equal(['locale-chunks/es/glossary', 'locale-chunks/es/article']);
    causes.remove();
  });

  it('the article entry registers the article and every element it renders', async () => {
    await import('../src/components/bone-mets-article/bone-mets-article.define.js');
    expect(tags.filter((tag) => !customElements.get(tag))).to.deep.equal([]);
  });
});

describe('two copies on one page (the every-language bundle, then dist/es)', () => {
  it('warns once naming both, and both report the language actually shown', async () => {
    const frame = document.createElement('iframe');
    frame.src = new URL('./fixtures/two-builds.html', import.meta.url).href;
    const ready = new Promise((resolve) => {
      frame.addEventListener('load', () => {
        const win = frame.contentWindow as Window & {twoBuilds?: unknown};
        if (win.twoBuilds) resolve(undefined);
        else win.addEventListener('two-builds-ready', resolve, {once: true});
      });
    });
    document.body.append(frame);
    try {
      await ready;
      type Api = {getLocale(): string; version: string};
      const win = frame.contentWindow as Window & {twoBuilds: {every: Api; spanish: Api}; warnings: string[]};
      const copies = win.warnings.filter((w) => w.includes('Two copies'));
      expect(copies).to.have.length(1);
      expect(copies[0]).to.contain(`${win.twoBuilds.every.version} (en,`).and.contain('(es)');
      const shown = win.document.querySelector('glossary-term')!.shadowRoot!.textContent!.trim();
      expect(shown).to.equal('ostéoclaste');
      expect(win.twoBuilds.every.getLocale()).to.equal('fr');
      expect(win.twoBuilds.spanish.getLocale(), 'the Spanish copy tells the truth').to.equal('fr');
    } finally {
      frame.remove();
    }
  });
});
