// Driving the embed builder (demo/builder/) the way a person does: the page is loaded in a
// same-origin iframe, served under the demo's strict CSP (web-test-runner.config.mjs).
import {waitUntil} from '@open-wc/testing';

export interface Builder {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis & {cspViolations?: string[]};
  doc: Document;
  violations: string[];
}

const opened: HTMLIFrameElement[] = [];

/** Resolves once the frame's document has loaded. */
function loaded(frame: HTMLIFrameElement) {
  return new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
}

/** Opens the builder with `query` in a frame `width` px wide, and waits for its preview. */
export async function openBuilder(query = '', width = 1100): Promise<Builder> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `inline-size: ${width}px; block-size: 900px; border: 0`;
  frame.src = new URL(`../../demo/builder/index.html${query ? `?${query}` : ''}`, import.meta.url).href;
  opened.push(frame);
  const load = loaded(frame);
  document.body.append(frame);
  await load;
  const win = frame.contentWindow as Builder['win'];
  const doc = frame.contentDocument!;
  const violations: string[] = [];
  win.addEventListener('securitypolicyviolation', (e) =>
    violations.push(`${e.violatedDirective} ${e.blockedURI}`)
  );
  await waitUntil(() => doc.querySelector('h1'), 'the builder did not render', {timeout: 5000});
  const builder = {frame, win, doc, violations};
  await previewReady(builder);
  return builder;
}

export function closeBuilders() {
  for (const frame of opened.splice(0)) frame.remove();
}

/** Waits until the preview shows the builder's latest state, rendered. */
export async function previewReady({doc}: Builder) {
  await waitUntil(() => doc.querySelector('.stage')?.getAttribute('aria-busy') === 'false', 'preview busy', {
    timeout: 8000,
  });
}

/** The preview's document (the blank host page inside the builder). */
export const previewDoc = ({doc}: Builder) =>
  doc.querySelector<HTMLIFrameElement>('.stage iframe')!.contentDocument!;

/** Sets a field's value and fires the event a person's typing or picking fires. */
export function setField(builder: Builder, selector: string, value: string) {
  const field = builder.doc.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  field.value = value;
  const type = field instanceof builder.win.HTMLSelectElement ? 'change' : 'input';
  field.dispatchEvent(new builder.win.Event(type, {bubbles: true}));
}

export function click(builder: Builder, selector: string) {
  builder.doc.querySelector<HTMLElement>(selector)!.click();
}

/** The text of a snippet block: htmlScript, html, css, js, install, dompurify, sanitize-html. */
export const snippet = ({doc}: Builder, kind: string) =>
  doc.querySelector<HTMLTextAreaElement>(`#snippet-${kind}`)?.value;

/** Replaces the frame's Clipboard API; returns what gets written to it. */
export function stubClipboard({win}: Builder, behaviour: 'grant' | 'refuse' | 'missing') {
  const written: string[] = [];
  const clipboard =
    behaviour === 'missing'
      ? undefined
      : {
          writeText: (text: string) =>
            behaviour === 'grant'
              ? (written.push(text), Promise.resolve())
              : Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
        };
  Object.defineProperty(win.navigator, 'clipboard', {value: clipboard, configurable: true});
  return written;
}

/** Runs axe-core inside the builder's own page (loaded from this origin, so its CSP allows it). */
export async function axeViolations({win, doc}: Builder): Promise<string[]> {
  const axeWindow = win as unknown as {
    axe?: {
      run(context: Node, options: object): Promise<{violations: {id: string; nodes: {target: string[]}[]}[]}>;
    };
  };
  if (!axeWindow.axe) {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const load = new Promise((resolve) => script.addEventListener('load', resolve, {once: true}));
    doc.head.append(script);
    await load;
  }
  const {violations} = await axeWindow.axe!.run(doc, {iframes: false, resultTypes: ['violations']});
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
