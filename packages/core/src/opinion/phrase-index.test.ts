import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phraseIndex } from './phrase-index.js';

/** What the index stands for: each phrase looked for in the whole text. */
const naive = (phrases: readonly string[], padded: string) =>
  phrases.flatMap((p, at) => (padded.includes(p) ? [at] : []));

describe('phraseIndex', () => {
  it('finds exactly the phrases that includes() finds, spaces doubled or not', () => {
    const word = fc.constantFrom('a', 'b', 'ab', 'ba', 'c', '');
    const words = fc.array(word, { minLength: 1, maxLength: 4 });
    const phrase = words.map((w) => ` ${w.join(' ')} `);
    fc.assert(
      fc.property(
        fc.array(phrase, { maxLength: 12 }),
        fc.array(word, { maxLength: 12 }),
        (ps, ws) => {
          const padded = ` ${ws.join(' ')} `;
          expect(phraseIndex(ps)(padded)).toEqual(naive(ps, padded));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('counts a phrase once however often it occurs, and not across a word', () => {
    const find = phraseIndex([' duong ', ' o ga ', ' duong lien thon ']);
    expect(find(' sua duong o ga duong lien thon o ga ')).toEqual([0, 1, 2]);
    expect(find(' duongx o gaz ')).toEqual([]);
  });

  it('refuses a phrase without its spaces', () => {
    expect(() => phraseIndex(['duong'])).toThrow(/space/);
  });
});
