// A syllable by its sound: the spellings people confuse read alike. Used for a petition's words
// (features.ts) and, for phrases of two syllables or more, to match the table (lexicon.ts).

/**
 * A folded syllable by its sound, so that the spellings people confuse meet: x/s, tr/ch, d/gi/r,
 * ngh/ng, gh/g, k/c, final c/t, ch/t, ng/n, nh/n ("xạt lở" and "sạt lở", "dò rỉ" and "rò rỉ",
 * "xuốn cấp" and "xuống cấp"). Numbers and codes are left as they are.
 */
export function soundKey(t: string): string {
  return remember(sounds, t, soundOf);
}

function soundOf(t: string): string {
  if (!/^[a-z]+$/.test(t)) return t;
  return t
    .replace(/^ngh/, 'ng')
    .replace(/^gh/, 'g')
    .replace(/^gi(?=[aeiouy])/, 'd')
    .replace(/^r/, 'd')
    .replace(/^x/, 's')
    .replace(/^tr/, 'ch')
    .replace(/^k(?=[iey])/, 'c')
    .replace(/(ng|nh)$/, 'n')
    .replace(/(ch|c)$/, 't');
}

// Vietnamese has a few thousand syllables: each one's sound and marks are worked out once.
const sounds = new Map<string, string>();
const MEMO = 50_000;
function remember(
  memo: Map<string, string>,
  key: string,
  compute: (key: string) => string,
): string {
  let v = memo.get(key);
  if (v === undefined) {
    if (memo.size >= MEMO) memo.clear();
    memo.set(key, (v = compute(key)));
  }
  return v;
}
