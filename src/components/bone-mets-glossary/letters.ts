/** Sorting and A–Z grouping of glossary entries, as the active locale's collator sees them. */

export interface Item {
  key: string;
  /** The name as shown: first letter upper-cased for the locale. */
  name: string;
  definition: string;
}

export interface LetterGroup {
  /** The letter shown in the heading and the index, e.g. `O` for both "ósea" and "osteoclasto" in Spanish. */
  letter: string;
  items: Item[];
}

/** The first letter of `name` in upper case for `locale` (by code point, so a letter outside the BMP stays whole). */
export function capitalize(name: string, locale: string): string {
  const [first = '', ...rest] = name.normalize('NFC');
  return first.toLocaleUpperCase(locale) + rest.join('');
}

/**
 * Sorts `items` by name for `locale` and groups them by first letter. Two first
 * letters share a group when the collator (sensitivity base) calls them equal:
 * in Spanish "Ó" joins "O", while "Ñ" keeps its own group.
 */
export function groupByLetter(items: Item[], locale: string): LetterGroup[] {
  const collator = new Intl.Collator(locale, {sensitivity: 'base'});
  const sorted = [...items].sort((a, b) => collator.compare(a.name, b.name) || (a.key < b.key ? -1 : 1));
  const groups: LetterGroup[] = [];
  for (const item of sorted) {
    const [first = ''] = item.name;
    const group = groups.find((g) => collator.compare(g.letter, first) === 0);
    if (group) group.items.push(item);
    else groups.push({letter: label(first, collator), items: [item]});
  }
  return groups;
}

/** The letter without accents when the collator says that is the same letter (Ó -> O, not Ñ -> N in Spanish). */
function label(letter: string, collator: Intl.Collator): string {
  const [plain = letter] = letter.normalize('NFD');
  return collator.compare(plain, letter) === 0 ? plain : letter;
}
