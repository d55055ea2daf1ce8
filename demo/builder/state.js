// The builder's configuration: what it holds, its defaults, and how it lives in the
// page's URL so a setup can be shared. Reading a URL never throws: anything unknown
// or malformed is dropped and the default is used.
import {data} from '../../dist/builder/data.js';
import {uiLanguages} from './i18n.js';

export const whats = ['article', 'sections', 'compare', 'sentence'];
export const modes = ['one', 'page'];
export const deliveries = ['cdn', 'self', 'npm', 'static'];
export const widths = {phone: 360, desktop: 1024};
export const maxOptions = 4;

// The article's order; a section the manifest gains later goes last.
const articleOrder = [
  'overview',
  'types',
  'causes',
  'signs',
  'diagnosis',
  'treatments',
  'glossary',
  'sources',
];
const rank = (tag) => {
  const index = articleOrder.indexOf(tag.replace(/^bone-mets-/, ''));
  return index === -1 ? articleOrder.length : index;
};

export const elementsByTag = new Map(data.elements.map((element) => [element.tag, element]));
/** The section elements a page can place one by one. */
export const sectionTags = data.elements
  .map((element) => element.tag)
  .filter((tag) => tag.startsWith('bone-mets-') && tag !== 'bone-mets-article')
  .sort((a, b) => rank(a) - rank(b));
export const localeCodes = data.locales.map((locale) => locale.code);
const treatmentKeys = data.treatments.map((treatment) => treatment.key);
const termKeys = data.glossaryTerms.map((term) => term.key);
/** Every --bm-* property some element declares. */
export const propertyNames = new Set(
  data.elements.flatMap((element) => element.cssProperties.map((property) => property.name))
);

export const defaultBase = '/bone-mets-elements/dist/';

export const defaults = () => ({
  ui: 'en',
  what: 'article',
  sections: ['bone-mets-signs'],
  options: [],
  // null: the default sentence for the chosen language.
  sentence: null,
  terms: ['osteoclast'],
  // Glossary key -> the word as written in the sentence, when it is not the term's name.
  words: {},
  mode: 'one',
  lang: 'en',
  headingLevel: 2,
  carePhone: '',
  urgentPhone: '',
  // --bm-* property -> value as typed.
  look: {},
  pageBackground: '',
  pageColor: '',
  delivery: 'cdn',
  base: '',
  width: 'phone',
});

const short = (tag) => tag.replace(/^bone-mets-/, '');
const list = (value) => (value ?? '').split(/[\s,]+/).filter(Boolean);
const oneOf = (value, allowed, fallback) => (allowed.includes(value) ? value : fallback);
const text = (value, max) => (typeof value === 'string' ? value.slice(0, max) : '');
const unique = (values) => [...new Set(values)];

/** Whether this build shipped pre-rendered fragments at all. */
export const staticAvailable = data.staticFragments.files.length > 0;

/** A state from the page's query string, starting from `ui` when it names no interface language. */
export function fromParams(params, ui = 'en') {
  const state = defaults();
  state.ui = oneOf(params.get('ui'), uiLanguages, ui);
  state.what = oneOf(params.get('what'), whats, state.what);
  if (params.has('sections')) {
    const wanted = new Set(list(params.get('sections')));
    state.sections = sectionTags.filter((tag) => wanted.has(short(tag)));
  }
  state.options = unique(list(params.get('options')).filter((key) => treatmentKeys.includes(key))).slice(
    0,
    maxOptions
  );
  if (params.has('sentence')) state.sentence = text(params.get('sentence'), 1000);
  if (params.has('terms'))
    state.terms = unique(list(params.get('terms')).filter((key) => termKeys.includes(key)));
  for (const key of state.terms) {
    const word = params.get(`word-${key}`);
    if (word) state.words[key] = text(word, 100);
  }
  state.mode = oneOf(params.get('mode'), modes, state.mode);
  const lang = params.get('lang') ?? '';
  state.lang = localeCodes.find((code) => code.toLowerCase() === lang.toLowerCase()) ?? state.lang;
  const level = Number(params.get('heading-level'));
  if (Number.isInteger(level) && level >= 1 && level <= 6) state.headingLevel = level;
  state.carePhone = text(params.get('care-phone'), 60);
  state.urgentPhone = text(params.get('urgent-phone'), 60);
  for (const [name, value] of params) {
    if (propertyNames.has(name) && value) state.look[name] = text(value, 200);
  }
  state.pageBackground = text(params.get('page-background'), 100);
  state.pageColor = text(params.get('page-color'), 100);
  state.delivery = oneOf(params.get('delivery'), deliveries, state.delivery);
  if (state.delivery === 'static' && !staticAvailable) state.delivery = 'cdn';
  state.base = text(params.get('base'), 500);
  state.width = oneOf(params.get('width'), Object.keys(widths), state.width);
  return state;
}

/** The query string for a state: only what differs from the defaults, so shared links stay short. */
export function toParams(state) {
  const initial = defaults();
  const params = new URLSearchParams();
  const set = (name, value, fallback) => {
    if (value !== fallback) params.set(name, String(value));
  };
  set('ui', state.ui, initial.ui);
  set('what', state.what, initial.what);
  set('sections', state.sections.map(short).join(','), initial.sections.map(short).join(','));
  set('options', state.options.join(','), '');
  if (state.sentence !== null) params.set('sentence', state.sentence);
  set('terms', state.terms.join(','), initial.terms.join(','));
  for (const key of state.terms) if (state.words[key]) params.set(`word-${key}`, state.words[key]);
  set('mode', state.mode, initial.mode);
  set('lang', state.lang, initial.lang);
  set('heading-level', state.headingLevel, initial.headingLevel);
  set('care-phone', state.carePhone, '');
  set('urgent-phone', state.urgentPhone, '');
  for (const [name, value] of Object.entries(state.look)) if (value) params.set(name, value);
  set('page-background', state.pageBackground, '');
  set('page-color', state.pageColor, '');
  set('delivery', state.delivery, initial.delivery);
  set('base', state.base, '');
  set('width', state.width, initial.width);
  return params;
}
