// Step 1, what to embed: the whole article, chosen sections, the treatment comparison
// (with the treatments it starts with) or the page's own sentence with medical words.
import {html, nothing} from 'lit-html';
import {data} from '../../dist/builder/data.js';
import {dictionaries} from './i18n.js';
import {elementsByTag, maxOptions, sectionTags} from './state.js';
import {composeSentence, termName, treatmentName, wordFor} from './snippet.js';
import {hint, radio} from './fields.js';

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

export function whatStep(app, t) {
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
