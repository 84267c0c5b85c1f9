// The session endpoints and the shapes they return.
import type {
  AgendaItemInput,
  AttendanceInput,
  ConclusionDraftInput,
  Deadline,
  MinutesModel,
  SessionAction,
  SessionState,
  TimelineEntry,
} from '@doithoai/core';
import { api } from '../../api';

export interface SessionSummary {
  id: string;
  unitId: string;
  planId: string | null;
  round: number | null;
  heldBy: string | null;
  extra?: boolean;
  state: SessionState;
  date: string | null;
  startTime: string | null;
  venue: string | null;
  chairs: string[];
  topics: string[];
  attendanceCap: number | null;
  noticeDate: string | null;
  submissionDeadline: string | null;
  channels: string[];
  shortNotice: string | null;
  heldOn: string | null;
  attendanceTotal: number | null;
  attendanceRev: number;
  conclusionDate: string | null;
  version: number;
}

export interface AgendaItem {
  id: string;
  position: number;
  matterId: string | null;
  speakerName: string | null;
  speakerVillage: string | null;
  question: string;
  /** 'petitioner' or 'group': filled by the server from the matter until the clerk types a name. */
  speakerFrom: 'entered' | 'petitioner' | 'group';
  answer: string | null;
  answeredBy: string | null;
  outcome: 'settled' | 'carried-over' | null;
  fromFloor: boolean;
  rev: number;
  matterState: string | null;
  preparedAnswer: string | null;
  assigneeName: string | null;
}

export interface SessionDetail extends SessionSummary {
  unitName: string;
  today: string;
  profile: {
    noticeLeadDays: number;
    conclusionNoticeDays: number;
    writtenAnswerWorkingDays: number;
  };
  can: string[];
  next: SessionAction[];
  timeline: TimelineEntry[];
  participants: {
    id: string;
    composition: string;
    invited: number | null;
    present: number | null;
  }[];
  agenda: AgendaItem[];
  registrations: { id: string; fullName: string; question: string; matterId: string }[];
  overrides: { action: string; rule: string; message: string; reason: string; at: string }[];
  conclusionItems: {
    id: string;
    matterId: string;
    content: string;
    matterState: string;
    responsible: string;
    noticeDate: string;
    dueDate: string;
    dueText: { vi: string; en: string };
  }[];
  /** All the session's items (up to 1,000; `conclusionItemsCapped`: more); `conclusionItems` holds the first 200. */
  conclusionItemCount: number;
  conclusionItemsCapped: boolean;
  history: { from: string | null; to: string; at: string; reason: string | null }[];
  minutes: MinutesModel | null;
}

export interface ConclusionView {
  draft: ConclusionDraftInput;
  saved: boolean;
  lines: {
    matterId: string;
    content: string;
    responsible: string;
    petitionerCount: number;
    villages: string[];
    due: Deadline;
  }[];
  breaches: { vi: string; en: string }[];
}

export type Override = { reason: string } | null;

export const fetchSessions = (unitId: string) =>
  api<{ sessions: SessionSummary[]; can: string[] }>('GET', `/api/units/${unitId}/sessions`);
export const fetchSession = (id: string) => api<SessionDetail>('GET', `/api/sessions/${id}`);
export const scheduleSession = (id: string, body: Record<string, unknown>) =>
  api('POST', `/api/sessions/${id}/schedule`, body);
export const announceSession = (id: string, body: Record<string, unknown>) =>
  api<{ numberText: string; shortNotice: string }>('POST', `/api/sessions/${id}/announce`, body);
export const registerSpeaker = (
  id: string,
  body: { clientId: string; fullName: string; question: string },
) => api('POST', `/api/sessions/${id}/registrations`, body);
export const saveItem = (id: string, itemId: string, body: AgendaItemInput) =>
  api<{ applied: boolean }>(
    'PUT',
    `/api/sessions/${id}/agenda/${encodeURIComponent(itemId)}`,
    body,
  );
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
