// The follow-up API as the web app uses it: the worklist, one matter's follow-up and its actions.
import type { AnswerState, LetterChannel, Urgency } from '@doithoai/core';
import { api } from '../../api';

export interface Due {
  date: string;
  text: { vi: string; en: string };
  basis: 'conclusion' | 'extension' | 'escalation';
}

export interface WorkItem {
  matterId: string;
  content: string;
  field: string | null;
  state: string;
  sessionId: string;
  round: number | null;
  villageId: string | null;
  villageName: string | null;
  official: { personId: string | null; name: string };
  due: Due;
  urgency: Urgency;
  answerState: AnswerState | null;
  lettersToSend: number;
}

export interface Worklist {
  today: string;
  items: WorkItem[];
  total: number;
  /** The count stopped at 1,000: at least `total`. */ totalCapped?: boolean;
  offset: number;
  limit: number;
  all: boolean;
  can: string[];
  officials: { personId: string | null; name: string; position?: string }[];
  villages: { id: string; name: string }[];
  rounds: number[];
}

export interface FollowUpDetail {
  matterId: string;
  content: string;
  field: string | null;
  state: string;
  can: string[];
  official: { personId: string | null; name: string | null };
  staff: { personId: string; name: string; position: string; fields: string[] }[];
  due: Due | null;
  urgency: Urgency | null;
  approver: { role: string; title: string };
  answers: {
    id: string;
    origin: string;
    state: AnswerState;
    text: string;
    officialName: string;
    approverName: string | null;
    approvedOn: string | null;
    version: number;
    events: { action: string; comment: string | null; at: string }[];
  }[];
  letters: {
    petitionerId: string;
    documentId: string;
    numberText: string;
    issuedOn: string;
    sentOn: string | null;
    channel: LetterChannel | null;
  }[];
  escalations: {
    id: string;
    competentBody: string;
    proposal: string;
    state: string;
    sentOn: string;
    due: { date: string; text: { vi: string; en: string } };
    numberText: string | null;
    answerText: string | null;
  }[];
  extensions: {
    previousDue: string;
    dueDate: string;
    reason: string;
    at: string;
    noticeDocumentId?: string | null;
    noticeNumber?: string | null;
  }[];
  petitioners: {
    id: string;
    fullName: string | null;
    villageName: string | null;
    phone: string | null;
    email: string | null;
    answered: boolean;
  }[];
  templates: Template[];
}

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

export interface Template {
  id: string;
  field: string | null;
  title: string;
  text: string;
  builtIn: boolean;
}
const templatesUrl = (unitId: string) =>
  `/api/units/${encodeURIComponent(unitId)}/answer-templates`;
export const fetchTemplates = (
  unitId: string,
): Promise<{ templates: Template[]; canEdit: boolean }> => api('GET', templatesUrl(unitId));
export const createTemplate = (
  unitId: string,
  t: { field: string | null; title: string; text: string },
) => api('POST', templatesUrl(unitId), t);
export const archiveTemplate = (id: string) =>
  api('DELETE', `/api/answer-templates/${encodeURIComponent(id)}`);
