/**
 * What an HTML sanitizer must let through for our elements and pre-rendered HTML to
 * survive a CMS (`import {domPurifyConfig, sanitizeHtmlOptions} from 'bone-mets-elements/allow-lists.js'`).
 * Tested against DOMPurify and sanitize-html with every pre-rendered fragment: no
 * word is lost, and the elements still hydrate or render.
 *
 * Pre-rendered HTML carries its styles in `<style>` inside each declarative shadow
 * root (`<template shadowrootmode="open">`) and Lit's comment markers, which the
 * script needs to take the content over; a sanitizer that drops comments still
 * leaves readable text (the script then renders the elements afresh).
 */

import {tags} from './internal/tags.js';

/** Our elements. */
export const elementTags = tags;

/** Our elements' attributes, and the ones Lit's server rendering adds. */
export const elementAttributes = [
  'heading-level',
  'care-phone',
  'urgent-phone',
  'term',
  'terms',
  'options',
  'plain',
  'slot',
  'defer-hydration',
] as const;

/** What pre-rendered HTML uses inside its shadow roots, beyond ordinary text markup. */
export const prerenderedTags = [
  'template',
  'style',
  'slot',
  'section',
  'figure',
  'figcaption',
  'table',
  'caption',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'dl',
  'dt',
  'dd',
  'cite',
  'time',
  'svg',
  'g',
  'path',
  'circle',
  'ellipse',
  'text',
] as const;

/** Attributes of pre-rendered HTML (with `aria-*` beside them). */
export const prerenderedAttributes = [
  'shadowrootmode',
  'lang',
  'dir',
  'id',
  'class',
  'part',
  'role',
  'tabindex',
  'name',
  'scope',
  'datetime',
  'href',
  'data-columns',
  'data-site',
  // The skeleton drawing.
  'viewBox',
  'width',
  'height',
  'focusable',
  'd',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'x',
  'y',
  'dy',
  'fill',
  'stroke',
  'stroke-width',
  'stroke-linecap',
  'stroke-linejoin',
  'text-anchor',
  'font-size',
] as const;

/** The ordinary text markup of a page, which every CMS already allows. */
export const textTags = [
  'p',
  'div',
  'span',
  'ul',
  'ol',
  'li',
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'em',
];

/** DOMPurify 3: `DOMPurify.sanitize(html, domPurifyConfig)`. Keeps comments for hydration. */
export const domPurifyConfig = {
  ADD_TAGS: [...elementTags, ...prerenderedTags],
  ADD_ATTR: [...elementAttributes, ...prerenderedAttributes],
  CUSTOM_ELEMENT_HANDLING: {
    tagNameCheck: /^(bone-mets-[a-z]+|treatment-compare|glossary-term)$/,
    attributeNameCheck: new RegExp(`^(${elementAttributes.join('|')})$`),
    allowCustomizedBuiltInElements: false,
  },
  SAFE_FOR_TEMPLATES: false,
};

/** sanitize-html 2: `sanitizeHtml(html, sanitizeHtmlOptions)`. It always drops comments. */
export const sanitizeHtmlOptions = {
  allowedTags: [...textTags, ...elementTags, ...prerenderedTags],
  allowedAttributes: {
    '*': [...elementAttributes, ...prerenderedAttributes, 'aria-*'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  // <style> and <text> hold text that must stay (sanitize-html empties style by default).
  nonTextTags: ['script', 'textarea', 'option', 'noscript'],
  allowVulnerableTags: true,
  parser: {lowerCaseAttributeNames: false, lowerCaseTags: false},
};
