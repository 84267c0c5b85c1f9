// Small formatting shared by the follow-up components.
import { opinionFieldNames, opinionFields, type OpinionField, type Urgency } from '@doithoai/core';
import { ApiError } from '../../api';

export const colours: Record<Urgency, string> = {
  'very-overdue': 'red',
  overdue: 'orange',
  'due-soon': 'yellow',
  'on-track': 'green',
};
export const shortDate = (iso: string) =>
  `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
export const fieldName = (f: string | null, lang: 'vi' | 'en') =>
  f && (opinionFields as readonly string[]).includes(f)
    ? opinionFieldNames[f as OpinionField][lang]
    : (f ?? '—');
export const message = (e: unknown) => (e instanceof ApiError ? e.message : String(e));

/** A due date's explanation split into the counting (this matter's) and the legal basis (the
 *  same for many rows, shown once under the list): "… hạn là thứ Sáu, 27/11/2026. Căn cứ: …". */
export function splitDueText(text: string): { counting: string; basis: string | null } {
  const m = /\s*(Căn cứ|Basis):\s*/u.exec(text);
  if (!m) return { counting: text.trim(), basis: null };
  return {
    counting: text.slice(0, m.index).trim(),
    basis: text.slice(m.index + m[0].length).trim() || null,
  };
}

/** The legal bases of the rows shown, once each, in the order met. */
export const distinctBases = (texts: string[]) => [
  ...new Set(texts.map((t) => splitDueText(t).basis).filter((b): b is string => !!b)),
];

/** The worklist's filters as the URL keeps them: field, village, official, round, unassigned=1, overdue=1. */
export interface WorklistFilter {
  field?: string;
  village?: string;
  official?: string;
  round?: string;
  unassigned?: '1';
  overdue?: '1';
}
export const filterKeys = [
  'field',
  'village',
  'official',
  'round',
  'unassigned',
  'overdue',
] as const;

export function filterFromParams(params: URLSearchParams): WorklistFilter {
  const f: WorklistFilter = {};
  for (const k of ['field', 'village', 'official', 'round'] as const) {
    const v = params.get(k);
    if (v) f[k] = v;
  }
  if (params.get('unassigned') === '1') f.unassigned = '1';
  if (params.get('overdue') === '1') f.overdue = '1';
  return f;
}

export function paramsFromFilter(f: WorklistFilter): URLSearchParams {
  const p = new URLSearchParams();
  for (const k of filterKeys) {
    const v = f[k];
    if (v) p.set(k, v);
  }
  return p;
}
