// The embed builder (demo/builder/): a web team composes a snippet, copies it and pastes
// it into their page. Tested end to end: the copied text is pasted into a blank page under
// a strict CSP and must show what the preview showed.
import {expect, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {
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

interface Rendered extends HTMLElement {
  updateComplete: Promise<boolean>;
}

/** A blank page under the strict CSP with `html` pasted into its body, scripts and all. */
async function pasteIntoBlankPage(html: string) {
  const frame = document.createElement('iframe');
  frame.src = new URL('./fixtures/blank.html', import.meta.url).href;
  const load = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await load;
  const doc = frame.contentDocument!;
  // Unlike innerHTML, a contextual fragment's scripts run when it is inserted, as a CMS page's would.
  const range = doc.createRange();
  range.selectNodeContents(doc.body);
  doc.body.append(range.createContextualFragment(html));
  return {frame, doc, win: frame.contentWindow as Window & {cspViolations: string[]}};
}

/** Composes a Spanish signs block with a care-team number, delivered from the local dist folder. */
async function composeSpanishSigns(builder: Builder) {
  click(builder, '#what-sections');
  setField(builder, '#lang', 'es');
  setField(builder, '#care-phone', '215-555-0100');
  click(builder, '#delivery-self');
  // Self-hosting from this test server's dist/: the snippet loads the files the tests built.
  setField(builder, '#base', new URL('/dist/', location.href).href);
  await previewReady(builder);
}

describe('embed builder', () => {
  afterEach(closeBuilders);

  it('composes a Spanish signs block whose copied snippet works pasted into a blank strict-CSP page', async () => {
    const builder = await openBuilder('ui=es');
    await composeSpanishSigns(builder);

    // The preview shows what the one-language bundle shows.
    const signs = previewDoc(builder).querySelector('bone-mets-signs') as Rendered;
    expect(signs.shadowRoot!.querySelector('h2')!.textContent).to.match(/^¿/);
    expect(signs.shadowRoot!.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal(
      'tel:2155550100'
    );

    const copied = stubClipboard(builder, 'grant');
    const button = builder.doc.querySelector<HTMLButtonElement>('#snippet-htmlScript ~ .row button')!;
    button.click();
    const status = builder.doc.querySelector('#snippet-htmlScript ~ .row [role="status"]')!;
    await waitUntil(() => status.textContent === 'Copiado.', 'no "copied" status');
    expect(copied).to.have.length(1);
    expect(copied[0]).to.equal(snippet(builder, 'htmlScript'));
    expect(copied[0]).to.contain('/dist/es/bone-mets-elements.js" integrity="sha384-');
    expect(copied[0]).to.contain('<bone-mets-signs care-phone="215-555-0100"></bone-mets-signs>');

    const page = await pasteIntoBlankPage(copied[0]);
    try {
      const pasted = () => page.doc.querySelector('bone-mets-signs') as Rendered;
      await waitUntil(
        () => pasted().shadowRoot,
        'the pasted snippet did not render (a wrong integrity hash blocks the script)',
        {timeout: 5000}
      );
      await pasted().updateComplete;
      const root = pasted().shadowRoot!;
      expect(root.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('es');
      expect(root.querySelector('h2')!.textContent).to.equal(
        signs.shadowRoot!.querySelector('h2')!.textContent
      );
      const link = root.querySelector<HTMLAnchorElement>('a[part="care-phone"]')!;
      expect(link.getAttribute('href')).to.equal('tel:2155550100');
      expect(link.textContent).to.contain('215-555-0100');
      expect(page.win.cspViolations).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
    expect(builder.violations).to.deep.equal([]);
  });

  it('selects the snippet for the reader to copy when the Clipboard API is missing or refused', async () => {
    const builder = await openBuilder('what=compare&options=surgery,ablation');
    const textarea = builder.doc.querySelector<HTMLTextAreaElement>('#snippet-htmlScript')!;
    const status = builder.doc.querySelector('#snippet-htmlScript ~ .row [role="status"]')!;
    for (const behaviour of ['missing', 'refuse'] as const) {
      stubClipboard(builder, behaviour);
      textarea.setSelectionRange(0, 0);
      builder.doc.querySelector<HTMLButtonElement>('#snippet-htmlScript ~ .row button')!.click();
      await waitUntil(
        () => status.textContent!.includes('Ctrl+C'),
        `no fallback when the clipboard is ${behaviour}`
      );
      expect(builder.doc.activeElement).to.equal(textarea);
      expect([textarea.selectionStart, textarea.selectionEnd]).to.deep.equal([0, textarea.value.length]);
      expect(textarea.value).to.contain('<treatment-compare');
      expect(textarea.value).to.contain('options="surgery, ablation"></treatment-compare>');
      // Any change clears the status: it described the old snippet.
      setField(builder, '#heading-level', behaviour === 'missing' ? '3' : '4');
      expect(status.textContent).to.equal('');
    }
  });

  it('is operated by keyboard alone: content, language, phone number, copy', async () => {
    const builder = await openBuilder('ui=en', 1100);
    const copied = stubClipboard(builder, 'grant');
    const {doc} = builder;
    /** Tabs forward until `selector` has focus, as a keyboard user does. */
    const tabTo = async (selector: string) => {
      for (let i = 0; i < 120 && !doc.activeElement?.matches(selector); i++) await sendKeys({press: 'Tab'});
      expect(doc.activeElement?.matches(selector), `Tab never reached ${selector}`).to.equal(true);
    };
    doc.querySelector<HTMLSelectElement>('#ui-language')!.focus();
    await tabTo('#what-article');
    await sendKeys({press: 'ArrowDown'});
    expect(doc.querySelector<HTMLInputElement>('#what-sections')!.checked).to.equal(true);
    await tabTo('#section-bone-mets-overview');
    await sendKeys({press: ' '});
    expect(doc.querySelector<HTMLInputElement>('#section-bone-mets-overview')!.checked).to.equal(true);
    await tabTo('#lang');
    await sendKeys({press: 'ArrowDown'});
    await waitUntil(
      () => doc.querySelector<HTMLSelectElement>('#lang')!.value === 'es',
      'the language did not change'
    );
    await tabTo('#care-phone');
    // Key by key: WebKit's WebDriver drops repeated characters from one typed string.
    for (const key of '215-555-0100') await sendKeys({press: key});
    await tabTo('#snippet-htmlScript ~ .row button');
    await sendKeys({press: 'Enter'});
    await waitUntil(() => copied.length === 1, 'Enter on Copy copied nothing');
    expect(copied[0]).to.contain('/dist/es/bone-mets-elements.js');
    expect(copied[0]).to.contain(
      '<bone-mets-overview></bone-mets-overview>\n<bone-mets-signs care-phone="215-555-0100"></bone-mets-signs>'
    );
  });

  it('keeps the whole setup in its URL, so a shared link opens the same snippet', async () => {
    const first = await openBuilder('ui=es');
    click(first, '#what-sentence');
    setField(first, '#sentence', 'Los <osteoclastos> desgastan el hueso & la médula.');
    setField(first, '#add-term', 'bone-marrow');
    click(first, '#add-term ~ button');
    setField(first, '#word-bone-marrow', 'médula');
    click(first, '#mode-page');
    setField(first, '#lang', 'ar');
    setField(first, '#look-bm-term-color', '#0b4f9c');
    click(first, '#delivery-npm');
    click(first, '#width-desktop');
    await previewReady(first);
    const html = snippet(first, 'html')!;
    expect(html).to.equal(
      '<p>Los &lt;<glossary-term term="osteoclast">osteoclastos</glossary-term>&gt; desgastan el hueso &amp; la ' +
        '<glossary-term term="bone-marrow">médula</glossary-term>.</p>'
    );
    const query = first.win.location.search.slice(1);
    expect(first.doc.querySelector<HTMLTextAreaElement>('#share-link')!.value).to.equal(
      first.win.location.href
    );

    const second = await openBuilder(query);
    expect(second.win.location.search.slice(1)).to.equal(query);
    for (const kind of ['html', 'install', 'js', 'css', 'dompurify', 'sanitize-html']) {
      expect(snippet(second, kind), kind).to.equal(snippet(first, kind));
    }
    expect(second.doc.documentElement.lang).to.equal('es');
    expect(second.doc.querySelector<HTMLInputElement>('#width-desktop')!.checked).to.equal(true);
    expect(previewDoc(second).documentElement.lang).to.equal('ar');
  });

  it('reads any URL without failing: unknown values fall back, unsafe CSS is left out', async () => {
    const builder = await openBuilder(
      'what=evil&lang=xx&heading-level=9&sections=%3Cscript%3E,signs&options=nope&' +
        '--bm-text-color=red;}body{display:none&--bm-heading-color=navy&delivery=ftp'
    );
    expect(builder.doc.querySelector<HTMLInputElement>('#what-article')!.checked).to.equal(true);
    expect(builder.doc.querySelector<HTMLSelectElement>('#lang')!.value).to.equal('en');
    expect(builder.doc.querySelector<HTMLSelectElement>('#heading-level')!.value).to.equal('2');
    expect(builder.doc.querySelector<HTMLInputElement>('#delivery-cdn')!.checked).to.equal(true);
    expect(snippet(builder, 'css')).to.equal('bone-mets-article {\n  --bm-heading-color: navy;\n}');
    expect(builder.doc.querySelector('#look-bm-text-color')!.getAttribute('aria-invalid')).to.equal('true');
  });
});
