// Select options from core's names, in the chosen language.
import { matterStateNames, matterStates, opinionFieldNames, opinionFields, opinionSourceNames, opinionSources } from '@doithoai/core';
import type { Lang } from '../../i18n';

export const fieldOptions = (lang: Lang) => opinionFields.map((f) => ({ value: f, label: opinionFieldNames[f][lang] }));
export const sourceOptions = (lang: Lang) => opinionSources.map((s) => ({ value: s, label: opinionSourceNames[s][lang] }));
export const stateOptions = (lang: Lang) => matterStates.map((s) => ({ value: s, label: matterStateNames[s][lang] }));
export const fieldName = (f: string | null, lang: Lang) => (f && f in opinionFieldNames ? opinionFieldNames[f as keyof typeof opinionFieldNames][lang] : '—');
