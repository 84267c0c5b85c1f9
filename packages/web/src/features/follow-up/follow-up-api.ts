// The follow-up API as the web app uses it: the worklist, one matter's follow-up and its actions;
// what they answer is core's contracts, the routes' response schemas.
import type { AnswerTemplates, FollowUpDetail, LetterChannel, Worklist } from '@doithoai/core';
import { api } from '../../api';

export function fetchWorklist(
  unitId: string,
  filter: Record<string, string | undefined>,
  page: { offset: number; limit: number } = { offset: 0, limit: 50 },
): Promise<Worklist> {
  const q = new URLSearchParams([
    ...(Object.entries(filter).filter(([, v]) => !!v) as [string, string][]),
    ['offset', String(page.offset)],
    ['limit', String(page.limit)],
  ]).toString();
  return api('GET', `/api/units/${encodeURIComponent(unitId)}/follow-up${q ? `?${q}` : ''}`);
}

export const fetchDetail = (matterId: string): Promise<FollowUpDetail> =>
  api('GET', `/api/follow-up/${encodeURIComponent(matterId)}`);

const base = (id: string) => `/api/follow-up/${encodeURIComponent(id)}`;
export const saveAnswer = (id: string, text: string) => api('PUT', `${base(id)}/answer`, { text });
export const submitAnswer = (id: string) => api('POST', `${base(id)}/answer/submit`);
export const returnAnswer = (id: string, comment: string) =>
  api('POST', `${base(id)}/answer/return`, { comment });
export const approveAnswer = (id: string) => api('POST', `${base(id)}/answer/approve`, {});
export const escalate = (id: string, competentBody: string, proposal: string) =>
  api('POST', `${base(id)}/escalate`, { competentBody, proposal });
export const acknowledge = (id: string) => api('POST', `${base(id)}/escalation/acknowledge`, {});
export const higherAnswer = (id: string, text: string) =>
  api('POST', `${base(id)}/escalation/answer`, { text });
export const extend = (id: string, dueDate: string, reason: string, responsible?: string) =>
  api('POST', `${base(id)}/extend`, { dueDate, reason, ...(responsible && { responsible }) });
export const setResponsible = (id: string, personId: string, field: string | null) =>
  api('PUT', `${base(id)}/responsible`, { personId, field });
export const lettersSent = (id: string, channel: LetterChannel, sentOn?: string) =>
  api('POST', `${base(id)}/letters/sent`, { channel, ...(sentOn && { sentOn }) });

const templatesUrl = (unitId: string) =>
  `/api/units/${encodeURIComponent(unitId)}/answer-templates`;
export const fetchTemplates = (unitId: string): Promise<AnswerTemplates> =>
  api('GET', templatesUrl(unitId));
export const createTemplate = (
  unitId: string,
  t: { field: string | null; title: string; text: string },
) => api('POST', templatesUrl(unitId), t);
export const archiveTemplate = (id: string) =>
  api('DELETE', `/api/answer-templates/${encodeURIComponent(id)}`);
