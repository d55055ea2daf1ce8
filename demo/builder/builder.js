// The embed builder's entry (bundled by scripts/builder.mjs to dist/builder/builder.js).
// One state object; every change re-renders the page (lit-html keeps focus and
// caret), writes the state into the URL and updates the preview.
import {render} from 'lit-html';
import {createRef} from 'lit-html/directives/ref.js';
import {data} from '../../dist/builder/data.js';
import {dictionaries, preferredUi} from './i18n.js';
import {fromParams, toParams, widths} from './state.js';
import {bundleFor, cssText, markup, validValue} from './snippet.js';
import {Preview, fitFrame} from './preview-frame.js';
import {page} from './view.js';

const root = document.getElementById('builder');

/** The page's own colours, for the preview only: the snippet never sets them. */
function pageCss(state) {
  const rules = [];
  if (validValue('color', state.pageBackground)) rules.push(`background: ${state.pageBackground.trim()};`);
  if (validValue('color', state.pageColor)) rules.push(`color: ${state.pageColor.trim()};`);
  return rules.length ? `body { ${rules.join(' ')} }\n` : '';
}

const app = {
  state: fromParams(new URLSearchParams(location.search), preferredUi()),
  preview: new Preview(),
  previewBusy: true,
  stageRef: createRef(),
  copyStatus: {},
  shareUrl: '',

  update(patch) {
    Object.assign(this.state, patch);
    this.copyStatus = {};
    this.render();
  },

  async copy(id, text) {
    const t = dictionaries[this.state.ui];
    try {
      await navigator.clipboard.writeText(text);
      this.copyStatus = {[id]: t.copied};
    } catch {
      // No Clipboard API, or no permission: select the text for the reader's own copy command.
      const field = document.getElementById(id);
      field?.focus();
      field?.select();
      this.copyStatus = {[id]: t.copyFallback};
    }
    this.render();
  },

  render() {
    const {state} = this;
    document.documentElement.lang = state.ui;
    document.title = `${dictionaries[state.ui].title} · bone-mets-elements`;
    const query = toParams(state).toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
    this.shareUrl = `${location.origin}${location.pathname}${location.search}`;
    render(page(this), root);
    this.layout();
    this.preview.show({
      bundle: new URL(`../../dist/${bundleFor(state).path}`, location.href).href,
      lang: state.lang,
      dir: data.locales.find((l) => l.code === state.lang)?.dir ?? 'ltr',
      markup: markup(state),
      css: pageCss(state) + cssText(state),
    });
  },

  layout() {
    const stage = this.stageRef.value;
    const frame = stage?.querySelector('iframe');
    if (frame) fitFrame(stage, frame, widths[this.state.width]);
  },
};

app.preview.onBusy = (busy) => {
  if (app.previewBusy === busy) return;
  app.previewBusy = busy;
  render(page(app), root);
};
app.render();
// The stage is kept across renders; a narrower window rescales the preview.
new ResizeObserver(() => app.layout()).observe(app.stageRef.value);
