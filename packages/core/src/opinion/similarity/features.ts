// A petition as the engine sees it: its words folded (no accents, đ→d), codes split ("ql8a"),
// rewritten by the normalisation table, filler dropped, then syllables and syllable bigrams
// (Vietnamese words are mostly two syllables: "rò rỉ", "chính sách") and the places it names.
// Each feature remembers where in the original text it stands, so a suggestion can show the
// words two petitions share, and how it was written, so "điện" and "diện" typed with accents are
// not taken for one word.
import { foldVietnamese } from '../fold.js';
import {
  accentKey,
  builtInCompiledLexicon,
  rewrite,
  splitCodes,
  toneKey,
  type CompiledLexicon,
} from './lexicon.js';
import { soundKey } from './sound.js';

export { soundKey };

/** [start, end) in UTF-16 units of the NFC text. */
export type Span = [number, number];

export interface FeatureInfo {
  spans: Span[];
  /** How the word was written (accentKey), when typed with accents; null when typed without or rewritten by the table. */
  surface: string | null;
}

export interface PetitionFeatures {
  /** The NFC text the spans point into. */
  text: string;
  /** Whether the writer typed accents (then a different accent means a different word). */
  accented: boolean;
  features: Map<string, FeatureInfo>;
}

/** Feature kinds by their look: a place '@key', a bigram 'a_b', else a syllable. */
export const isPlaceFeature = (f: string) => f.startsWith('@');
/** What is wrong, as the table names it ('!sat-lo'). */
export const isProblemFeature = (f: string) => f.startsWith('!');
export const isBigram = (f: string) => f.includes('_');

// Words every petition uses. Written with accents: a word typed with accents is filler only in
// this form ("đê", a dike, is not "để"); typed without accents, its folded form is, except where
// the folded form is also a content word.
const fillerWords = [
  'đề',
  'nghị',
  'xem',
  'xét',
  'cho',
  'của',
  'và',
  'các',
  'những',
  'là',
  'có',
  'được',
  'không',
  'đã',
  'đang',
  'sẽ',
  'bị',
  'với',
  'về',
  'để',
  'thì',
  'này',
  'đó',
  'kia',
  'nhiều',
  'rất',
  'còn',
  'trên',
  'tại',
  'ở',
  'việc',
  'hiện',
  'nay',
  'lại',
  'theo',
  'đến',
  'trong',
  'khi',
  'mà',
  'nên',
  'vì',
  'do',
  'cũng',
  'như',
  'thế',
  'nào',
  'gì',
  'ai',
  'đâu',
  'rồi',
  'nữa',
  'lắm',
  'quá',
  'hết',
  'mới',
  'vẫn',
  'chưa',
  'ra',
  'vào',
  'lên',
  'xuống',
  'từ',
  'tới',
  'một',
  'hai',
  'cái',
  'con',
  'chiếc',
  'người',
  'dân',
  'bà',
  'ông',
  'anh',
  'chị',
  'em',
  'tôi',
  'chúng',
  'ta',
  'mình',
  'họ',
  'gia',
  'đình',
  'hộ',
  'nhà',
  'xã',
  'chính',
  'quyền',
  'cấp',
  'có',
  'thẩm',
  'sớm',
  'kịp',
  'thời',
  'giải',
  'quyết',
  'quan',
  'tâm',
  'xin',
  'ạ',
  'vậy',
  'thật',
  'sự',
  'hơn',
  'luôn',
  'đi',
  'làm',
  'ngay',
  'mong',
  'muốn',
  'năm',
  'nhưng',
  'hoặc',
  'hay',
  'đều',
  'phải',
  'cần',
  'nhất',
  'tình',
  'trạng',
  'hiện',
  'tượng',
  'gây',
  'ảnh',
  'hưởng',
  'khó',
  'khăn',
  'thường',
  'xuyên',
  'nay',
];
const accentedFiller = new Set(fillerWords.map(toneKey));
/** Folded forms that are also content words ("de": đê, a dike). */
const foldedCollisions = new Set(['de', 'ho', 'con', 'lai', 'ra', 'may', 'ba']);
const foldedFiller = new Set(
  fillerWords.map((w) => foldVietnamese(w)).filter((w) => !foldedCollisions.has(w)),
);

const hasAccent = (s: string) => [...s].some((c) => c.charCodeAt(0) > 127);

interface Token {
  t: string;
  s: number;
  e: number;
  surface: string;
  /** accentKey of the word when the text is typed with accents, else null (then only the folded form counts). */
  accent: string | null;
  normalised?: boolean;
  phrase?: string;
  place?: string;
  proper?: boolean;
  named?: boolean;
  /** The settlement word of "liên thôn": no village's name starts here. */
  linking?: boolean;
}

/** Canonical words of the table that every petition uses: dropped whole, never syllable by syllable. */
const fillerPhrases = new Set([
  'de nghi',
  'nguoi dan',
  'khong',
  'duoc',
  'nguoi',
  'voi',
  'gi',
  'truoc',
  'bay gio',
  'bao gio',
  'uy ban nhan dan',
  'thon',
  'toi',
  've',
  'vao',
  'roi',
  'cung',
  'bao nhieu',
  // A guard of the table (lexicon.problems.vi.ts) that says nothing of the topic.
  'tham gia',
]);

/** The text's words, folded, with where each stands. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const folded = foldKeepingLength(text);
  for (const m of folded.matchAll(/[a-z0-9]+/g)) {
    const s = m.index!;
    const e = s + m[0].length;
    const written = text.slice(s, e);
    // A capital inside a sentence starts a name ("Khe Lau"): no one-word rule reads it ("lâu").
    const named =
      written[0] !== written[0]!.toLowerCase() &&
      written.slice(1) === written.slice(1).toLowerCase() &&
      !/(^|[.!?\n]\s*)$/.test(text.slice(Math.max(0, s - 3), s));
    // One letter, a dot, a name: a name cut to its initial ("thôn T.Lưu"), read only as a place.
    const initial = m[0].length === 1 && /^\.\s?\p{Lu}/u.test(text.slice(e, e + 3));
    out.push({
      t: initial ? `${m[0]}.` : m[0],
      s,
      e,
      surface: written.toLowerCase(),
      accent: null,
      ...(named ? { named } : {}),
    });
  }
  return out;
}

// Folding one character at a time keeps every offset: the folded text's words stand where the
// original's do. A character that folds to nothing or to several (rare outside Vietnamese) is a space.
const foldedChars = new Map<string, string>();
function foldChar(c: string): string {
  let f = foldedChars.get(c);
  if (f === undefined) {
    const x = foldVietnamese(c);
    f = x.length === 1 && /[a-z0-9]/.test(x) ? x : ' ';
    foldedChars.set(c, f);
  }
  return f;
}
function foldKeepingLength(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out +=
      code >= 97 && code <= 122
        ? text[i]
        : code >= 48 && code <= 57
          ? text[i]
          : code >= 65 && code <= 90
            ? String.fromCharCode(code + 32)
            : foldChar(text[i]!);
  }
  return out;
}

const PLACE_PREFIX = '@';
const PROBLEM_PREFIX = '!';

/** The features of a petition under a normalisation table (the built-in one by default). */
export function petitionFeatures(
  rawText: string,
  lexicon: CompiledLexicon = builtInCompiledLexicon(),
): PetitionFeatures {
  const text = rawText.normalize('NFC');
  const tokens = splitCodes(tokenize(text));
  const accentedWords = tokens.filter((t) => hasAccent(t.surface)).length;
  const letters = tokens.filter((t) => /[a-z]/.test(t.t)).length;
  // A text typed with accents has most of its words marked; one typed without has none.
  const accented = letters > 0 && accentedWords / letters >= 0.25;
  if (accented) for (const t of tokens) t.accent = accentKey(t.surface);
  const features = new Map<string, FeatureInfo>();
  const add = (f: string, span: Span, surface: string | null) => {
    const info = features.get(f);
    if (info) {
      info.spans.push(span);
      if (info.surface !== surface) info.surface = null;
    } else features.set(f, { spans: [span], surface });
  };
  const settled = rewrite(tokens, lexicon.settlements);
  // "liên thôn", "liên xóm": the settlement word belongs to the road ("đường liên thôn"), so a
  // village named after it is read by its bare name ("liên thôn Giang Hà" → liên thôn + Giang Hà).
  // (The tokens are this call's own, so they are marked in place.)
  for (let i = 1; i < settled.length; i++)
    if (settled[i]!.t === 'thon' && settled[i - 1]!.t === 'lien') settled[i]!.linking = true;
  const placed = rewrite(settled, lexicon.places, (key, from, to) => {
    for (const k of [key, ...(lexicon.placeParents.get(key) ?? [])])
      add(`${PLACE_PREFIX}${k}`, [from.s, to.e], null);
  }).map((w) => (w.t.endsWith('.') ? { ...w, t: w.t.slice(0, -1) } : w));
  // The topic: every word no place took, rewritten by the table, without filler.
  // The topic: the words no place's name took, rewritten by the table, without filler, by sound.
  const kept = rewrite(placed, lexicon.rules, undefined, lexicon.soundRules).filter(
    (w) => !w.proper && !isFiller(w, accented),
  );
  for (const w of kept) w.t = soundKey(w.t); // the tokens are this call's own
  for (const w of kept)
    if (w.phrase !== undefined && lexicon.problems.has(w.phrase))
      add(`${PROBLEM_PREFIX}${w.phrase.replaceAll(' ', '-')}`, [w.s, w.e], null);
  for (let i = 0; i < kept.length; i++) {
    const w = kept[i]!;
    add(w.t, [w.s, w.e], w.normalised || w.accent === null ? null : markKey(w.surface));
    const next = kept[i + 1];
    if (next) add(`${w.t}_${next.t}`, [Math.min(w.s, next.s), Math.max(w.e, next.e)], null);
  }
  return { text, accented, features };
}

function isFiller(w: Token, accented: boolean): boolean {
  if (w.phrase !== undefined) return fillerPhrases.has(w.phrase);
  if (accented && hasAccent(w.surface)) return accentedFiller.has(toneKey(w.surface));
  return foldedFiller.has(w.t);
}

/** The feature names alone (for the classifier and the candidates' terms). */
export function featureList(text: string, lexicon?: CompiledLexicon): string[] {
  return [...petitionFeatures(text, lexicon).features.keys()];
}

/**
 * The words to look up in the search index for a text's candidates: the places it names first,
 * then its own words, rarest first by the unit's weights, then a few other spellings of what the
 * table rewrote ("gỗ lậu" also looks up "khai thác … trái phép"). At most `max`; folded, as the
 * index holds them. Other spellings only fill what is left: a spelling no petition uses is rare
 * for the weights and finds nothing.
 */
export function retrievalTerms(
  rawText: string,
  lexicon: CompiledLexicon,
  idf: (word: string) => number,
  max = 10,
): string[] {
  const text = rawText.normalize('NFC');
  const tokens = splitCodes(tokenize(text));
  const rewritten = rewrite(
    rewrite(rewrite(tokens, lexicon.settlements), lexicon.places),
    lexicon.rules,
    undefined,
    lexicon.soundRules,
  );
  const usable = (w: string) => w.length > 1 && !foldedFiller.has(w) && /^[a-z0-9]+$/.test(w);
  const places = new Set<string>();
  const others = new Set<string>();
  for (const w of rewritten) {
    if (w.place !== undefined) {
      for (const t of tokens) if (t.s >= w.s && t.e <= w.e && !/^thon$/.test(t.t)) places.add(t.t);
      continue;
    }
    if (w.phrase !== undefined && !isFiller(w, false))
      for (const f of lexicon.families.get(w.phrase) ?? []) others.add(f);
  }
  const own = [...new Set(tokens.filter((t) => !isFiller(t, false)).map((t) => t.t))]
    .filter(usable)
    .sort((a, b) => idf(b) - idf(a));
  const out = new Set([...places].filter(usable).slice(0, 3));
  for (const w of own) if (out.size < max - 3) out.add(w);
  for (const w of [...others].filter(usable).sort((a, b) => idf(b) - idf(a)))
    if (out.size < max) out.add(w);
  for (const w of own) if (out.size < max) out.add(w);
  return [...out];
}

/** The vowel marks and đ of a word typed with accents, not its letters or tone ("điện" ≠ "diện", "lộ" ≠ "lò", "xuốn" = "xuống"). */
function markKey(surface: string): string {
  return [...surface.normalize('NFD')]
    .filter((c) => c === 'đ' || c === '\u0302' || c === '\u0306' || c === '\u031b')
    .join('');
}

const NOWHERE: Span[] = [];
/**
 * The features without where they stand (a third of the memory): enough to compare and group; a
 * suggestion or a cluster shown to a person is explained from the full features again.
 */
export function withoutSpans(p: PetitionFeatures): PetitionFeatures {
  const features = new Map<string, FeatureInfo>();
  for (const [f, info] of p.features) features.set(f, { spans: NOWHERE, surface: info.surface });
  return { text: '', accented: p.accented, features };
}
