// Which of many phrases a text contains, reading the text once rather than once per phrase: the
// field keywords are some 1,400 phrases and `text.includes(phrase)` for each was a tenth of an
// entry's CPU (docs/PERFORMANCE.md, Intake).

/**
 * An index of phrases written ` like this ` (a space before and after, words split by one space),
 * as `padded.includes(phrase)` reads them. Returns a function that gives the positions, in
 * ascending order, of the phrases that `padded` contains, `padded` itself with a space at each end.
 * Exactly `phrases.filter(p => padded.includes(p))`'s positions (phrase-index.test.ts).
 */
export function phraseIndex(phrases: readonly string[]): (padded: string) => number[] {
  const byFirstWord = new Map<string, { at: number; words: string[] }[]>();
  phrases.forEach((phrase, at) => {
    if (!phrase.startsWith(' ') || !phrase.endsWith(' ') || phrase.length < 2)
      throw new Error(`phraseIndex: «${phrase}» needs a space at each end`);
    const words = phrase.slice(1, -1).split(' ');
    const list = byFirstWord.get(words[0]!) ?? [];
    list.push({ at, words });
    byFirstWord.set(words[0]!, list);
  });
  return (padded) => {
    // Between the first and the last split lie the words with a space on each side.
    const words = padded.split(' ');
    const last = words.length - 2;
    const found = new Set<number>();
    for (let i = 1; i <= last; i++) {
      for (const phrase of byFirstWord.get(words[i]!) ?? []) {
        if (found.has(phrase.at) || i + phrase.words.length - 1 > last) continue;
        if (phrase.words.every((w, j) => words[i + j] === w)) found.add(phrase.at);
      }
    }
    return [...found].sort((a, b) => a - b);
  };
}
