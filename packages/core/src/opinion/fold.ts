// Vietnamese text folding for search, duplicates and classification: NFC, lower case, accents
// stripped, đ→d (Unicode keeps đ a letter of its own, so FTS5's remove_diacritics misses it),
// punctuation to spaces, runs of spaces collapsed. Stored text stays NFC; only shadows are folded.

/** Folds text to plain a–z/0–9 words separated by single spaces. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The folded syllables of a text (Vietnamese writes one syllable per word). */
export function syllables(text: string): string[] {
  const folded = foldVietnamese(text);
  return folded ? folded.split(' ') : [];
}

/** Syllables and adjacent-syllable bigrams ("duong_giao"): bigrams carry most of the meaning. */
export function textFeatures(text: string): string[] {
  const s = syllables(text);
  const out = [...s];
  for (let i = 0; i + 1 < s.length; i++) out.push(`${s[i]}_${s[i + 1]}`);
  return out;
}

/** Turns what a person typed into search words (folded), dropping nothing but empties. */
export function searchTerms(query: string): string[] {
  return syllables(query).slice(0, 12);
}
