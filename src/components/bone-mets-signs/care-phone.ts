/**
 * Parsing of the `care-phone` attribute: a hospital's triage line as a page
 * author writes it. Only a value that is plainly a phone number becomes a
 * `tel:` link; the raw attribute never reaches an href.
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
