/** Every element the library defines, in the article's reading order, then the two standalone ones. Shared by the server and the allow-lists. */
export const tags = [
  'bone-mets-article',
  'bone-mets-overview',
  'bone-mets-types',
  'bone-mets-causes',
  'bone-mets-signs',
  'bone-mets-diagnosis',
  'bone-mets-treatments',
  'bone-mets-glossary',
  'bone-mets-sources',
  'treatment-compare',
  'glossary-term',
] as const;

export type Tag = (typeof tags)[number];
