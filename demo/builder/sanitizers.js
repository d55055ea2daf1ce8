// The sanitizer allow-lists a CMS needs to keep the snippet: DOMPurify and sanitize-html
// configuration for the placed elements and every attribute the manifest gives them,
// plus, for pre-rendered HTML, its shadow-root templates and what they use.
import {data} from '../../dist/builder/data.js';
import {elementsByTag} from './state.js';
import {placedTags} from './snippet.js';

const unique = (values) => [...new Set(values)];

// Attributes sanitizers already keep (aria-* by pattern): not repeated in the lists.
const commonAttributes = new Set(['id', 'class', 'lang', 'dir', 'role', 'href', 'title', 'hidden']);

/** What a sanitizer must keep of the snippet, as DOMPurify and sanitize-html configuration. */
export function allowList(state) {
  const placed = placedTags(state);
  const attributeMap = Object.fromEntries(
    placed.map((tag) => [tag, (elementsByTag.get(tag)?.attributes ?? []).map((a) => a.name)])
  );
  const customAttributes = unique(Object.values(attributeMap).flat());
  const pre = state.delivery === 'static';
  // Pre-rendered HTML carries its shadow roots too: every tag and attribute those files use.
  const scanned = pre ? data.staticFragments : {tags: [], attributes: []};
  const tags = unique([...placed, ...(pre ? ['template'] : []), ...scanned.tags]);
  const attributes = pre
    ? unique([
        'shadowrootmode',
        'part',
        'slot',
        ...scanned.attributes.filter((a) => !a.startsWith('aria-') && !commonAttributes.has(a)),
      ]).filter((a) => !customAttributes.includes(a))
    : [];
  const quote = (values) => values.map((v) => `'${v}'`).join(', ');
  const alternation = (values) => values.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const dompurify = [
    'const clean = DOMPurify.sanitize(dirty, {',
    `  ADD_TAGS: [${quote(tags)}],`,
    `  ADD_ATTR: [${quote([...customAttributes, ...attributes])}],`,
    '  CUSTOM_ELEMENT_HANDLING: {',
    `    tagNameCheck: /^(?:${alternation(tags.filter((t) => t.includes('-')))})$/,`,
    `    attributeNameCheck: /^(?:${alternation(customAttributes)})$/,`,
    '    allowCustomizedBuiltInElements: false,',
    '  },',
    '});',
  ].join('\n');
  const attributeLines = Object.entries(attributeMap).map(
    ([tag, names]) => `    '${tag}': [${quote(names)}],`
  );
  if (pre) {
    const everywhere = [
      'lang',
      'dir',
      'id',
      'class',
      'role',
      'aria-*',
      ...attributes.filter((a) => a !== 'shadowrootmode'),
    ];
    attributeLines.push(`    template: ['shadowrootmode'],`, `    '*': [${quote(unique(everywhere))}],`);
  }
  const sanitizeHtml = [
    'const clean = sanitizeHtml(dirty, {',
    `  allowedTags: sanitizeHtml.defaults.allowedTags.concat([${quote(tags)}]),`,
    '  allowedAttributes: {',
    '    ...sanitizeHtml.defaults.allowedAttributes,',
    ...attributeLines,
    '  },',
    '});',
  ].join('\n');
  return {dompurify, sanitizeHtml};
}
