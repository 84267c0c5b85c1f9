// NFC on the way in: Word and some keyboards send Vietnamese in NFD (a + combining marks), which
// breaks search, comparisons and some fonts. Every string of a document's data is composed once here.

/** A copy of plain data (objects, arrays, strings) with every string in NFC. */
export function normalizeText<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((item: unknown) => normalizeText(item)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = normalizeText(item);
    return out as T;
  }
  return value;
}
