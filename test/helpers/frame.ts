/** A same-origin iframe with its own copy of our modules, loaded after `setup` ran. */
export interface Frame {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
}

/**
 * Loads `modules` (URLs of our sources or bundle) into a fresh iframe whose page
 * runs the classic script `setup` first: the way to remove a platform feature
 * (the Popover API, constructable stylesheets) before our code looks for it.
 */
export async function frameWith(
  setup: string,
  body: string,
  modules: string[],
  ready = 'glossary-term'
): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 800px; block-size: 600px; border: 0';
  const scripts = modules.map((src) => `<script type="module" src="${src}"></script>`).join('');
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script>${setup}</script>${scripts}</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined(ready);
  return {frame, win, doc: frame.contentDocument!};
}

/** URL of a source module, as the test server serves it. */
export const source = (path: string) => new URL(`../../src/${path}`, import.meta.url).href;
