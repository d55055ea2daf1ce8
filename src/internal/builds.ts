/**
 * Copies of the library on one page (a script tag included twice, the
 * every-language bundle beside a one-language one, two versions). Shared
 * through a global symbol, as the warnings are: the copy that registers the
 * elements first shows them, and the others know it.
 */

/** One copy of the library, as the others see it. */
export interface Build {
  version: string;
  /** The languages it carries (one for a one-language bundle). */
  locales: readonly string[];
  /** The locale it shows. */
  locale(): string;
}

const builds = ((globalThis as {[key: symbol]: {shown?: Build}})[Symbol.for('bone-mets-elements.builds')] ??=
  {});

/** The copy whose elements are on the page, if any copy registered one yet. */
export const shownBuild = (): Build | undefined => builds.shown;

/** Called when `build` registers an element: the first to do so shows the elements. */
export const claimPage = (build: Build) => void (builds.shown ??= build);

/** "0.2.0 (en,es,…)": what a copy is, for a warning; equal for the same file loaded twice. */
export const describeBuild = (b: Build): string => `${b.version} (${b.locales})`;
