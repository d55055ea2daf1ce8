/**
 * Parsing of the `care-phone` and `urgent-phone` values: a hospital's lines as
 * a page author writes them. Only a value that is plainly a phone number
 * becomes a `tel:` link; the raw value never reaches an href.
 */

/** A phone number that is safe to dial. */
export interface CarePhone {
  /** The number as the page wrote it, whitespace tidied: local conventions stay the page's. */
  display: string;
  /** `tel:` + digits (with a leading + if given) + `;ext=N` (RFC 3966) when there is an extension. */
  href: string;
}

/** "ext. 12", "ext 12", "x12" at the end of the value. */
const EXTENSION = /\s*(?:ext\.?|x)\s*(\d{1,6})$/i;
/** Digits, spaces, dashes, dots and parentheses, with an optional leading +. Nothing else. */
const NUMBER = /^\+?[\d\s().-]+$/;
/** Longer than any real number with its punctuation: not worth running patterns on. */
const MAX_LENGTH = 40;

function balancedParentheses(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '(') depth++;
    if (char === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * The number in `value`, or undefined when it is not plainly a phone number.
 *
 * Accepts 3 to 15 digits (15 is the E.164 maximum). Three- and four-digit
 * numbers are allowed on purpose: some hospitals give an internal short
 * number or an emergency number (911, 112) as the line to call, and the page
 * author knows the readers' phone system better than we do.
 */
export function parseCarePhone(value: string): CarePhone | undefined {
  const text = value.trim();
  if (text.length > MAX_LENGTH) return undefined;
  const extension = EXTENSION.exec(text);
  const number = extension ? text.slice(0, extension.index) : text;
  if (!NUMBER.test(number) || !balancedParentheses(number)) return undefined;
  const digits = number.replace(/\D/g, '');
  if (digits.length < 3 || digits.length > 15) return undefined;
  const plus = number.startsWith('+') ? '+' : '';
  return {
    display: text.replace(/\s+/g, ' '),
    href: `tel:${plus}${digits}${extension ? `;ext=${extension[1]}` : ''}`,
  };
}

/**
 * The text of a phone property as frameworks pass it: a string, or a number
 * (`carePhone={2155550100}`). Anything else (an object, an array, NaN) is
 * undefined; describing it never calls its own `toString()`.
 */
export function phoneText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'bigint')
    return String(value);
  return undefined;
}

/** What a value that is not a phone number is, for a console warning. */
export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return String(value); // NaN, Infinity
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
