// Turns locales/status.json into src/generated/translation-status.ts, so
// <bone-mets-sources> can tell readers how their language's text was made.
import {readFileSync, writeFileSync, mkdirSync} from 'node:fs';

const {locales} = JSON.parse(readFileSync('locales/status.json', 'utf8'));
const entries = Object.fromEntries(
  Object.entries(locales).map(([locale, s]) => [
    locale,
    {method: s.method, reviewed: Boolean(s.reviewedBy && s.reviewedOn), reviewedOn: s.reviewedOn ?? null},
  ])
);
mkdirSync('src/generated', {recursive: true});
writeFileSync(
  'src/generated/translation-status.ts',
  `// Generated from locales/status.json by scripts/translation-status.mjs. Do not edit.
export interface TranslationStatus {
  /** How the translation was made: 'ai-draft' or 'professional'. */
  method: string;
  /** Whether a qualified medical translator has reviewed it. */
  reviewed: boolean;
  /** ISO date of that review. */
  reviewedOn: string | null;
}
export const translationStatus: Record<string, TranslationStatus> = ${JSON.stringify(entries, null, 2)};
`
);
