// The columns of an opinion list, shared by the import template, the preview, and the export,
// so an exported file imports again unchanged. Checking a row is pure: the server passes the
// commune's villages in, and gets every problem of every row back, in Vietnamese and English.
import type { FieldIssue, Message } from '../errors/domain-error.js';
import { foldVietnamese } from './fold.js';
import { isOpinionField, opinionFieldNames, opinionFields, type OpinionField } from './fields.js';
import {
  answerPreferenceNames,
  answerPreferences,
  MATTER_MAX,
  opinionSourceNames,
  opinionSources,
  type AnswerPreference,
  type OpinionSource,
} from './opinion.js';

export const importColumns = [
  { key: 'stt', header: 'STT' },
  { key: 'content', header: 'Nội dung ý kiến, kiến nghị' },
  { key: 'village', header: 'Thôn' },
  { key: 'fullName', header: 'Họ và tên người phản ánh' },
  { key: 'phone', header: 'Điện thoại' },
  { key: 'email', header: 'Thư điện tử' },
  { key: 'answerPreference', header: 'Hình thức nhận trả lời' },
  { key: 'field', header: 'Lĩnh vực' },
  { key: 'source', header: 'Nguồn' },
  { key: 'receivedOn', header: 'Ngày nhận' },
] as const;
export type ImportColumn = (typeof importColumns)[number]['key'];
export type RawImportRow = Record<ImportColumn, string>;

export interface VillageRef {
  id: string;
  name: string;
}

export interface CheckedRow {
  content: string;
  villageId: string | null;
  fullName: string | null;
  phone: string | null;
  email: string | null;
  answerPreference: AnswerPreference | null;
  field: OpinionField | null;
  source: OpinionSource;
  receivedOn: string | null;
}

export interface RowProblem {
  row: number;
  issues: FieldIssue[];
}

export const NAME_MAX = 120;

/** Maps a header row to column keys, by header text folded (so "thon" finds "Thôn"). */
export function mapHeader(header: readonly string[]): {
  columns: (ImportColumn | null)[];
  missing: ImportColumn[];
} {
  const known = new Map<string, ImportColumn>(
    importColumns.map((c) => [foldVietnamese(c.header), c.key]),
  );
  const aliases: Record<string, ImportColumn> = {
    'noi dung': 'content',
    'ho va ten': 'fullName',
    'ho ten': 'fullName',
    'so dien thoai': 'phone',
    email: 'email',
    'linh vuc': 'field',
    nguon: 'source',
    'ngay nhan': 'receivedOn',
    stt: 'stt',
    thon: 'village',
    'thon xom': 'village',
  };
  const columns = header.map((h) => {
    const f = foldVietnamese(h);
    return known.get(f) ?? aliases[f] ?? null;
  });
  const missing = (['content'] as ImportColumn[]).filter((k) => !columns.includes(k));
  return { columns, missing };
}

/** Rows of cells (after the header) into keyed rows; unknown columns are ignored. */
export function toRawRows(
  columns: readonly (ImportColumn | null)[],
  cells: readonly (readonly string[])[],
): RawImportRow[] {
  return cells.map((r) => {
    const row = Object.fromEntries(importColumns.map((c) => [c.key, ''])) as RawImportRow;
    columns.forEach((k, i) => {
      if (k) row[k] = (r[i] ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
    });
    return row;
  });
}

const issue = (field: ImportColumn, vi: string, en: string): FieldIssue => {
  const header = importColumns.find((c) => c.key === field)!.header;
  const message: Message = { vi: `Cột «${header}»: ${vi}`, en: `Column '${header}': ${en}` };
  return { field, message };
};

const byFolded = <T extends string>(
  values: readonly T[],
  names: Record<T, { vi: string; en: string }>,
) => {
  const m = new Map<string, T>();
  for (const v of values) {
    m.set(foldVietnamese(v), v);
    m.set(foldVietnamese(names[v].vi), v);
    m.set(foldVietnamese(names[v].en), v);
  }
  return (s: string) => m.get(foldVietnamese(s));
};
const findField = byFolded(opinionFields, opinionFieldNames);
/** The fields' names, for a clerk who wrote one the list does not know ("Y tế"). */
const fieldList = (lang: 'vi' | 'en') =>
  opinionFields.map((f) => opinionFieldNames[f][lang]).join('; ');
const findSource = byFolded(opinionSources, opinionSourceNames);
const findPreference = byFolded(answerPreferences, answerPreferenceNames);

/** dd/mm/yyyy (how Vietnamese lists write dates) or ISO yyyy-mm-dd → ISO; null when unreadable. */
export function parseVnDate(s: string): string | null {
  let y: number, m: number, d: number;
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (vn) [d, m, y] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return null;
  return date.toISOString().slice(0, 10);
}

export const formatDateVn = (iso: string) =>
  `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export function villageMatcher(villages: readonly VillageRef[]) {
  const m = new Map<string, string>();
  for (const v of villages) {
    const f = foldVietnamese(v.name);
    m.set(f, v.id);
    m.set(f.replace(/^(thon|to dan pho|xom|ban) /, ''), v.id);
  }
  return (name: string) => {
    const f = foldVietnamese(name);
    return m.get(f) ?? m.get(f.replace(/^(thon|to dan pho|xom|ban) /, ''));
  };
}

/** Checks one row; `row` is its number as the person sees it in the spreadsheet. */
export function checkRow(
  raw: RawImportRow,
  ctx: { villages: ReturnType<typeof villageMatcher>; defaultSource: OpinionSource },
): { ok: CheckedRow } | { issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  if (!raw.content) issues.push(issue('content', 'thiếu nội dung', 'content is missing'));
  else if (raw.content.length > MATTER_MAX)
    issues.push(
      issue('content', `dài quá ${MATTER_MAX} ký tự`, `longer than ${MATTER_MAX} characters`),
    );
  let villageId: string | null = null;
  if (raw.village) {
    villageId = ctx.villages(raw.village) ?? null;
    if (!villageId)
      issues.push(
        issue(
          'village',
          `không có thôn «${raw.village}» trong xã`,
          `no village '${raw.village}' in this commune`,
        ),
      );
  }
  if (raw.fullName.length > NAME_MAX)
    issues.push(
      issue('fullName', `dài quá ${NAME_MAX} ký tự`, `longer than ${NAME_MAX} characters`),
    );
  let phone: string | null = null;
  if (raw.phone) {
    phone = raw.phone.replace(/[\s.()-]/g, '');
    if (/^\d{9}$/.test(phone)) phone = `0${phone}`; // Excel drops the leading zero of a number
    if (!/^(\+84|0)\d{9,10}$/.test(phone))
      issues.push(
        issue(
          'phone',
          `số điện thoại «${raw.phone}» không hợp lệ`,
          `phone number '${raw.phone}' is not valid`,
        ),
      );
  }
  if (raw.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(raw.email))
    issues.push(issue('email', 'địa chỉ thư không hợp lệ', 'not a valid email address'));
  const answerPreference = raw.answerPreference
    ? (findPreference(raw.answerPreference) ?? null)
    : null;
  if (raw.answerPreference && !answerPreference)
    issues.push(
      issue('answerPreference', 'không thuộc các hình thức cho phép', 'not an allowed value'),
    );
  const field = raw.field
    ? isOpinionField(raw.field)
      ? raw.field
      : (findField(raw.field) ?? null)
    : null;
  if (raw.field && !field)
    issues.push(
      issue(
        'field',
        `không có lĩnh vực «${raw.field}»; ghi một trong: ${fieldList('vi')}, hoặc để trống để văn phòng phân loại`,
        `no field '${raw.field}'; write one of: ${fieldList('en')}, or leave it empty for the office to classify`,
      ),
    );
  const source = raw.source ? (findSource(raw.source) ?? null) : ctx.defaultSource;
  if (!source)
    issues.push(issue('source', `không có nguồn «${raw.source}»`, `no source '${raw.source}'`));
  const receivedOn = raw.receivedOn ? parseVnDate(raw.receivedOn) : null;
  if (raw.receivedOn && !receivedOn)
    issues.push(
      issue('receivedOn', 'ngày không hợp lệ (cần dd/mm/yyyy)', 'not a valid date (dd/mm/yyyy)'),
    );
  if (issues.length) return { issues };
  return {
    ok: {
      content: raw.content,
      villageId,
      fullName: raw.fullName || null,
      phone,
      email: raw.email || null,
      answerPreference,
      field,
      source: source!,
      receivedOn,
    },
  };
}

export function checkRows(
  rows: readonly RawImportRow[],
  villages: readonly VillageRef[],
  defaultSource: OpinionSource,
  firstRowNumber = 2,
) {
  const match = villageMatcher(villages);
  const good: { row: number; value: CheckedRow }[] = [];
  const bad: RowProblem[] = [];
  rows.forEach((raw, i) => {
    const r = checkRow(raw, { villages: match, defaultSource });
    if ('ok' in r) good.push({ row: i + firstRowNumber, value: r.ok });
    else bad.push({ row: i + firstRowNumber, issues: r.issues });
  });
  return { good, bad };
}

/** One exported line per person who raised a matter, in the import's columns. */
export function exportRow(
  n: number,
  r: {
    content: string;
    villageName: string | null;
    fullName: string | null;
    phone: string | null;
    email: string | null;
    answerPreference: string | null;
    field: string | null;
    source: string;
    receivedOn: string;
  },
): string[] {
  const name = <T extends string>(names: Record<T, { vi: string }>, v: string | null) =>
    v && v in names ? names[v as T].vi : '';
  return [
    String(n),
    r.content,
    r.villageName ?? '',
    r.fullName ?? '',
    r.phone ?? '',
    r.email ?? '',
    name(answerPreferenceNames, r.answerPreference),
    name(opinionFieldNames, r.field),
    name(opinionSourceNames, r.source),
    formatDateVn(r.receivedOn),
  ];
}
