/**
 * Reading the host's `options`: which treatments to compare first. Pure
 * functions, so malformed input is handled (and tested) without the element.
 */
import {treatmentKeys, type TreatmentKey} from '../../content/treatments.js';

/** Fewest treatments that make a comparison. */
export const minOptions = 2;
/** Most treatments shown side by side: more do not fit a phone or a printed page. */
export const maxOptions = 4;
/** Shown when the host asks for nothing usable: the article's first whole-body and first one-spot treatment. */
export const defaultOptions: readonly TreatmentKey[] = ['chemotherapy', 'radiation-therapy'];

const known = new Set<string>(treatmentKeys);
const isTreatmentKey = (key: string): key is TreatmentKey => known.has(key);

/** Keys in the article's order, so columns never jump around as the reader picks. */
export const inArticleOrder = (keys: Iterable<TreatmentKey>): TreatmentKey[] => {
  const wanted = new Set(keys);
  return treatmentKeys.filter((key) => wanted.has(key));
};

export interface ResolvedOptions {
  /** 1 to `maxOptions` known keys, in the article's order. */
  keys: TreatmentKey[];
  /** What was wrong with the request, for one console warning; absent when nothing was. */
  problem?: string;
}

/**
 * Unknown keys are left out; past `maxOptions` only the first ones (as written) are kept;
 * an empty or all-unknown list gives `defaultOptions`. An empty list is not a problem: it
 * reads as "no preference".
 */
export function resolveOptions(requested: readonly string[]): ResolvedOptions {
  const valid = requested.filter(isTreatmentKey);
  const unknown = requested.filter((key) => !isTreatmentKey(key));
  const kept = valid.slice(0, maxOptions);
  const keys = inArticleOrder(kept.length ? kept : defaultOptions);
  const problems: string[] = [];
  if (unknown.length) {
    problems.push(`no treatment ${unknown.map((key) => `"${key}"`).join(', ')}, so it is left out`);
  }
  if (valid.length > maxOptions)
    problems.push(`only ${maxOptions} can be compared, so the first ${maxOptions} are kept`);
  if (!kept.length && unknown.length) problems.push(`showing ${keys.join(', ')} instead`);
  if (problems.length) problems.push(`known keys: ${treatmentKeys.join(', ')}`);
  return problems.length ? {keys, problem: problems.join('; ')} : {keys};
}
