// An entry of the normalisation table as the office writes it (a variant and what it reads as),
// and the table sent to save it. Apart from the compiler (lexicon.ts), so that the built-in
// tables (lexicon.*.vi.ts) name it without importing the compiler that reads them.
import { z } from 'zod';

export const lexiconKinds = ['abbreviation', 'synonym', 'place'] as const;
export type LexiconKind = (typeof lexiconKinds)[number];

const words = z.string().trim().min(1).max(120);
export const LexiconEntry = z.strictObject({
  kind: z.enum(lexiconKinds),
  canonical: words,
  variants: z.array(words).max(40),
});
export type LexiconEntry = z.infer<typeof LexiconEntry>;

export const LexiconInput = z.strictObject({
  entries: z.array(LexiconEntry).max(2000),
  version: z.number().int().nonnegative(),
});
export type LexiconInput = z.infer<typeof LexiconInput>;
