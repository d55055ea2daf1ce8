// Shared by every copy of the library on the page (a page may load it twice),
// so each distinct problem is reported once, however many tags share it.
const registry = globalThis as {[key: symbol]: Set<string> | undefined};
const key = Symbol.for('bone-mets-elements.warned');
const warned = (registry[key] ??= new Set<string>());

/** One console warning per distinct problem, so a page with 100 bad tags stays readable. */
export function warnOnce(id: string, message: string): void {
  if (warned.has(id)) return;
  warned.add(id);
  console.warn(`[bone-mets-elements] ${message}`);
}
