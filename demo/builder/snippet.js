// What the builder hands out: the element markup, the stylesheet rules, the
// delivery around them (script tag, npm, pre-rendered HTML) and the sanitizer
// allow-lists. Pure functions of the state (and the build's data).
import {data} from '../../dist/builder/data.js';
import {dictionaries} from './i18n.js';
import {defaultBase, elementsByTag} from './state.js';

export const cdnBase = `https://cdn.jsdelivr.net/npm/${data.packageName}@${data.version}/dist/`;
export const unpkgBase = `https://unpkg.com/${data.packageName}@${data.version}/dist/`;

export const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const escapeAttribute = (text) => escapeText(text).replace(/"/g, '&quot;');
const unique = (values) => [...new Set(values)];

/** Whether the manifest says `tag` takes `attribute`. */
export const supports = (tag, attribute) =>
  elementsByTag.get(tag)?.attributes.some((a) => a.name === attribute) ?? false;

/** The custom elements the snippet places on the page, in order. */
export function placedTags(state) {
  if (state.what === 'article') return ['bone-mets-article'];
  if (state.what === 'sections') return state.sections;
  if (state.what === 'compare') return ['treatment-compare'];
  return state.terms.length ? ['glossary-term'] : [];
}

/** Every element that renders, nested ones included: the look applies to all of them. */
export function renderedTags(state) {
  if (state.what === 'article') return data.elements.map((element) => element.tag);
  const placed = placedTags(state);
  // Sections and the comparison link their medical words to the glossary.
  return state.what === 'sentence' ? placed : unique([...placed, 'glossary-term']);
}

/** The glossary term's name in `lang` (English when there is no translation). */
export const termName = (key, lang) => {
  const names = data.glossaryTerms.find((term) => term.key === key)?.names ?? {};
  return names[lang] ?? names.en ?? key;
};
export const treatmentName = (key, lang) => {
  const names = data.treatments.find((treatment) => treatment.key === key)?.names ?? {};
  return names[lang] ?? names.en ?? key;
};

export const sentenceText = (state) => state.sentence ?? dictionaries[state.lang]?.defaultSentence ?? '';
export const wordFor = (state, key) => state.words[key]?.trim() || termName(key, state.lang);

// Scripts written without spaces between words: a word there cannot be extended to its end.
const unspaced = /^(zh|ja|th|lo|km|my)\b/i;

/** The words that may stand for a glossary term: the one typed, or its name in any language (the chosen one first). */
function candidates(state, key) {
  const custom = state.words[key]?.trim();
  if (custom) return [custom];
  const names = data.glossaryTerms.find((term) => term.key === key)?.names ?? {};
  return unique([termName(key, state.lang), ...Object.values(names)]);
}

/**
 * The sentence as HTML, each chosen word wrapped in its <glossary-term> with the
 * word inside (a sanitizer that strips the tag keeps the word). A word matches
 * where it starts a word, case-insensitively, and runs on to the end of that word
 * ("osteoclast" wraps "osteoclasts"); the term's name in any language counts, so a
 * Spanish sentence keeps its links while the preview shows Arabic definitions.
 * Words not found are added at the end. `matched` holds the words as found.
 */
export function composeSentence(state) {
  const sentence = sentenceText(state);
  const extend = !unspaced.test(state.lang);
  const taken = [];
  const missing = [];
  const matched = {};
  for (const key of state.terms) {
    let match;
    for (const word of candidates(state, key)) {
      const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const pattern = extend ? `(?<![\\p{L}\\p{M}\\p{N}])${escaped}[\\p{L}\\p{M}]*` : escaped;
      match = [...sentence.matchAll(new RegExp(pattern, 'giu'))].find(
        (m) => !taken.some((t) => m.index < t.end && t.start < m.index + m[0].length)
      );
      if (match) break;
    }
    if (match) {
      taken.push({key, start: match.index, end: match.index + match[0].length});
      matched[key] = match[0];
    } else missing.push(key);
  }
  taken.sort((a, b) => a.start - b.start);
  let html = '';
  let at = 0;
  const term = (key, words) =>
    `<glossary-term term="${escapeAttribute(key)}">${escapeText(words)}</glossary-term>`;
  for (const {key, start, end} of taken) {
    html += escapeText(sentence.slice(at, start)) + term(key, sentence.slice(start, end));
    at = end;
  }
  html += escapeText(sentence.slice(at));
  for (const key of missing) html += `${html.trim() ? ' ' : ''}${term(key, wordFor(state, key))}`;
  return {html: html.trim(), missing, matched};
}

function attributes(tag, state) {
  const pairs = [];
  if (supports(tag, 'heading-level') && state.headingLevel !== 2)
    pairs.push(['heading-level', state.headingLevel]);
  if (supports(tag, 'care-phone') && state.carePhone.trim())
    pairs.push(['care-phone', state.carePhone.trim()]);
  if (supports(tag, 'urgent-phone') && state.urgentPhone.trim())
    pairs.push(['urgent-phone', state.urgentPhone.trim()]);
  if (tag === 'treatment-compare' && state.options.length) pairs.push(['options', state.options.join(', ')]);
  return pairs.map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`).join('');
}

/** The content's markup: what goes where the content should appear. */
export function markup(state) {
  if (state.what === 'sentence') {
    const {html} = composeSentence(state);
    return html ? `<p>${html}</p>` : '';
  }
  return placedTags(state)
    .map((tag) => `<${tag}${attributes(tag, state)}></${tag}>`)
    .join('\n');
}

/** How a --bm-* property is edited and checked. */
export const propertyKind = (name) =>
  /(color|background)$/.test(name) ? 'color' : /font-family$/.test(name) ? 'font' : 'other';

/** Whether `value` may go into the stylesheet for `name`; it never can break out of its rule. */
export function validValue(name, value) {
  const v = value.trim();
  if (!v || /[;{}<>\\]/.test(v)) return false;
  const kind = propertyKind(name);
  if (kind === 'color') return CSS.supports('color', v);
  if (kind === 'font') return CSS.supports('font-family', v);
  if (name.endsWith('line-height')) return CSS.supports('line-height', v);
  if (name.endsWith('width')) return CSS.supports('max-width', v);
  return true;
}

// The properties people change most come first; the rest sit under "More settings".
export const primaryProperties = [
  '--bm-text-color',
  '--bm-heading-color',
  '--bm-link-color',
  '--bm-font-family',
  '--bm-heading-font-family',
  '--bm-emergency-color',
  '--bm-emergency-background',
  '--bm-emergency-border-color',
  '--bm-term-color',
];

/** The --bm-* properties of everything that renders, primary ones first. */
export function properties(state) {
  const seen = new Map();
  for (const tag of renderedTags(state)) {
    for (const property of elementsByTag.get(tag)?.cssProperties ?? []) {
      if (!seen.has(property.name)) seen.set(property.name, property);
    }
  }
  const order = (name) => {
    const index = primaryProperties.indexOf(name);
    return index === -1 ? primaryProperties.length : index;
  };
  return [...seen.values()].sort((a, b) => order(a.name) - order(b.name));
}

/** The stylesheet rules for the look, or '' when nothing is set. */
export function cssText(state) {
  const declarations = properties(state)
    .map((property) => [property.name, state.look[property.name]?.trim() ?? ''])
    .filter(([name, value]) => value && validValue(name, value));
  const tags = placedTags(state);
  if (!declarations.length || !tags.length) return '';
  // Custom properties inherit, so setting them on the placed elements reaches nested ones.
  return `${tags.join(',\n')} {\n${declarations.map(([n, v]) => `  ${n}: ${v};`).join('\n')}\n}`;
}

/** The bundle the snippet loads: one language, or every language. */
export const bundleFor = (state) => data.bundles[state.mode === 'one' ? state.lang : ''];

export function baseUrl(state) {
  if (state.delivery === 'cdn') return cdnBase;
  const base = state.base.trim() || defaultBase;
  return base.endsWith('/') ? base : `${base}/`;
}

export function scriptTag(state, base = baseUrl(state)) {
  const bundle = bundleFor(state);
  return `<script type="module" src="${escapeAttribute(base + bundle.path)}" integrity="${bundle.integrity}" crossorigin="anonymous"></script>`;
}

/** The pre-rendered files for this state, or undefined when the build has none for it. */
export function staticFiles(state) {
  if (state.mode !== 'one' || state.what === 'sentence') return undefined;
  const tags = placedTags(state);
  const files = tags.map((tag) => `static/${state.lang}/${tag}.html`);
  const built = new Set(data.staticFragments.files);
  return tags.length && files.every((file) => built.has(file)) ? files : undefined;
}

function npmImports(state) {
  const {npm} = data;
  // One language: the one-language bundle itself, where the package exports it.
  if (state.mode === 'one' && npm.oneLanguage)
    return `import '${npm.oneLanguage.replace('<locale>', state.lang)}';`;
  const entries = unique(placedTags(state).map((tag) => elementsByTag.get(tag)?.entry ?? npm.all));
  const lines = entries.map((entry) => `import '${entry}';`);
  if (state.mode === 'one') {
    lines.push(
      `import {setLocale} from '${npm.localization}';`,
      '',
      `// Always ${state.lang}, whatever the page's <html lang>.`,
      `setLocale('${state.lang}');`
    );
  }
  return lines.join('\n');
}

/**
 * The snippet, as blocks the page shows one by one, each with its own Copy button.
 * kind names the label; the first block is the one to paste where the content goes.
 */
export function blocks(state) {
  const content = markup(state);
  if (!content) return [];
  const css = cssText(state);
  const result = [];
  if (state.delivery === 'npm') {
    result.push(
      {kind: 'html', text: content},
      {kind: 'install', text: `npm install ${data.packageName}@${data.version}`},
      {kind: 'js', text: npmImports(state)}
    );
  } else if (state.delivery === 'static') {
    const files = staticFiles(state);
    if (!files) return [];
    result.push({kind: 'static', text: files.map((file) => cdnBase + file).join('\n')});
  } else {
    result.push({kind: 'htmlScript', text: `${scriptTag(state)}\n\n${content}`});
  }
  if (css) result.push({kind: 'css', text: css});
  return result;
}
