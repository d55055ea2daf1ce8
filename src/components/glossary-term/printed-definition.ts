// Full stops that end a sentence: a Latin one before a space, or an ideographic one.
const sentenceEnd = /[.!?](?=\s)|[。！？]/u;

/**
 * What paper shows in brackets after a word: the definition's first sentence,
 * which says what the word is, without its closing full stop and with a small
 * first letter ("lesions (an area of the body that has changed because of
 * disease)"). The sentences after it say where the reader meets the word,
 * which the printed sentence around it already does.
 */
export function printedDefinition(definition: string, lang: string): string {
  const end = sentenceEnd.exec(definition);
  const first = (end ? definition.slice(0, end.index) : definition).trim().replace(/[.!?。！？]+$/u, '');
  // "A bone cell" -> "a bone cell"; "MRI ..." and "X-ray ..." keep their capitals.
  return first.replace(/^\p{Lu}(?=\p{Ll}*\s)/u, (letter) => letter.toLocaleLowerCase(lang));
}
