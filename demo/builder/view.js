// The builder's form: what to embed, language, details and delivery (the look is in
// look.js, the preview and snippet in output.js). Native controls only, each with a
// visible label, so it works by keyboard and screen reader without extra script.
import {html, nothing} from 'lit-html';
import {data} from '../../dist/builder/data.js';
import {parseCarePhone} from '../../lib/components/bone-mets-signs/care-phone.js';
import {dictionaries, languageName, uiLanguages} from './i18n.js';
import {defaultBase, localeCodes, staticAvailable} from './state.js';
import {placedTags, staticFiles, supports} from './snippet.js';
import {hint, error, radio} from './fields.js';
import {whatStep} from './what.js';
import {lookStep} from './look.js';
import {outputColumn} from './output.js';

/** "Español — Spanish (es)" in an English interface: readers find their own language by its own name. */
const languageOption = (code, ui) => {
  const own = languageName(code, code);
  const inUi = languageName(code, ui);
  return `${own}${own === inUi ? '' : ` — ${inUi}`} (${code})`;
};

const kilobytes = (bytes, ui) => Math.round(bytes / 1000).toLocaleString(ui);

function languageStep(app, t) {
  const {state} = app;
  const one = data.bundles[state.lang] ?? data.bundles.en;
  return html`<section aria-labelledby="step-language" class="step">
    <h2 id="step-language">${t.stepLanguage}</h2>
    <fieldset>
      <legend>${t.languageMode}</legend>
      ${radio(app, 'mode', 'one', t.modeOne, t.modeOneHint(kilobytes(one.bytes, state.ui)))}
      ${radio(app, 'mode', 'page', t.modePage, t.modePageHint(kilobytes(data.bundles[''].bytes, state.ui), localeCodes.length))}
    </fieldset>
    <div class="field">
      <label for="lang">${state.mode === 'one' ? t.language : t.previewIn}</label>
      <select id="lang" @change=${(e) => app.update({lang: e.target.value})}>
        ${localeCodes.map(
          (code) =>
            html`<option value=${code} ?selected=${code === state.lang}>
              ${languageOption(code, state.ui)}
            </option>`
        )}
      </select>
    </div>
  </section>`;
}

function phoneField(app, t, name, attribute, label, description) {
  const value = app.state[name];
  const bad = value.trim() !== '' && !parseCarePhone(value);
  return html`<div class="field">
    <label for=${attribute}>${label} <code>${attribute}</code></label>
    <input
      id=${attribute}
      type="tel"
      autocomplete="off"
      .value=${value}
      aria-invalid=${bad ? 'true' : 'false'}
      aria-describedby=${bad ? `${attribute}-hint ${attribute}-error` : `${attribute}-hint`}
      @input=${(e) => app.update({[name]: e.target.value})}
    />
    ${hint(`${attribute}-hint`, description)} ${error(`${attribute}-error`, bad ? t.notAPhone : '')}
  </div>`;
}

function detailsStep(app, t) {
  const {state} = app;
  const tags = placedTags(state);
  const has = (attribute) => tags.some((tag) => supports(tag, attribute));
  const fields = [
    has('heading-level')
      ? html`<div class="field">
          <label for="heading-level">${t.headingLevel} <code>heading-level</code></label>
          <select
            id="heading-level"
            aria-describedby="heading-level-hint"
            @change=${(e) => app.update({headingLevel: Number(e.target.value)})}
          >
            ${[1, 2, 3, 4, 5, 6].map(
              (n) =>
                html`<option value=${n} ?selected=${n === state.headingLevel}>
                  ${t.headingLevelOption(n)}
                </option>`
            )}
          </select>
          ${hint('heading-level-hint', t.headingLevelHint)}
        </div>`
      : nothing,
    has('care-phone') ? phoneField(app, t, 'carePhone', 'care-phone', t.carePhone, t.carePhoneHint) : nothing,
    has('urgent-phone')
      ? phoneField(app, t, 'urgentPhone', 'urgent-phone', t.urgentPhone, t.urgentPhoneHint)
      : nothing,
  ];
  return html`<section aria-labelledby="step-details" class="step">
    <h2 id="step-details">${t.stepDetails}</h2>
    ${fields.some((f) => f !== nothing) ? fields : html`<p class="hint">${t.noDetails}</p>`}
  </section>`;
}

function deliveryStep(app, t) {
  const {state} = app;
  const staticOk = staticAvailable && staticFiles(state);
  const staticHint = !staticAvailable
    ? t.staticUnavailable
    : staticOk
      ? t.deliveryStaticHint
      : t.staticNotFor;
  return html`<section aria-labelledby="step-delivery" class="step">
    <h2 id="step-delivery">${t.stepDelivery}</h2>
    <fieldset>
      <legend>${t.delivery}</legend>
      ${radio(app, 'delivery', 'cdn', t.deliveryCdn, t.deliveryCdnHint)}
      ${radio(app, 'delivery', 'self', t.deliverySelf, t.deliverySelfHint)}
      ${radio(app, 'delivery', 'npm', t.deliveryNpm, t.deliveryNpmHint)}
      ${radio(app, 'delivery', 'static', t.deliveryStatic, staticHint, {disabled: !staticOk})}
    </fieldset>
    ${
      state.delivery === 'self'
        ? html`<div class="field">
            <label for="base">${t.baseUrl}</label>
            <input
              id="base"
              type="url"
              inputmode="url"
              placeholder=${defaultBase}
              .value=${state.base}
              aria-describedby="base-hint"
              @input=${(e) => app.update({base: e.target.value})}
            />
            ${hint('base-hint', t.baseUrlHint)}
          </div>`
        : nothing
    }
  </section>`;
}

/** The whole page. */
export function page(app) {
  const t = dictionaries[app.state.ui];
  return html`<header class="bar">
      <a href="../">${t.demoLink}</a>
      <div class="field inline">
        <label for="ui-language">${t.pageLanguage}</label>
        <select id="ui-language" @change=${(e) => app.update({ui: e.target.value})}>
          ${uiLanguages.map(
            (code) =>
              html`<option value=${code} ?selected=${code === app.state.ui}>
                ${languageName(code, code)}
              </option>`
          )}
        </select>
      </div>
    </header>
    <main>
      <h1>${t.title}</h1>
      <p class="intro">${t.intro}</p>
      <div class="layout">
        <form class="controls" @submit=${(e) => e.preventDefault()}>
          ${whatStep(app, t)} ${languageStep(app, t)} ${detailsStep(app, t)} ${lookStep(app, t)}
          ${deliveryStep(app, t)}
        </form>
        <div class="output">${outputColumn(app, t)}</div>
      </div>
    </main>`;
}
