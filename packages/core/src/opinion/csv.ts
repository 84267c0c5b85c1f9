// A small RFC 4180 reader and writer: quoted fields, doubled quotes, CR/LF/CRLF line ends, a
// UTF-8 byte-order mark, and the semicolon that Vietnamese-locale Excel writes instead of a comma.
// Text comes out in NFC (Word and some keyboards produce NFD).

export function parseCsv(input: string): string[][] {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  text = text.normalize('NFC');
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const sep =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      i++;
      continue;
    }
    if (ch === sep) {
      row.push(field);
      field = '';
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      row.push(field);
      field = '';
      rows.push(row);
      row = [];
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += ch;
    i++;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

const needsQuotes = /[",\r\n;]/;
export function toCsv(rows: readonly (readonly string[])[]): string {
  const line = (r: readonly string[]) =>
    r
      .map((c) => (needsQuotes.test(c) || c !== c.trim() ? `"${c.replace(/"/g, '""')}"` : c))
      .join(',');
  return `\ufeff${rows.map(line).join('\r\n')}\r\n`;
}
