/**
 * A list of content keys as a host page writes it in an attribute
 * (`options="Surgery, radiation-therapy"`, `terms="osteoclast osteoblast"`):
 * separated by commas or spaces, case-insensitive, duplicates dropped.
 * Anything that is not a string or an array of strings reads as an empty
 * list. Never throws.
 */
export function parseKeyList(value: unknown): string[] {
  const parts = Array.isArray(value) ? value : [value];
  const tokens = parts
    .filter((part): part is string => typeof part === 'string')
    .flatMap((part) => part.split(/[\s,]+/))
    .map((token) => token.toLowerCase())
    .filter(Boolean);
  return [...new Set(tokens)];
}
