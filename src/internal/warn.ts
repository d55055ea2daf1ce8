// Shared by every copy of the library on the page (a page may load it twice),
// so each distinct problem is reported once, however many tags share it.
const registry = globalThis as {[key: symbol]: Set<string> | undefined};
const key = Symbol.for('bone-mets-elements.warned');
const warned = (registry[key] ??= new Set<string>());

// Bounds, so a hostile or broken page cannot grow the registry without limit:
// a bad value is remembered by its first characters only, and after this many
// distinct problems the console has said enough.
const MAX_ID_LENGTH = 200;
const MAX_WARNINGS = 100;
const MAX_MESSAGE_LENGTH = 500;

/** One console warning per distinct problem, so a page with 100 bad tags stays readable. */
export function warnOnce(id: string, message: string): void {
  const bounded = id.length > MAX_ID_LENGTH ? id.slice(0, MAX_ID_LENGTH) : id;
  if (warned.has(bounded) || warned.size >= MAX_WARNINGS) return;
  warned.add(bounded);
  const text = message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH)}…` : message;
  console.warn(`[bone-mets-elements] ${text}`);
}

/** Forget what was reported, so the next problem warns again (tests; a single-page app's new view). */
export function resetWarnings(): void {
  warned.clear();
}
