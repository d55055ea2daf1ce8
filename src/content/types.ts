import type {TemplateResult} from 'lit';

/** A localized sentence: plain text, or a template when a <glossary-term> sits mid-sentence. */
export type Message = string | TemplateResult;
