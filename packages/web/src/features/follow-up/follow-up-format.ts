// Small formatting shared by the follow-up components.
import { opinionFieldNames, opinionFields, type OpinionField, type Urgency } from '@doithoai/core';
import { ApiError } from '../../api';

export const colours: Record<Urgency, string> = { 'very-overdue': 'red', overdue: 'orange', 'due-soon': 'yellow', 'on-track': 'green' };
export const shortDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
export const fieldName = (f: string | null, lang: 'vi' | 'en') => (f && (opinionFields as readonly string[]).includes(f) ? opinionFieldNames[f as OpinionField][lang] : f ?? '—');
export const message = (e: unknown) => (e instanceof ApiError ? e.message : String(e));
