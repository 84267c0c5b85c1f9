// The normalisation table, compiled: every variant (folded, a '#' for a number) mapped to its
// canonical words, so that "UBND", "xóm 7", "ĐT.553" and "gỗ lậu" read as "ủy ban nhân dân",
// "thôn 7", "đường tỉnh 553" and "khai thác gỗ trái phép". Places become a feature of their own
// ("@khe-lau"). Pure: the server merges the built-in table, the province's and the commune's
// entries and the unit tree's village names, then compiles once per version.
import { foldVietnamese } from '../fold.js';
import type { LexiconEntry } from './lexicon-entry.js';
import { soundKey } from './sound.js';
import {
  builtInLexicon,
  numberWords,
  problemCanonicals,
  settlementWords,
  settlementWordsBeforeNumber,
} from './lexicon.vi.js';

/**
 * One rewrite: a pattern of folded syllables ('#' = a number) and what it reads as. `written` is
 * the pattern as written with accents: a word the writer typed with other accents is another word
 * ("lò" is not "lộ"), while one typed without accents matches on its folded form.
 */
interface Rule {
  pattern: string[];
  canonical: string[];
  place: string | null;
  written?: (string[] | null)[];
  /**
   * A rule matched by sound: each word's vowel marks (â ă ê ô ơ ư) and đ as the table writes it.
   * A word typed with marks must have the same ones: "xạt lở" is "sạt lở" misspelt, "Văn Đức" is
   * not "vẩn đục", nor "từ đơn" "tù đọng", nor "ghi diện tích" "ghi điện", nor "cháy động cơ"
   * "chạy rông" (one who types đ types it where it belongs; d, gi and r are what people confuse).
   */
  marks?: (string[] | null)[];
}

/** The vowel marks of a word (circumflex, breve, horn) and its đ, in order; not its tone. */
export const vowelMarks = (word: string): string =>
  [...word.normalize('NFD')]
    .filter((c) => c === '\u0302' || c === '\u0306' || c === '\u031b' || c === 'đ')
    .join('');
const hasDiacritic = (word: string) => /[^\p{ASCII}]/u.test(word);

/**
 * A word's letters with their vowel marks and đ, without its tone: "lộ" and "lò" differ, "sửa" and
 * "sữa" (the tone people most often mistype) do not. For words typed with accents.
 */
export function accentKey(word: string): string {
  let v = accentKeys.get(word);
  if (v === undefined) {
    if (accentKeys.size >= 50_000) accentKeys.clear();
    accentKeys.set(
      word,
      (v = word
        .normalize('NFD')
        .toLowerCase()
        .replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '')
        .normalize('NFC')),
    );
  }
  return v;
}
const accentKeys = new Map<string, string>();

/** A word's letters and every mark, wherever the tone sits ("uỷ" and "ủy" are one word; "để" and "đê" are not). */
export function toneKey(word: string): string {
  let v = toneKeys.get(word);
  if (v === undefined) {
    if (toneKeys.size >= 50_000) toneKeys.clear();
    const d = word.normalize('NFD').toLowerCase();
    toneKeys.set(
      word,
      (v = `${d.replace(/[\u0300-\u036f]/g, '')}|${[...d.replace(/[^\u0300-\u036f]/g, '')].sort().join('')}`),
    );
  }
  return v;
}
const toneKeys = new Map<string, string>();

/** A text's words as written, lower-cased, with their accents. */
const wordsAsWritten = (s: string): string[] =>
  s
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * How a pattern's words were written, to match a word typed with accents: a one-word pattern by
 * every mark ("lộ" is not "lô", "chó" is not "cho": one syllable has nothing else to tell it
 * apart), a longer one by letters and vowel marks, tones aside ("hẹn đi hẹn lại" however typed).
 */
const writtenWords = (s: string): (string[] | null)[] => {
  const words = wordsAsWritten(s.replaceAll('#', ' 0 '));
  const single = words.filter((w) => w !== '0').length === 1;
  return words.map((w) => (w === '0' ? null : [single ? `t|${toneKey(w)}` : `a|${accentKey(w)}`]));
};

export interface CompiledLexicon {
  /** First pass: "xóm 7", "TDP 7", "tổ 7" read as "thôn 7". */
  readonly settlements: ReadonlyMap<string, readonly Rule[]>;
  /** Second pass: named places, before any other rewrite ("Khe Lau" is not "khe chậm"). */
  readonly places: ReadonlyMap<string, readonly Rule[]>;
  /** Third pass: abbreviations and synonyms, on the words no place took. Keyed by first syllable, longest first. */
  readonly rules: ReadonlyMap<string, readonly Rule[]>;
  /** The place names, for people: key → name as written. */
  readonly placeNames: ReadonlyMap<string, string>;
  /** The places whose name stands inside another's ("Đập Khe Lau" is at "Khe Lau"): key → those keys. */
  readonly placeParents: ReadonlyMap<string, readonly string[]>;
  /** Every folded word of a canonical's variants, by the canonical: the other spellings to look up in the text index. */
  readonly families: ReadonlyMap<string, readonly string[]>;
  /** The folded canonicals that say what is wrong (lexicon.vi.ts problemCanonicals). */
  readonly problems: ReadonlySet<string>;
  /**
   * The third pass's rules of two syllables or more, by sound (sound.ts): tried when no rule
   * matches as written, so a misspelling that swaps letters people confuse ("xạt lỡ", "nấn chiếm",
   * "dột nác") still reads as the table's words. One syllable alone is too short to guess from.
   */
  readonly soundRules: ReadonlyMap<string, readonly Rule[]>;
}

export const isNumberToken = (t: string) => /^\d+[a-z]?$/.test(t);

/** "Thôn Khe Lau" → "khe lau": a village is also named without its settlement word. */
function withoutSettlementWord(folded: string[]): string[] | null {
  for (const w of settlementWords) {
    const s = foldVietnamese(w).split(' ');
    if (
      s.length < folded.length &&
      s.every((x, i) => folded[i] === x) &&
      !isNumberToken(folded[s.length]!)
    )
      return folded.slice(s.length);
  }
  return null;
}

function addRule(map: Map<string, Rule[]>, added: Rule) {
  let rule = added;
  if (rule.pattern.length === 0) return;
  const head = rule.pattern[0]!;
  const list = map.get(head) ?? [];
  // A later entry for the same pattern wins (a commune's entry over the province's over the built-in).
  const same = list.findIndex((r) => r.pattern.join(' ') === rule.pattern.join(' '));
  if (same >= 0) {
    const old = list[same]!;
    // "đt #" and "dt #" for one canonical: either way of writing it matches.
    if (old.canonical.join(' ') === rule.canonical.join(' ') && old.written && rule.written) {
      rule = {
        ...rule,
        written: rule.written.map((w, k) =>
          w && old.written![k] ? [...new Set([...w, ...old.written![k]!])] : null,
        ),
      };
    } else if (old.canonical.join(' ') === rule.canonical.join(' '))
      rule = { ...rule, written: undefined };
    list.splice(same, 1);
  }
  list.push(rule);
  list.sort((a, b) => b.pattern.length - a.pattern.length);
  map.set(head, list);
}

const placeKey = (folded: string[]) => folded.join('-');
const foldedWords = (s: string) =>
  foldVietnamese(s.replaceAll('#', ' 0 '))
    .split(' ')
    .filter(Boolean)
    .map((x) => (x === '0' ? '#' : x));

/**
 * Compiles entries (later ones override earlier ones with the same variant) and the unit tree's
 * place names. The built-in table comes first unless `withBuiltIn` is false.
 */
export function compileLexicon(
  entries: readonly LexiconEntry[] = [],
  placeNames: readonly string[] = [],
  withBuiltIn = true,
): CompiledLexicon {
  const all = withBuiltIn ? [...builtInLexicon, ...entries] : [...entries];
  const settlements = new Map<string, Rule[]>();
  for (const w of settlementWords) {
    const folded = foldVietnamese(w).split(' ');
    const written = writtenWords(w);
    addRule(settlements, {
      pattern: [...folded, '#'],
      canonical: ['thon', '#'],
      place: null,
      written: [...written, null],
    });
    // The number word by every mark, typed with accents: "thôn tư" is thôn 4, "liên thôn từ Giang
    // Hà" is not, nor "xóm ba" beside "xóm bà Lan".
    for (const [word, n] of Object.entries(numberWords))
      addRule(settlements, {
        pattern: [...folded, foldVietnamese(word)],
        canonical: ['thon', n],
        place: null,
        written: [...written, [`t|${toneKey(word)}`]],
      });
    if (!settlementWordsBeforeNumber.includes(w))
      addRule(settlements, { pattern: folded, canonical: ['thon'], place: null, written });
  }
  const rules = new Map<string, Rule[]>();
  // A canonical reads as itself, so "ủy ban nhân dân" is not read again from its tail ("nhân dân").
  for (const e of all) {
    if (e.kind === 'place') continue;
    const c = foldedWords(e.canonical);
    const written = writtenWords(e.canonical);
    addRule(rules, {
      pattern: c,
      canonical: c,
      place: null,
      ...(written.length === c.length ? { written } : {}),
    });
  }
  for (const e of all) {
    if (e.kind === 'place') continue;
    const canonical = foldedWords(e.canonical);
    for (const v of e.variants) {
      const pattern = foldedWords(v);
      const written = writtenWords(v);
      // "ql #" reads as "quốc lộ #": the number stays.
      addRule(rules, {
        pattern,
        canonical:
          pattern.includes('#') && !canonical.includes('#') ? [...canonical, '#'] : canonical,
        place: null,
        ...(written.length === pattern.length ? { written } : {}),
      });
    }
  }
  const families = new Map<string, string[]>();
  for (const e of all) {
    if (e.kind === 'place') continue;
    const key = foldedWords(e.canonical).join(' ');
    const words = new Set(
      [...(families.get(key) ?? []), ...[e.canonical, ...e.variants].flatMap(foldedWords)].filter(
        (w) => w !== '#',
      ),
    );
    families.set(key, [...words]);
  }
  const places = new Map<string, Rule[]>();
  const names = new Map<string, string>();
  const settled = (text: string) =>
    rewrite(splitCodes(foldedWords(text).map((t) => ({ t }))), settlements).map((x) => x.t);
  // The name as a petition typed with accents reads it: "Thôn Nam" is not "thôn năm" (5) then.
  const settledAsTyped = (text: string): string[] | null => {
    const folded = foldedWords(text);
    const written = wordsAsWritten(text);
    if (written.length !== folded.length) return null;
    const tokens = folded.map((t, k) => ({
      t,
      surface: written[k]!,
      accent: accentKey(written[k]!),
    }));
    return rewrite(tokens, settlements).map((x) => x.t);
  };
  const addPlace = (name: string, variants: readonly string[]) => {
    const canonical = settled(name);
    if (canonical.length === 0) return;
    const key = placeKey(withoutSettlementWord(foldedWords(name)) ?? canonical);
    names.set(key, name);
    for (const v of [name, ...variants]) {
      const pattern = settled(v);
      addRule(places, { pattern, canonical: pattern, place: key });
      const typed = settledAsTyped(v);
      if (typed && typed.join(' ') !== pattern.join(' '))
        addRule(places, { pattern: typed, canonical: typed, place: key });
      const bare = withoutSettlementWord(foldedWords(v));
      // "Khe Lau" alone names the place only when it has two syllables or more ("Bắc" alone does not).
      if (bare && bare.length >= 2) {
        addRule(places, { pattern: bare, canonical: bare, place: key });
        // "T.Lưu", "V.Lộc", "B.Sơn": the first syllable cut to its initial (tokenize keeps the dot).
        const initialed = [`${bare[0]![0]}.`, ...bare.slice(1)];
        addRule(places, { pattern: initialed, canonical: initialed, place: key });
      }
    }
  };
  for (const e of all) if (e.kind === 'place') addPlace(e.canonical, e.variants);
  for (const p of placeNames) addPlace(p, []);
  // A place named inside another's name: "đập Khe Lau" is also at "Khe Lau".
  const patternsByKey = new Map<string, string[]>();
  for (const list of places.values())
    for (const r of list)
      patternsByKey.set(r.place!, [
        ...(patternsByKey.get(r.place!) ?? []),
        ` ${r.pattern.join(' ')} `,
      ]);
  const placeParents = new Map<string, string[]>();
  for (const [key, own] of patternsByKey) {
    const inside = [...patternsByKey]
      .filter(([k, ps]) => k !== key && own.some((o) => ps.some((p) => o.includes(p))))
      .map(([k]) => k);
    if (inside.length) placeParents.set(key, inside);
  }
  return {
    settlements,
    places,
    rules,
    placeNames: names,
    placeParents,
    families,
    problems: new Set(problemCanonicals.map((p) => foldedWords(p).join(' '))),
    soundRules: bySound(rules),
  };
}

function bySound(rules: ReadonlyMap<string, readonly Rule[]>): Map<string, Rule[]> {
  const out = new Map<string, Rule[]>();
  for (const list of rules.values())
    for (const r of list) {
      if (r.pattern.filter((p) => p !== '#').length < 2) continue;
      const pattern = r.pattern.map((p) => (p === '#' ? p : soundKey(p)));
      if (pattern.every((p, k) => p === r.pattern[k])) continue;
      // A misspelling is not how the word is written: no tone check, but its vowel marks must agree.
      const head = pattern[0]!;
      const same = out.get(head) ?? [];
      const marks = r.written?.map((w) => (w ? w.map((key) => vowelMarks(key.slice(2))) : null));
      const twin = same.find((x) => x.pattern.join(' ') === pattern.join(' '));
      if (!twin)
        same.push({ pattern, canonical: r.canonical, place: null, ...(marks ? { marks } : {}) });
      else if (twin.marks)
        // Two rules that sound alike: a word may carry the marks of either.
        twin.marks = marks
          ? twin.marks.map((m, k) => (m && marks[k] ? [...new Set([...m, ...marks[k]!])] : null))
          : undefined;
      same.sort((a, b) => b.pattern.length - a.pattern.length);
      out.set(head, same);
    }
  return out;
}

/** "ql8a" → "ql", "8a"; "tdp7" → "tdp", "7": codes people type without a space. */
export function splitCodes<T extends { t: string }>(tokens: T[]): T[] {
  const out: T[] = [];
  for (const tok of tokens) {
    const m = /^([a-z]+)(\d+[a-z]?)$/.exec(tok.t);
    if (m)
      out.push(
        { ...tok, t: m[1]!, ...('surface' in tok ? { surface: m[1]! } : {}) },
        { ...tok, t: m[2]!, ...('surface' in tok ? { surface: m[2]! } : {}) },
      );
    else out.push(tok);
  }
  return out;
}

/** A rule that may start at a word, and the second word it needs (undefined: any, or a number). */
type Candidate = { r: Rule; sound: boolean; second: string | undefined };
const secondOf = (r: Rule): string | undefined =>
  r.pattern.length >= 2 && r.pattern[1] !== '#' ? r.pattern[1] : undefined;
const NO_SOUND: ReadonlyMap<string, readonly Rule[]> = new Map();
const candidateCache = new WeakMap<
  ReadonlyMap<string, readonly Rule[]>,
  WeakMap<ReadonlyMap<string, readonly Rule[]>, Map<string, readonly Candidate[]>>
>();
const MAX_CACHED_HEADS = 50_000;

/**
 * The rules that may start at a word: written as it is, then by its sound; longest first, and as
 * written before by sound. Worked out once per word and table (a table is compiled once), not per
 * token: this ran for every word of every petition compared.
 */
function candidatesOf(
  head: string,
  rules: ReadonlyMap<string, readonly Rule[]>,
  soundRules: ReadonlyMap<string, readonly Rule[]> = NO_SOUND,
): readonly Candidate[] {
  let bySoundTable = candidateCache.get(rules);
  if (!bySoundTable) candidateCache.set(rules, (bySoundTable = new WeakMap()));
  let heads = bySoundTable.get(soundRules);
  if (!heads) bySoundTable.set(soundRules, (heads = new Map()));
  let list = heads.get(head);
  if (list === undefined) {
    const exact = rules.get(head) ?? (isNumberToken(head) ? rules.get('#') : undefined) ?? [];
    const bySound = soundRules.get(soundKey(head)) ?? [];
    const all: Candidate[] = [
      ...exact.map((r) => ({ r, sound: false, second: secondOf(r) })),
      ...bySound.map((r) => ({ r, sound: true, second: secondOf(r) })),
    ];
    if (bySound.length)
      all.sort(
        (a, b) => b.r.pattern.length - a.r.pattern.length || Number(a.sound) - Number(b.sound),
      );
    if (heads.size >= MAX_CACHED_HEADS) heads.clear();
    heads.set(head, (list = all));
  }
  return list;
}

/** The tokens rewritten by the rules, greedy longest match from the left; the matched span carried. */
export function rewrite<T extends { t: string }>(
  tokens: T[],
  rules: ReadonlyMap<string, readonly Rule[]>,
  onPlace?: (key: string, from: T, to: T) => void,
  soundRules?: ReadonlyMap<string, readonly Rule[]>,
): T[] {
  const out: T[] = [];
  for (let i = 0; i < tokens.length;) {
    const head = tokens[i]!.t;
    // A word a place took is not rewritten again.
    if ((tokens[i] as { place?: string }).place !== undefined) {
      out.push(tokens[i++]!);
      continue;
    }
    const named = (tokens[i] as { named?: boolean }).named === true;
    const candidates = candidatesOf(head, rules, soundRules);
    // The next word, as written and by sound: most rules part there ("chưa" starts 187 of them).
    const next = tokens[i + 1]?.t;
    const nextSound = next === undefined ? undefined : soundKey(next);
    let done = false;
    for (const { r, sound, second } of candidates) {
      if (i + r.pattern.length > tokens.length) continue;
      if (second !== undefined && second !== (sound ? nextSound : next)) continue;
      if (named && r.pattern.length === 1 && !r.place) continue;
      // "đường liên thôn Giang Hà - Thanh Tiến": the road between villages, then their names.
      if (r.place && (tokens[i] as { linking?: boolean }).linking) continue;
      let number: string | null = null;
      let ok = true;
      for (let k = 0; k < r.pattern.length && ok; k++) {
        const p = r.pattern[k]!;
        const tok = tokens[i + k]! as T & {
          accent?: string | null;
          place?: string;
          surface?: string;
        };
        const t = tok.t;
        if (tok.place !== undefined) {
          ok = false;
          break;
        }
        if (p === '#') {
          if (isNumberToken(t)) number = t;
          else ok = false;
        } else if (p !== (sound ? soundKey(t) : t)) ok = false;
        else if (
          sound &&
          r.marks?.[k] &&
          tok.accent &&
          hasDiacritic(tok.surface!) &&
          !r.marks[k]!.includes(vowelMarks(tok.surface!))
        )
          ok = false;
        else if (
          r.written?.[k] &&
          tok.accent &&
          !r.written[k]!.includes(
            r.written[k]![0]!.startsWith('t|') ? `t|${toneKey(tok.surface!)}` : `a|${tok.accent}`,
          )
        )
          ok = false;
      }
      if (!ok) continue;
      const from = tokens[i]!;
      const to = tokens[i + r.pattern.length - 1]!;
      const merged = mergeSpan(from, to);
      const phrase = r.canonical.join(' ');
      // A place's name proper (its last two words, or its number) is the place; the words before it say what kind of place ("đập", "trạm y tế").
      const last = r.canonical.length - 1;
      const proper = (k: number) =>
        r.canonical[k] === 'thon' ||
        (isNumberToken(r.canonical[last] === '#' ? number! : r.canonical[last]!)
          ? k === last
          : k >= last - 1);
      r.canonical.forEach((c, k) =>
        out.push({
          ...merged,
          t: c === '#' ? number! : c,
          phrase,
          ...(r.place ? { place: r.place, proper: proper(k) } : {}),
        }),
      );
      if (r.place && onPlace) onPlace(r.place, from, to);
      i += r.pattern.length;
      done = true;
      break;
    }
    if (!done) out.push(tokens[i++]!);
  }
  return out;
}

function mergeSpan<T extends { t: string }>(from: T, to: T): T {
  const f = from as T & { s?: number; e?: number };
  const t = to as T & { s?: number; e?: number };
  return f.s === undefined
    ? { ...from, normalised: true, accent: null }
    : { ...from, e: t.e, normalised: true, accent: null };
}

let builtIn: CompiledLexicon | null = null;
/** The built-in table alone, compiled once. */
export function builtInCompiledLexicon(): CompiledLexicon {
  return (builtIn ??= compileLexicon());
}
