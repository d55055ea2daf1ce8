// Shared by every copy of the library on the page (a page may load it twice),
// so each distinct problem is reported once, however many tags share it.
const warned = ((globalThis as {[key: symbol]: Set<string>})[Symbol.for('bone-mets-elements.warned')] ??=
  new Set<string>());

/** `text`, cut short: a hostile or broken page cannot make us keep or print a 10 MB value. */
const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/**
 * One console warning per distinct problem, so a page with 100 bad tags stays readable.
 * A problem is remembered by its first 200 characters, and after 100 problems the console has said enough.
 */
export function warnOnce(id: string, message: string): void {
  const key = cut(id, 200);
  if (warned.has(key) || warned.size >= 100) return;
  warned.add(key);
  console.warn(`[bone-mets-elements] ${cut(message, 500)}`);
}

/** Forget what was reported, so the next problem warns again (tests; a single-page app's new view). */
export function resetWarnings(): void {
  warned.clear();
}
