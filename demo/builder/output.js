// The output column: the live preview, the snippet blocks with their Copy buttons,
// the sanitizer allow-lists and the link that shares the setup.
import {html, nothing} from 'lit-html';
import {ref} from 'lit-html/directives/ref.js';
import {widths} from './state.js';
import {blocks, unpkgBase} from './snippet.js';
import {allowList} from './sanitizers.js';
import {languageName} from './i18n.js';

const labels = (t) => ({
  html: t.blockHtml,
  htmlScript: t.blockHtmlScript,
  css: t.blockCss,
  install: t.blockInstall,
  js: t.blockJs,
  static: t.blockStatic,
  dompurify: t.blockDompurify,
  sanitizeHtml: t.blockSanitizeHtml,
});

/** A read-only code block with a Copy button; copying falls back to selecting it. */
function block(app, t, id, label, text, note, button = t.copy) {
  const lines = text.split('\n').length;
  return html`<div class="block">
    <label for=${id} id=${`${id}-label`}>${label}</label>
    <textarea
      id=${id}
      readonly
      spellcheck="false"
      rows=${Math.min(Math.max(lines, 2), 14)}
      .value=${text}
      aria-describedby=${note ? `${id}-note` : nothing}
    ></textarea>
    ${note ? html`<p class="hint" id=${`${id}-note`}>${note}</p>` : nothing}
    <div class="row">
      <button type="button" aria-describedby=${`${id}-label`} @click=${() => app.copy(id, text)}>
        ${button}
      </button>
      <span role="status" class="copy-status">${app.copyStatus[id] ?? ''}</span>
    </div>
  </div>`;
}

function notes(app, t, kind) {
  const {state} = app;
  if (kind === 'css') return t.blockCssNote;
  if (kind === 'static') return t.staticNote;
  if (kind === 'htmlScript' || kind === 'html') {
    const parts = [];
    if (kind === 'htmlScript' && state.delivery === 'cdn') parts.push(t.scriptNote(unpkgBase));
    if (state.mode === 'page') parts.push(t.followNote);
    return parts.join(' ');
  }
  return '';
}

function preview(app, t) {
  const {state} = app;
  const width = widths[state.width];
  const widthLabel = state.width === 'phone' ? t.phone(width) : t.desktop(width);
  return html`<section aria-labelledby="preview-heading" class="preview">
    <h2 id="preview-heading">${t.previewHeading}</h2>
    <p><a href="#snippet-heading">${t.skipPreview}</a></p>
    <fieldset class="inline">
      <legend>${t.previewWidth}</legend>
      ${Object.entries(widths).map(
        ([name, px]) =>
          html`<span class="choice">
            <input
              type="radio"
              id=${`width-${name}`}
              name="width"
              .checked=${state.width === name}
              @change=${() => app.update({width: name})}
            />
            <label for=${`width-${name}`}>${name === 'phone' ? t.phone(px) : t.desktop(px)}</label>
          </span>`
      )}
    </fieldset>
    <div class="stage" aria-busy=${app.previewBusy ? 'true' : 'false'} ${ref(app.stageRef)}>
      <iframe
        title=${t.previewTitle(widthLabel, languageName(state.lang, state.ui))}
        ${ref((frame) => app.preview.connect(frame))}
      ></iframe>
    </div>
    ${app.previewBusy ? html`<p class="hint">${t.previewLoading}</p>` : nothing}
  </section>`;
}

export function outputColumn(app, t) {
  const {state} = app;
  const names = labels(t);
  const parts = blocks(state);
  const sanitizers = allowList(state);
  return html`${preview(app, t)}
    <section aria-labelledby="snippet-heading" class="snippet">
      <h2 id="snippet-heading" tabindex="-1">${t.snippetHeading}</h2>
      ${
        parts.length
          ? parts.map((part) =>
              block(app, t, `snippet-${part.kind}`, names[part.kind], part.text, notes(app, t, part.kind))
            )
          : html`<p class="hint">${t.emptySnippet}</p>`
      }
      ${
        parts.length
          ? html`<details>
              <summary>${t.sanitizerHeading}</summary>
              <p class="hint">${t.sanitizerIntro}</p>
              ${
                state.delivery === 'cdn' || state.delivery === 'self'
                  ? html`<p class="hint">${t.sanitizerScript}</p>`
                  : nothing
              }
              ${block(app, t, 'snippet-dompurify', names.dompurify, sanitizers.dompurify)}
              ${block(app, t, 'snippet-sanitize-html', names.sanitizeHtml, sanitizers.sanitizeHtml)}
            </details>`
          : nothing
      }
    </section>
    <section aria-labelledby="share-heading" class="share">
      <h2 id="share-heading">${t.shareHeading}</h2>
      <p class="hint" id="share-hint">${t.shareHint}</p>
      ${block(app, t, 'share-link', t.shareLink, app.shareUrl, '', t.copyLink)}
    </section>`;
}
