// Select options from core's names, in the chosen language; dates the Vietnamese way.
import {
  formatViDate,
  matterStateNames,
  matterStates,
  opinionFieldNames,
  opinionFields,
  opinionSourceNames,
  opinionSources,
  parseIsoDate,
  vietnamDayOf,
} from '@doithoai/core';
import type { Lang } from '../../i18n';

export const fieldOptions = (lang: Lang) =>
  opinionFields.map((f) => ({ value: f, label: opinionFieldNames[f][lang] }));
export const sourceOptions = (lang: Lang) =>
  opinionSources.map((s) => ({ value: s, label: opinionSourceNames[s][lang] }));
export const stateOptions = (lang: Lang) =>
  matterStates.map((s) => ({ value: s, label: matterStateNames[s][lang] }));
export const stateName = (state: string, lang: Lang) =>
  state in matterStateNames
    ? matterStateNames[state as keyof typeof matterStateNames][lang]
    : state;
export const fieldName = (f: string | null, lang: Lang) =>
  f && f in opinionFieldNames ? opinionFieldNames[f as keyof typeof opinionFieldNames][lang] : '—';

/** '2026-03-05' or an instant → '05/03/2026' (the day in Vietnam), in either language. */
export function viDay(value: string | null | undefined): string {
  if (!value) return '—';
  try {
    return formatViDate(parseIsoDate(value.length === 10 ? value : vietnamDayOf(value)));
  } catch {
    return value;
  }
}
