// Step 4, the look: the --bm-* custom properties of whatever is embedded (read from
// custom-elements.json), the page's own colours for the preview, and the live
// contrast check that warns below WCAG AA's 4.5:1.
import {html, nothing} from 'lit-html';
import {checkContrast, formatRatio, minimumRatio, resolveColor} from './contrast.js';
import {primaryProperties, properties, propertyKind, validValue} from './snippet.js';

const fonts = (t) => [
  ['', t.fontInherit],
  ['system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', t.fontSystem],
  ['Georgia, "Times New Roman", serif', t.fontSerif],
  ['Verdana, Tahoma, sans-serif', t.fontVerdana],
];

const hex = (rgba) =>
  rgba && rgba[3] > 0
    ? `#${rgba
        .slice(0, 3)
        .map((c) => Math.round(c).toString(16).padStart(2, '0'))
        .join('')}`
    : undefined;

const fieldId = (name) => `look${name.replace(/^-+/, '-')}`;

/** A colour as text (any CSS colour) with a colour picker beside it for pointer users. */
function colourField(t, id, label, value, fallback, swatch, onValue, code) {
  const bad = value.trim() !== '' && !validValue('color', value);
  return html`<div class="field colour">
    <label for=${id}>${label} ${code ? html`<code>${code}</code>` : nothing}</label>
    <div class="row">
      <input
        id=${id}
        type="text"
        spellcheck="false"
        autocomplete="off"
        .value=${value}
        placeholder=${fallback}
        aria-invalid=${bad ? 'true' : 'false'}
        aria-describedby=${bad ? `${id}-error` : nothing}
        @input=${(e) => onValue(e.target.value)}
      />
      <input
        type="color"
        aria-label=${t.colourPicker(label)}
        .value=${hex(resolveColor(value)) ?? hex(resolveColor(fallback)) ?? swatch}
        @input=${(e) => onValue(e.target.value)}
      />
    </div>
    ${bad ? html`<p class="error" id=${`${id}-error`}>${t.notAColour}</p>` : nothing}
  </div>`;
}

function propertyField(app, t, property) {
  const {name} = property;
  const label = t.propertyLabels[name] ?? property.description ?? name;
  const value = app.state.look[name] ?? '';
  const set = (next) => app.update({look: {...app.state.look, [name]: next}});
  const id = fieldId(name);
  const kind = propertyKind(name);
  if (kind === 'color') {
    const fallback =
      property.default === 'inherit' || property.default === 'currentColor' ? '' : property.default;
    // Unset, the picker starts from what the element inherits: the page's background or text colour.
    const page = name.endsWith('background') ? app.state.pageBackground : app.state.pageColor;
    const swatch = hex(resolveColor(page)) ?? (name.endsWith('background') ? '#ffffff' : '#1a1a1a');
    return colourField(t, id, label, value, fallback, swatch, set, name);
  }
  if (kind === 'font') {
    const choices = fonts(t);
    if (value && !choices.some(([stack]) => stack === value)) choices.push([value, value]);
    return html`<div class="field">
      <label for=${id}>${label} <code>${name}</code></label>
      <select id=${id} @change=${(e) => set(e.target.value)}>
        ${choices.map(([stack, text]) => html`<option value=${stack} ?selected=${stack === value}>${text}</option>`)}
      </select>
    </div>`;
  }
  const bad = value.trim() !== '' && !validValue(name, value);
  return html`<div class="field">
    <label for=${id}>${label} <code>${name}</code></label>
    <input
      id=${id}
      type="text"
      spellcheck="false"
      autocomplete="off"
      .value=${value}
      placeholder=${property.default}
      aria-invalid=${bad ? 'true' : 'false'}
      aria-describedby=${bad ? `${id}-error` : nothing}
      @input=${(e) => set(e.target.value)}
    />
    ${bad ? html`<p class="error" id=${`${id}-error`}>${t.notAValue}</p>` : nothing}
  </div>`;
}

function contrastReport(app, t) {
  const {state} = app;
  const declared = new Set(properties(state).map((p) => p.name));
  const valid = Object.fromEntries(
    Object.entries(state.look).filter(([name, value]) => declared.has(name) && validValue(name, value))
  );
  const page = {
    background: validValue('color', state.pageBackground) ? state.pageBackground : '',
    color: validValue('color', state.pageColor) ? state.pageColor : '',
  };
  const results = checkContrast(valid, page, declared);
  const failing = results.filter((r) => !r.passes);
  const list = new Intl.ListFormat(state.ui, {type: 'conjunction'});
  return html`<div class="contrast">
    <h3 id="contrast-heading">${t.contrast}</h3>
    <p class="hint">${t.contrastHint}</p>
    <ul aria-labelledby="contrast-heading">
      ${results.map(
        (r) =>
          html`<li class=${r.passes ? 'pass' : 'fail'}>
            <span aria-hidden="true">${r.passes ? '✓' : '⚠'}</span>
            ${t.pairRatio(t.pairLabels[r.id] ?? r.id, formatRatio(r.ratio, state.ui))}:
            <strong>${r.passes ? t.pairPass : t.pairFail}</strong>
          </li>`
      )}
    </ul>
    <p role="status" class=${failing.length ? 'warning' : 'ok'} data-minimum=${minimumRatio}>
      ${failing.length ? t.contrastWarning(list.format(failing.map((r) => t.pairLabels[r.id] ?? r.id))) : t.contrastOk}
    </p>
  </div>`;
}

export function lookStep(app, t) {
  const {state} = app;
  const all = properties(state);
  const primary = all.filter((p) => primaryProperties.includes(p.name));
  const more = all.filter((p) => !primaryProperties.includes(p.name));
  return html`<section aria-labelledby="step-look" class="step">
    <h2 id="step-look">${t.stepLook}</h2>
    <p class="hint">${t.lookHint}</p>
    <fieldset>
      <legend>${t.yourPage}</legend>
      ${colourField(t, 'page-background', t.pageBackground, state.pageBackground, '#ffffff', '#ffffff', (v) =>
        app.update({pageBackground: v})
      )}
      ${colourField(t, 'page-color', t.pageColor, state.pageColor, '#1a1a1a', '#1a1a1a', (v) =>
        app.update({pageColor: v})
      )}
    </fieldset>
    ${primary.map((p) => propertyField(app, t, p))}
    ${
      more.length
        ? html`<details ?open=${more.some((p) => state.look[p.name])}>
            <summary>${t.moreProperties}</summary>
            ${more.map((p) => propertyField(app, t, p))}
          </details>`
        : nothing
    }
    ${contrastReport(app, t)}
  </section>`;
}
