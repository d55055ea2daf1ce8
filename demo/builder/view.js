// The builder's form: what to embed, language, details and delivery (the look is in
// look.js, the preview and snippet in output.js). Native controls only, each with a
// visible label, so it works by keyboard and screen reader without extra script.
import {html, nothing} from 'lit-html';
import {data} from '../../dist/builder/data.js';
import {parseCarePhone} from '../../lib/components/bone-mets-signs/care-phone.js';
import {dictionaries, languageName, uiLanguages} from './i18n.js';
import {localeCodes, maxOptions, sectionTags, staticAvailable, defaultBase, elementsByTag} from './state.js';
import {
  composeSentence,
  placedTags,
  staticFiles,
  supports,
  termName,
  treatmentName,
  wordFor,
} from './snippet.js';
import {lookStep} from './look.js';
import {outputColumn} from './output.js';

/** "Español — Spanish (es)" in an English interface: readers find their own language by its own name. */
const languageOption = (code, ui) => {
  const own = languageName(code, code);
  const inUi = languageName(code, ui);
  return `${own}${own === inUi ? '' : ` — ${inUi}`} (${code})`;
};

const kilobytes = (bytes, ui) => Math.round(bytes / 1000).toLocaleString(ui);

const hint = (id, text) => html`<p class="hint" id=${id}>${text}</p>`;
const error = (id, text) => (text ? html`<p class="error" id=${id}>${text}</p>` : nothing);

/** One radio in a group, with its hint under it. */
function radio(app, name, value, label, description, {disabled = false, onChange} = {}) {
  const id = `${name}-${value}`;
  return html`<div class="choice">
    <input
      type="radio"
      id=${id}
      name=${name}
      .value=${value}
      .checked=${app.state[name] === value}
      ?disabled=${disabled}
      aria-describedby=${`${id}-hint`}
      @change=${() => (onChange ?? (() => app.update({[name]: value})))()}
    />
    <label for=${id}>${label}</label>
    ${hint(`${id}-hint`, description)}
  </div>`;
}

function toggle(list, value, on) {
  return on ? [...new Set([...list, value])] : list.filter((item) => item !== value);
}

function sectionsPicker(app, t) {
  const {state} = app;
  return html`<fieldset aria-describedby=${state.sections.length ? nothing : 'sections-empty'}>
    <legend>${t.sections}</legend>
    ${sectionTags.map(
      (tag) =>
        html`<div class="choice">
          <input
            type="checkbox"
            id=${`section-${tag}`}
            .checked=${state.sections.includes(tag)}
            @change=${(e) =>
              app.update({
                sections: sectionTags.filter((s) =>
                  s === tag ? e.target.checked : state.sections.includes(s)
                ),
              })}
          />
          <label for=${`section-${tag}`}
            >${t.sectionLabels[tag] ?? elementsByTag.get(tag).summary} <code>&lt;${tag}&gt;</code></label
          >
        </div>`
    )}
    ${state.sections.length ? nothing : html`<p class="error" id="sections-empty">${t.pickSection}</p>`}
  </fieldset>`;
}

function optionsPicker(app, t) {
  const {state} = app;
  const full = state.options.length >= maxOptions;
  return html`<fieldset aria-describedby="options-hint">
    <legend>${t.treatmentsFirst}</legend>
    ${hint('options-hint', t.treatmentsHint(maxOptions))}
    <div class="columns">
      ${data.treatments.map(({key}) => {
        const checked = state.options.includes(key);
        return html`<div class="choice">
          <input
            type="checkbox"
            id=${`option-${key}`}
            .checked=${checked}
            ?disabled=${full && !checked}
            @change=${(e) => app.update({options: toggle(state.options, key, e.target.checked)})}
          />
          <label for=${`option-${key}`}>${treatmentName(key, state.ui)}</label>
        </div>`;
      })}
    </div>
  </fieldset>`;
}

function sentenceEditor(app, t) {
  const {state} = app;
  const {missing, matched} = composeSentence(state);
  const available = data.glossaryTerms
    .filter(({key}) => !state.terms.includes(key))
    .map(({key}) => ({key, name: termName(key, state.ui)}))
    .sort((a, b) => a.name.localeCompare(b.name, state.ui));
  const add = () => {
    const select = document.getElementById('add-term');
    if (select?.value) app.update({terms: [...state.terms, select.value]});
  };
  return html`<div class="field">
      <label for="sentence">${t.sentence}</label>
      <textarea
        id="sentence"
        rows="3"
        lang=${state.lang}
        dir=${data.locales.find((l) => l.code === state.lang)?.dir ?? 'ltr'}
        aria-describedby="sentence-hint"
        .value=${state.sentence ?? dictionaries[state.lang]?.defaultSentence ?? ''}
        @input=${(e) => app.update({sentence: e.target.value})}
      ></textarea>
      ${hint('sentence-hint', t.sentenceHint)}
    </div>
    <fieldset>
      <legend>${t.medicalWords}</legend>
      ${state.terms.length ? nothing : html`<p class="hint">${t.noWords}</p>`}
      ${state.terms.map((key) => {
        const name = termName(key, state.ui);
        const id = `word-${key}`;
        return html`<div class="field term">
          <label for=${id}>${t.wordIn(name)} <code>${key}</code></label>
          <div class="row">
            <input
              id=${id}
              type="text"
              lang=${state.lang}
              .value=${matched[key] ?? wordFor(state, key)}
              aria-describedby=${missing.includes(key) ? `${id}-missing` : nothing}
              @input=${(e) => {
                // Empty: find the term by its name again.
                const words = {...state.words, [key]: e.target.value};
                if (!e.target.value.trim()) delete words[key];
                app.update({words});
              }}
            />
            <button
              type="button"
              @click=${() => {
                app.update({terms: state.terms.filter((k) => k !== key)});
                document.getElementById('add-term')?.focus();
              }}
            >
              ${t.remove(name)}
            </button>
          </div>
          ${missing.includes(key) ? html`<p class="note" id=${`${id}-missing`}>${t.wordMissing(wordFor(state, key))}</p>` : nothing}
        </div>`;
      })}
      <div class="field">
        <label for="add-term">${t.addWordLabel}</label>
        <div class="row">
          <select id="add-term">
            ${available.map(({key, name}) => html`<option value=${key}>${name}</option>`)}
          </select>
          <button type="button" @click=${add}>${t.add}</button>
        </div>
      </div>
    </fieldset>`;
}

function whatStep(app, t) {
  const {what} = app.state;
  return html`<section aria-labelledby="step-what" class="step">
    <h2 id="step-what">${t.stepWhat}</h2>
    <fieldset>
      <legend>${t.content}</legend>
      ${radio(app, 'what', 'article', t.whatArticle, t.whatArticleHint)}
      ${radio(app, 'what', 'sections', t.whatSections, t.whatSectionsHint)}
      ${radio(app, 'what', 'compare', t.whatCompare, t.whatCompareHint)}
      ${radio(app, 'what', 'sentence', t.whatSentence, t.whatSentenceHint)}
    </fieldset>
    ${what === 'sections' ? sectionsPicker(app, t) : nothing}
    ${what === 'compare' ? optionsPicker(app, t) : nothing}
    ${what === 'sentence' ? sentenceEditor(app, t) : nothing}
  </section>`;
}

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
