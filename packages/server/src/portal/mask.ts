// Names on public pages: a person is shown by initials only ("Nguyễn Văn An" → "N.V.A."), and a
// phone number never. Applied to the official documents' content before they are rendered.

export function maskName(fullName: string): string {
  return fullName
    .normalize('NFC')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `${w[0]!.toUpperCase()}.`)
    .join('');
}

const phonePattern = /(\+84|0)[\s.-]?\d(?:[\s.-]?\d){8,9}/g;

/** Replaces every given name (longest first) by its initials and every phone-like number by dots. */
export function maskText(text: string, names: readonly string[]): string {
  let out = text.normalize('NFC');
  const sorted = [
    ...new Set(names.map((n) => n.normalize('NFC').trim()).filter((n) => n.length >= 3)),
  ].sort((a, b) => b.length - a.length);
  for (const name of sorted) out = out.split(name).join(maskName(name));
  return out.replace(phonePattern, '…');
}

/** The same on every string of a JSON-like value (an official document's content model). */
export function maskDeep<T>(value: T, names: readonly string[]): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return maskText(v, names);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}
