// Excel exports of what a screen shows: the columns come from core (the same definitions the
// page renders), one header row, then the rows; coloured cells keep their colour.
import type { Column, Grade } from '@doithoai/core';

// exceljs takes ~0.3 s to load: only an export pays for it.
const loadExcel = async () => (await import('exceljs')).default;

const fills: Record<Grade, string | null> = {
  green: 'FFD3F9D8',
  amber: 'FFFFEC99',
  red: 'FFFFC9C9',
  none: null,
};

export async function writeXlsx<T>(
  sheet: string,
  title: string,
  columns: readonly Column<T>[],
  rows: readonly T[],
  lang: 'vi' | 'en' = 'vi',
): Promise<Buffer> {
  const ExcelJS = await loadExcel();
  const book = new ExcelJS.Workbook();
  book.creator = 'Đối Thoại';
  const ws = book.addWorksheet(sheet.slice(0, 31));
  ws.addRow([title]).font = { bold: true, size: 13 };
  const header = ws.addRow(columns.map((c) => c[lang]));
  header.font = { bold: true };
  for (const r of rows) {
    const row = ws.addRow(columns.map((c) => c.value(r)));
    columns.forEach((c, i) => {
      const fill = c.grade ? fills[c.grade(r)] : null;
      if (fill)
        row.getCell(i + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
    });
  }
  columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.numeric ? 14 : 32;
  });
  ws.views = [{ state: 'frozen', ySplit: 2 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A Content-Disposition for a Vietnamese file name (ASCII fallback + RFC 5987). */
export function attachment(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._-]+/g, '-');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
