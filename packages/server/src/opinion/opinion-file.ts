// Reads and writes opinion lists as .xlsx (exceljs) and .csv (core's RFC 4180 reader). A file
// that is neither — a renamed picture, random bytes — is refused with one clear message.
import {
  DomainError,
  importColumns,
  opinionSourceNames,
  parseCsv,
  toCsv,
  type OpinionSource,
} from '@doithoai/core';
import type ExcelJS from 'exceljs';
import { checkZipSize, MAX_INFLATED_BYTES } from './zip-guard.js';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

const unreadable = () =>
  new DomainError('VALIDATION', {
    vi: 'Tệp không đọc được: cần tệp Excel (.xlsx) hoặc CSV (UTF-8)',
    en: 'Unreadable file: expected Excel (.xlsx) or CSV (UTF-8)',
  });

const isZip = (b: Uint8Array) =>
  b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date)
    return `${String(v.getUTCDate()).padStart(2, '0')}/${String(v.getUTCMonth() + 1).padStart(2, '0')}/${v.getUTCFullYear()}`;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v) return String(v.text);
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    return '';
  }
  return String(v);
}

// exceljs takes ~0.3 s to load: only a spreadsheet import or export pays for it, not every start.
const loadExcel = async () => (await import('exceljs')).default;

/** The rows of cells of the first sheet (xlsx) or of the CSV text. */
export async function readSheet(bytes: Uint8Array): Promise<string[][]> {
  // Not bytes at all: a JSON body sent to the upload (found by the API fuzzing: it was a 500).
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) throw unreadable();
  if (isZip(bytes)) {
    const size = checkZipSize(bytes);
    if (size === 'unreadable') throw unreadable();
    if (size === 'too-big')
      throw new DomainError('VALIDATION', {
        vi: `Tệp Excel quá lớn khi giải nén (hơn ${MAX_INFLATED_BYTES / 1024 / 1024} MB)`,
        en: `Excel file too large once unpacked (over ${MAX_INFLATED_BYTES / 1024 / 1024} MB)`,
      });
    const wb = new (await loadExcel()).Workbook();
    try {
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      throw unreadable();
    }
    const ws = wb.worksheets[0];
    if (!ws) throw unreadable();
    const rows: string[][] = [];
    ws.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
      rows.push(cells);
    });
    return rows;
  }
  if (bytes.includes(0)) throw unreadable();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw unreadable();
  }
  return parseCsv(text);
}

export type SheetFormat = 'xlsx' | 'csv';

/** A title line naming the source (templates only), the header, then the rows. */
export async function writeSheet(
  rows: string[][],
  format: SheetFormat,
  title?: string,
): Promise<Buffer> {
  const header = importColumns.map((c) => c.header);
  if (format === 'csv') return Buffer.from(toCsv([header, ...rows]), 'utf8');
  const wb = new (await loadExcel()).Workbook();
  const ws = wb.addWorksheet('Y kien');
  if (title) ws.addRow([title]).font = { bold: true, size: 13 };
  const h = ws.addRow(header);
  h.font = { bold: true };
  for (const r of rows) ws.addRow(r);
  ws.columns.forEach((col, i) => {
    col.width = i === 1 ? 70 : 18;
  });
  // Every cell as text, so a phone number keeps its leading zero.
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      cell.numFmt = '@';
    }),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function templateTitle(source: OpinionSource): string {
  return `DANH SÁCH TỔNG HỢP Ý KIẾN, KIẾN NGHỊ — Nguồn: ${opinionSourceNames[source].vi}`;
}
