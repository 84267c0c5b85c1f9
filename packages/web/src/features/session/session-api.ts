// The session endpoints and the shapes they return.
import type {
  AgendaItemInput,
  AgendaItemView,
  AnnouncedSession,
  AttendanceInput,
  ConclusionDraftInput,
  ConclusionView,
  SavedAgendaItem,
  SessionDetail,
  SessionSummary,
  UnitSessions,
} from '@doithoai/core';
import { api } from '../../api';

/** What the session routes answer: core's contracts, the routes' response schemas. */
export type { ConclusionView, SessionDetail, SessionSummary };
/** An agenda line as the console keeps it: the route's, less what a line added on the floor lacks. */
export type AgendaItem = Omit<
  AgendaItemView,
  'speakerVillageId' | 'registrationId' | 'matterField'
>;

export type Override = { reason: string } | null;

export const fetchSessions = (unitId: string) =>
  api<UnitSessions>('GET', `/api/units/${unitId}/sessions`);
export const fetchSession = (id: string) => api<SessionDetail>('GET', `/api/sessions/${id}`);
export const scheduleSession = (id: string, body: Record<string, unknown>) =>
  api('POST', `/api/sessions/${id}/schedule`, body);
export const announceSession = (id: string, body: Record<string, unknown>) =>
  api<AnnouncedSession>('POST', `/api/sessions/${id}/announce`, body);
export const registerSpeaker = (
  id: string,
  body: { clientId: string; fullName: string; question: string },
) => api('POST', `/api/sessions/${id}/registrations`, body);
export const saveItem = (id: string, itemId: string, body: AgendaItemInput) =>
  api<SavedAgendaItem>('PUT', `/api/sessions/${id}/agenda/${encodeURIComponent(itemId)}`, body);
export const saveAttendance = (id: string, body: AttendanceInput) =>
  api('PUT', `/api/sessions/${id}/attendance`, body);
export const createExtraSession = (unitId: string, reason: string): Promise<SessionSummary> =>
  api('POST', `/api/units/${encodeURIComponent(unitId)}/sessions`, { reason });

/** 'Nhân dân thôn Đồng Lạc | 40' → the composition and how many are invited. */
export function parseParticipant(line: string): { composition: string; invited: number | null } {
  const m = /^(.*?)\s*\|\s*(\d+)\s*$/.exec(line);
  return m
    ? { composition: m[1]!.trim(), invited: Number(m[2]) }
    : { composition: line.trim(), invited: null };
}
export const participantLine = (p: { composition: string; invited: number | null }) =>
  p.invited === null ? p.composition : `${p.composition} | ${p.invited}`;
export const holdSession = (id: string, version: number, override: Override) =>
  api('POST', `/api/sessions/${id}/hold`, { version, override });
export const fetchConclusion = (id: string) =>
  api<ConclusionView>('GET', `/api/sessions/${id}/conclusion`);
export const saveConclusion = (id: string, body: ConclusionDraftInput) =>
  api<ConclusionView>('PUT', `/api/sessions/${id}/conclusion`, body);
export const issueConclusion = (id: string, version: number, override: Override) =>
  api('POST', `/api/sessions/${id}/conclusion/issue`, { version, override });
export const closeSession = (id: string, version: number, override: Override) =>
  api('POST', `/api/sessions/${id}/close`, { version, override });
