/**
 * What paper shows in brackets after a word: the definition's first sentence,
 * which says what the word is, without its full stop ("lesions (An area of
 * the body that has changed because of disease)"). The sentences after it say
 * where the reader meets the word, which the printed sentence around it
 * already does.
 */
export const printedDefinition = (definition: string): string =>
  // Up to the first full stop: a Latin one before a space or the end, or an ideographic one.
  /^.*?(?=[.!?](?:\s|$)|[。！？])/su.exec(definition)?.[0] ?? definition;
