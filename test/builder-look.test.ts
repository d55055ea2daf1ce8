// The embed builder's checks and the options it derives from the build: the live contrast
// warning, right-to-left previews, axe in every state, lists generated from
// custom-elements.json, and integrity hashes that match the built files.
import {expect, waitUntil} from '@open-wc/testing';
import {
  axeViolations,
  click,
  closeBuilders,
  openBuilder,
  previewDoc,
  previewReady,
  setField,
  snippet,
  stubClipboard,
  type Builder,
} from './helpers/builder.js';

const status = ({doc}: Builder) => doc.querySelector('.contrast [role="status"]')!.textContent!.trim();

interface Manifest {
  modules: {declarations?: {tagName?: string; attributes?: {name: string}[]}[]}[];
}

describe('embed builder: look, languages and accessibility', () => {
  afterEach(closeBuilders);

  it('warns in a live region when text contrast drops below 4.5:1', async () => {
    const builder = await openBuilder('what=sections&sections=signs');
    expect(status(builder)).to.match(/^All text colours pass/);
    // #777 on white is 4.48:1, #767676 4.54:1: the warning follows WCAG's threshold exactly.
    setField(builder, '#look-bm-text-color', '#777777');
    expect(status(builder)).to.match(/^Warning: contrast below 4\.5 to 1 for text, headings, links/);
    setField(builder, '#look-bm-text-color', '#767676');
    expect(status(builder)).to.match(/^All text colours pass/);
    // The urgent box is checked against its own background.
    setField(builder, '#look-bm-emergency-background', 'rgb(200 0 0)');
    setField(builder, '#look-bm-emergency-color', 'maroon');
    expect(status(builder)).to.match(/urgent box text\. Some readers/);
    setField(builder, '#look-bm-emergency-color', 'white');
    expect(status(builder)).to.match(/^All text colours pass/);
    // A dark page background makes the default dark text fail.
    setField(builder, '#page-background', '#222');
    expect(status(builder)).to.match(/^Warning/);
    expect(await axeViolations(builder)).to.deep.equal([]);
  });

  it('previews Arabic right to left, in one language and following the page', async () => {
    const builder = await openBuilder('what=sections&sections=signs,causes&lang=ar');
    const rtl = () => {
      const doc = previewDoc(builder);
      const base = doc.querySelector('bone-mets-signs')!.shadowRoot!.querySelector('[part="base"]')!;
      return [doc.documentElement.dir, base.getAttribute('dir'), base.getAttribute('lang')];
    };
    expect(rtl()).to.deep.equal(['rtl', 'rtl', 'ar']);
    click(builder, '#mode-page');
    await previewReady(builder);
    expect(rtl()).to.deep.equal(['rtl', 'rtl', 'ar']);
    setField(builder, '#lang', 'fr');
    await previewReady(builder);
    await waitUntil(() => rtl()[2] === 'fr', 'the every-language preview did not follow its page');
    expect(rtl()).to.deep.equal(['ltr', 'ltr', 'fr']);
  });

  // Every state at phone width, in both interface languages: errors, warnings, empty lists, the copy fallback.
  const states = [
    'ui=en',
    'ui=es&what=sections&sections=signs,treatments&care-phone=call%20us&lang=es',
    'ui=en&what=sections&sections=',
    'ui=es&what=compare&options=surgery,ablation,chemotherapy,bone-cement&delivery=npm',
    'ui=en&what=sentence&terms=osteoclast,hypercalcemia&--bm-term-color=%23aaa&delivery=self&width=desktop',
    'ui=es&what=sentence&terms=&mode=page&lang=zh-Hant&--bm-line-height=wide',
  ];
  for (const state of states) {
    it(`has no axe violations: ${state}`, async () => {
      const builder = await openBuilder(state, 360);
      expect(await axeViolations(builder)).to.deep.equal([]);
      stubClipboard(builder, 'missing');
      builder.doc.querySelector<HTMLButtonElement>('.block button')!.click();
      await waitUntil(() => builder.doc.querySelector('.copy-status')!.textContent, 'no copy status');
      expect(await axeViolations(builder), 'after copying').to.deep.equal([]);
      expect(builder.violations).to.deep.equal([]);
    });
  }

  it('offers the sections, attributes and npm entries that custom-elements.json and package.json declare', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    const pkg = (await (await fetch('/package.json')).json()) as {exports: Record<string, unknown>};
    const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    const attributes = (tag: string) =>
      declarations.find((d) => d.tagName === tag)!.attributes!.map((a) => a.name);
    const sections = declarations
      .map((d) => d.tagName!)
      .filter((tag) => tag.startsWith('bone-mets-') && tag !== 'bone-mets-article');

    const builder = await openBuilder('what=sections&sections=signs&delivery=npm&mode=page');
    const offered = [...builder.doc.querySelectorAll('[id^="section-"]')].map((el) =>
      el.id.replace('section-', '')
    );
    expect([...offered].sort()).to.deep.equal([...sections].sort());
    // A phone field for each phone attribute the signs element declares (urgent-phone once it has it).
    for (const attribute of ['care-phone', 'urgent-phone']) {
      expect(!!builder.doc.getElementById(attribute), attribute).to.equal(
        attributes('bone-mets-signs').includes(attribute)
      );
    }
    // Following the page: the per-tag entry registers only what is used. One language: its bundle, where exported.
    expect(snippet(builder, 'js')).to.equal("import 'bone-mets-elements/bone-mets-signs.js';");
    click(builder, '#mode-one');
    setField(builder, '#lang', 'es');
    expect(snippet(builder, 'js')).to.equal(
      pkg.exports['./*/bone-mets-elements.js']
        ? "import 'bone-mets-elements/es/bone-mets-elements.js';"
        : "import 'bone-mets-elements/bone-mets-signs.js';\nimport {setLocale} from 'bone-mets-elements/localization.js';\n\n// Always es, whatever the page's <html lang>.\nsetLocale('es');"
    );
    // The sanitizer allow-list keeps the tag and every attribute it declares.
    const dompurify = snippet(builder, 'dompurify')!;
    expect(dompurify).to.contain("ADD_TAGS: ['bone-mets-signs']");
    expect(dompurify).to.contain(
      `ADD_ATTR: [${attributes('bone-mets-signs')
        .map((a) => `'${a}'`)
        .join(', ')}]`
    );
    expect(snippet(builder, 'sanitize-html')).to.contain(
      `'bone-mets-signs': [${attributes('bone-mets-signs')
        .map((a) => `'${a}'`)
        .join(', ')}]`
    );
    // Pre-rendered HTML is offered only when the build made it (scripts/builder.mjs looks).
    const {data} = (await import(new URL('../dist/builder/data.js', import.meta.url).href)) as {
      data: {staticFragments: {files: string[]}};
    };
    expect(builder.doc.querySelector<HTMLInputElement>('#delivery-static')!.disabled).to.equal(
      !data.staticFragments.files.includes('static/en/bone-mets-signs.html')
    );
  });

  it('has every interface text in English and Spanish', async () => {
    type Strings = Record<string, unknown>;
    const {dictionaries} = (await import(new URL('../demo/builder/i18n.js', import.meta.url).href)) as {
      dictionaries: {en: Strings; es: Strings};
    };
    const keys = (strings: Strings): string[] =>
      Object.entries(strings)
        .flatMap(([key, value]) =>
          typeof value === 'object' ? keys(value as Strings).map((k) => `${key}.${k}`) : [key]
        )
        .sort();
    expect(keys(dictionaries.es)).to.deep.equal(keys(dictionaries.en));
  });

  it('pins the CDN script to this version with the SHA-384 of the built file', async () => {
    const builder = await openBuilder('mode=page');
    const [, src, integrity] = /src="([^"]+)" integrity="([^"]+)" crossorigin="anonymous"/.exec(
      snippet(builder, 'htmlScript')!
    )!;
    const {version} = (await (await fetch('/package.json')).json()) as {version: string};
    expect(src).to.equal(
      `https://cdn.jsdelivr.net/npm/bone-mets-elements@${version}/dist/bone-mets-elements.js`
    );
    const bytes = await (await fetch('/dist/bone-mets-elements.js')).arrayBuffer();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
    expect(integrity).to.equal(`sha384-${btoa(String.fromCharCode(...digest))}`);
  });
});
