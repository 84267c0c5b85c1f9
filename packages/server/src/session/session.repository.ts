// Reads of sessions and what hangs on them: participants, agenda in speaking order, registrations,
// overrides, conclusion items; a planned session's first rows, which the plan's issue and an
// extra session both write; a session's state move and its overrides. The agenda's writes are in
// agenda.repository.ts.
import type { AgendaOutcome, ConsoleItem, PlanContent, SessionState } from '@doithoai/core';
import type { ExpressionBuilder, Insertable, Selectable, Updateable } from 'kysely';
import type {
  AgendaItemTable,
  Database,
  DialogueSessionTable,
  SessionOverrideTable,
} from '../db/schema.js';
import { newId, nowIso } from '../db/ids.js';
import type { Q } from '../shared/query.js';

export type SessionRow = Selectable<DialogueSessionTable>;

export async function findSession(db: Q, id: string) {
  const r = await db
    .selectFrom('dialogue_session as s')
    .innerJoin('unit', 'unit.id', 's.unit_id')
    .selectAll('s')
    .select(['unit.path as unit_path', 'unit.name as unit_name'])
    .where('s.id', '=', id)
    .executeTakeFirst();
  return r && { session: r as SessionRow, unitPath: r.unit_path, unitName: r.unit_name };
}

/**
 * A session in the state 'planned', with the plan's chairs, attendance cap, topics and the
 * participants by composition (none of them without a plan). Returns its id.
 */
export async function insertPlannedSession(
  db: Q,
  s: {
    unitId: string;
    planId: string | null;
    round: number;
    heldBy: string | null;
    content: PlanContent | null;
    at: string;
  },
): Promise<string> {
  const id = newId();
  await db
    .insertInto('dialogue_session')
    .values({
      id,
      unit_id: s.unitId,
      plan_id: s.planId,
      round: s.round,
      held_by: s.heldBy,
      state: 'planned',
      date: null,
      start_time: null,
      venue: null,
      chairs: JSON.stringify((s.content?.chairs ?? []).map((c) => c.replace(/[;.]$/, ''))),
      attendance_cap: s.content?.attendanceCap ?? null,
      topics: JSON.stringify(s.content?.contentGroups.map((g) => g.text) ?? []),
      scheduled_on: null,
      notice_date: null,
      submission_deadline: null,
      channels: '[]',
      notice_document_id: null,
      short_notice: null,
      held_on: null,
      attendance_total: null,
      attendance_rev: 0,
      minutes: null,
      conclusion_draft: null,
      conclusion_date: null,
      conclusion_document_id: null,
      closed_on: null,
      version: 0,
      created_at: s.at,
      updated_at: s.at,
    })
    .execute();
  let position = 0;
  for (const composition of s.content?.participants ?? [])
    await db
      .insertInto('session_participant')
      .values({
        id: newId(),
        session_id: id,
        position: position++,
        composition,
        invited: null,
        present: null,
      })
      .execute();
  return id;
}

export const json = <T>(text: string | null, fallback: T): T =>
  text ? (JSON.parse(text) as T) : fallback;

export function sessionSummary(s: SessionRow) {
  return {
    id: s.id,
    unitId: s.unit_id,
    planId: s.plan_id,
    round: s.round === null ? null : Number(s.round),
    heldBy: s.held_by,
    /** Outside the plan's rounds: no held-by date (created by createExtraSession). */
    extra: s.held_by === null,
    state: s.state as SessionState,
    date: s.date,
    startTime: s.start_time,
    venue: s.venue,
    chairs: json<string[]>(s.chairs, []),
    attendanceCap: s.attendance_cap === null ? null : Number(s.attendance_cap),
    topics: json<string[]>(s.topics, []),
    scheduledOn: s.scheduled_on,
    noticeDate: s.notice_date,
    submissionDeadline: s.submission_deadline,
    channels: json<string[]>(s.channels, []),
    noticeDocumentId: s.notice_document_id,
    shortNotice: s.short_notice,
    heldOn: s.held_on,
    attendanceTotal: s.attendance_total === null ? null : Number(s.attendance_total),
    attendanceRev: Number(s.attendance_rev),
    conclusionDate: s.conclusion_date,
    conclusionDocumentId: s.conclusion_document_id,
    closedOn: s.closed_on,
    version: Number(s.version),
  };
}
export type SessionSummary = ReturnType<typeof sessionSummary>;

export async function listSessions(db: Q, unitId: string) {
  const rows = await db
    .selectFrom('dialogue_session')
    .selectAll()
    .where('unit_id', '=', unitId)
    .orderBy('held_by', 'desc')
    .orderBy('date', 'desc')
    .execute();
  return rows.map(sessionSummary);
}

export interface AgendaItemView extends ConsoleItem {
  rev: number;
  speakerVillageId: string | null;
  /** Where "who asks" comes from: typed by the clerk, a person who raised the matter, or a group (a village's voters, an organisation). */
  speakerFrom: SpeakerFrom;
  registrationId: string | null;
  matterState: string | null;
  matterField: string | null;
  preparedAnswer: string | null;
  assigneeName: string | null;
}
export type SpeakerFrom = 'entered' | 'petitioner' | 'group';

export async function listAgenda(db: Q, sessionId: string): Promise<AgendaItemView[]> {
  const rows = await db
    .selectFrom('agenda_item as a')
    .leftJoin('matter as m', 'm.id', 'a.matter_id')
    .leftJoin('person as p', 'p.id', 'm.assignee_person_id')
    .leftJoin('unit as v', 'v.id', 'a.speaker_village_id')
    .leftJoin('unit as mv', 'mv.id', 'm.village_id')
    .selectAll('a')
    .select([
      'm.state as matter_state',
      'm.field as matter_field',
      'm.answer as prepared_answer',
      'p.full_name as assignee_name',
      'v.name as village_name',
      'mv.name as matter_village',
      'm.village_id as matter_village_id',
    ])
    // Who asks a prepared question until the clerk writes otherwise (the agenda was seeded from
    // the matters on file without a speaker): the first person who raised the matter, else the
    // organisation that brought it, else the voters of its village.
    .select((eb) => [
      firstPetitioner(eb).select('pe.full_name').as('petitioner_name'),
      firstPetitioner(eb)
        .leftJoin('unit as pv', 'pv.id', 'pe.village_id')
        .select('pv.name')
        .as('petitioner_village'),
      firstPetitioner(eb).select('pe.village_id').as('petitioner_village_id'),
      eb
        .selectFrom('raising as r')
        .innerJoin('organisation as o', 'o.id', 'r.source_organisation_id')
        .whereRef('r.matter_id', '=', 'a.matter_id')
        .orderBy('r.created_at')
        .orderBy('r.id')
        .limit(1)
        .select('o.name')
        .as('organisation_name'),
    ])
    .where('a.session_id', '=', sessionId)
    .orderBy('a.position')
    .orderBy('a.created_at')
    .execute();
  return rows.map((r) => {
    const item = toAgendaItem(r, r);
    // Never for a question from the floor: its speaker is the person in the hall, and the hold
    // would join a borrowed name to the linked matter's petitioners.
    if (r.speaker_name !== null || Number(r.from_floor) === 1 || !r.matter_id) return item;
    if (r.petitioner_name)
      return {
        ...item,
        speakerName: r.petitioner_name,
        speakerVillage: r.petitioner_village,
        speakerVillageId: r.petitioner_village_id,
        speakerFrom: 'petitioner' as const,
      };
    const group =
      r.organisation_name ?? (r.matter_village ? `Cử tri ${lowerKind(r.matter_village)}` : null);
    return group
      ? {
          ...item,
          speakerName: group,
          speakerVillage: r.matter_village,
          speakerVillageId: r.matter_village_id,
          speakerFrom: 'group' as const,
        }
      : item;
  });
}

/** 'Thôn Đồng Lạc' → 'thôn Đồng Lạc', as it reads inside a sentence. */
const lowerKind = (village: string) =>
  /^(Thôn|Tổ|Xóm|Bản|Khối|Ấp)\s/u.test(village)
    ? village.charAt(0).toLocaleLowerCase('vi') + village.slice(1)
    : village;

function firstPetitioner(eb: ExpressionBuilder<Database & { a: AgendaItemTable }, 'a'>) {
  return eb
    .selectFrom('raising as r')
    .innerJoin('petitioner as pe', 'pe.id', 'r.petitioner_id')
    .whereRef('r.matter_id', '=', 'a.matter_id')
    .where('pe.full_name', 'is not', null)
    .where('pe.erased_at', 'is', null)
    .orderBy('r.created_at')
    .orderBy('r.id')
    .limit(1);
}

export function toAgendaItem(
  a: Selectable<AgendaItemTable>,
  extra: {
    matter_state?: string | null;
    matter_field?: string | null;
    prepared_answer?: string | null;
    assignee_name?: string | null;
    village_name?: string | null;
  } = {},
): AgendaItemView {
  return {
    id: a.id,
    position: Number(a.position),
    matterId: a.matter_id,
    speakerName: a.speaker_name,
    speakerVillage: extra.village_name ?? null,
    speakerVillageId: a.speaker_village_id,
    question: a.question,
    answer: a.answer,
    answeredBy: a.answered_by,
    outcome: a.outcome as AgendaOutcome | null,
    fromFloor: Number(a.from_floor) === 1,
    rev: Number(a.rev),
    registrationId: a.registration_id,
    speakerFrom: 'entered',
    matterState: extra.matter_state ?? null,
    matterField: extra.matter_field ?? null,
    preparedAnswer: extra.prepared_answer ?? null,
    assigneeName: extra.assignee_name ?? null,
  };
}

export async function listParticipants(db: Q, sessionId: string) {
  const rows = await db
    .selectFrom('session_participant')
    .selectAll()
    .where('session_id', '=', sessionId)
    .orderBy('position')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    composition: r.composition,
    invited: r.invited === null || r.invited === undefined ? null : Number(r.invited),
    present: r.present === null ? null : Number(r.present),
  }));
}

export async function listRegistrations(db: Q, sessionId: string) {
  return db
    .selectFrom('speaker_registration as r')
    .leftJoin('unit as v', 'v.id', 'r.village_id')
    .select([
      'r.id',
      'r.matter_id as matterId',
      'r.full_name as fullName',
      'v.name as villageName',
      'r.question',
      'r.registered_at as registeredAt',
    ])
    .where('r.session_id', '=', sessionId)
    .orderBy('r.registered_at')
    .execute();
}

export async function listOverrides(db: Q, sessionId: string) {
  return db
    .selectFrom('session_override')
    .select([
      'action',
      'rule',
      'limit_date as limitDate',
      'actual_date as actualDate',
      'message',
      'reason',
      'actor_user_id as actorUserId',
      'at',
    ])
    .where('session_id', '=', sessionId)
    .orderBy('at')
    .execute();
}

/**
 * The session's conclusion items, at most `limit` (a session holds dozens; a page, not the whole
 * list, however many an import or a generator puts on one). In the notice's order, which is the
 * agenda's (the items share one creation time); when there are more than `limit`, the first
 * `limit` by matter (the unique index's order), so the page never sorts every item.
 */
export async function listConclusionItems(
  db: Q,
  sessionId: string,
  limit = Number.MAX_SAFE_INTEGER,
) {
  const more =
    (
      await db
        .selectFrom('conclusion_item')
        .select('id')
        .where('session_id', '=', sessionId)
        .limit(1)
        .offset(Math.min(limit, 1e9))
        .execute()
    ).length > 0;
  let q = db
    .selectFrom('conclusion_item as c')
    .innerJoin('matter as m', 'm.id', 'c.matter_id')
    .select([
      'c.id',
      'c.matter_id',
      'm.content',
      'm.state',
      'c.responsible',
      'c.notice_date',
      'c.due_date',
      'c.due_text_vi',
      'c.due_text_en',
    ])
    .where('c.session_id', '=', sessionId);
  q = more
    ? q.orderBy('c.matter_id').limit(limit)
    : q
        .leftJoin('agenda_item as a', (j) =>
          j.onRef('a.session_id', '=', 'c.session_id').onRef('a.matter_id', '=', 'c.matter_id'),
        )
        .orderBy('a.position')
        .orderBy('c.id');
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    matterId: r.matter_id,
    content: r.content,
    matterState: r.state,
    responsible: r.responsible,
    noticeDate: r.notice_date,
    dueDate: r.due_date,
    dueText: { vi: r.due_text_vi, en: r.due_text_en },
  }));
}

/** How many conclusion items the session has (counted up to `cap` + 1), the latest due date with its counting, and whether every item's matter is answered. */
export async function conclusionItemsSummary(
  db: Q,
  sessionId: string,
  answered: string[],
  cap: number,
) {
  const counted = await db
    .selectFrom((eb) =>
      eb
        .selectFrom('conclusion_item')
        .select('id')
        .where('session_id', '=', sessionId)
        .limit(cap + 1)
        .as('k'),
    )
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  const last = await db
    .selectFrom('conclusion_item')
    .select(['due_date', 'due_text_vi', 'due_text_en'])
    .where('session_id', '=', sessionId)
    .orderBy('due_date', 'desc')
    .limit(1)
    .executeTakeFirst();
  const open = await db
    .selectFrom('conclusion_item as c')
    .innerJoin('matter as m', 'm.id', 'c.matter_id')
    .select('c.id')
    .where('c.session_id', '=', sessionId)
    .where('m.state', 'not in', answered)
    .limit(1)
    .executeTakeFirst();
  return {
    count: Number(counted.n),
    countCapped: Number(counted.n) > cap,
    lastDue: last
      ? { date: last.due_date, text: { vi: last.due_text_vi, en: last.due_text_en } }
      : null,
    allAnswered: !!last && !open,
  };
}

export async function listHistory(db: Q, sessionId: string) {
  return db
    .selectFrom('session_state_change')
    .select([
      'from_state as from',
      'to_state as to',
      'at',
      'actor_user_id as actorUserId',
      'reason',
    ])
    .where('entity', '=', 'session')
    .where('entity_id', '=', sessionId)
    .orderBy('at')
    .execute();
}

/** Whether a matter already has a raising from the floor by this speaker (the hold joins a linked speaker once). */
export async function hasRaisingAtSession(
  db: Q,
  matterId: string,
  fullName: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('raising')
    .innerJoin('petitioner as p', 'p.id', 'raising.petitioner_id')
    .select('raising.id')
    .where('raising.matter_id', '=', matterId)
    .where('raising.source', '=', 'at-session')
    .where('p.full_name', '=', fullName)
    .executeTakeFirst();
  return !!row;
}

/** A carried-over or settled matter's line of an issued conclusion notice, with its due date. */
export async function insertConclusionItem(
  db: Q,
  item: {
    sessionId: string;
    matterId: string;
    responsible: string;
    noticeDate: string;
    due: { date: string; text: { vi: string; en: string } };
    at: string;
  },
): Promise<void> {
  await db
    .insertInto('conclusion_item')
    .values({
      id: newId(),
      session_id: item.sessionId,
      matter_id: item.matterId,
      responsible: item.responsible,
      notice_date: item.noticeDate,
      due_date: item.due.date,
      due_text_vi: item.due.text.vi,
      due_text_en: item.due.text.en,
      created_at: item.at,
    })
    .execute();
}

/** The session's notice or conclusion notice, once issued. */
export async function setSessionDocument(
  db: Q,
  sessionId: string,
  which: 'notice' | 'conclusion',
  documentId: string,
): Promise<void> {
  await db
    .updateTable('dialogue_session')
    .set(
      which === 'notice'
        ? { notice_document_id: documentId }
        : { conclusion_document_id: documentId },
    )
    .where('id', '=', sessionId)
    .execute();
}

export async function storeConclusionDraft(
  db: Q,
  sessionId: string,
  draft: unknown,
): Promise<void> {
  await db
    .updateTable('dialogue_session')
    .set({ conclusion_draft: JSON.stringify(draft), updated_at: nowIso() })
    .where('id', '=', sessionId)
    .execute();
}

/** How many of the session's conclusion items still wait for an answer (not in the states given). */
export async function openConclusionItems(
  db: Q,
  sessionId: string,
  answeredStates: readonly string[],
): Promise<number> {
  const open = await db
    .selectFrom('conclusion_item as c')
    .innerJoin('matter as m', 'm.id', 'c.matter_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('c.session_id', '=', sessionId)
    .where('m.state', 'not in', [...answeredStates])
    .executeTakeFirstOrThrow();
  return Number(open.n);
}

/** Links a question from the floor to the matter it became, once (a retried hold leaves it). */
export async function linkAgendaItem(db: Q, itemId: string, matterId: string): Promise<void> {
  await db
    .updateTable('agenda_item')
    .set({ matter_id: matterId })
    .where('id', '=', itemId)
    .where('matter_id', 'is', null)
    .execute();
}

/** The prepared questions' matters (not those from the floor), in agenda order, with who handles each. */
export async function preparedAgendaMatters(db: Q, sessionId: string) {
  return db
    .selectFrom('agenda_item as a')
    .innerJoin('matter as m', 'm.id', 'a.matter_id')
    .leftJoin('person as p', 'p.id', 'm.assignee_person_id')
    .leftJoin('unit as mv', 'mv.id', 'm.village_id')
    .select([
      'm.id',
      'm.content',
      'm.field',
      'm.answer',
      'p.full_name',
      'p.position',
      'mv.name as village',
    ])
    .where('a.session_id', '=', sessionId)
    .where('a.from_floor', '=', 0)
    .orderBy('a.position')
    .orderBy('a.created_at')
    .execute();
}

/** The sessions in one of the states, of the units under the given paths (or of one unit), by round. */
export async function sessionsInStates(
  db: Q,
  states: readonly string[],
  prefixes: readonly string[],
  unitId?: string,
) {
  if (prefixes.length === 0) return [];
  let q = db
    .selectFrom('dialogue_session as s')
    .innerJoin('unit', 'unit.id', 's.unit_id')
    .select(['s.id', 's.unit_id', 's.round'])
    .where('s.state', 'in', [...states])
    .where((eb) => eb.or(prefixes.map((p) => eb('unit.path', 'like', `${p}%`))));
  if (unitId) q = q.where('s.unit_id', '=', unitId);
  return q.orderBy('s.round').execute();
}

/** The sessions in a state, of the units under the given paths (or of one unit), by round. */
export const sessionsInState = (
  db: Q,
  state: string,
  prefixes: readonly string[],
  unitId?: string,
) => sessionsInStates(db, [state], prefixes, unitId);

/** A session's unit's sessions in the given states, by date (the public calendar). */
export async function unitSessionsInStates(db: Q, unitId: string, states: readonly string[]) {
  return db
    .selectFrom('dialogue_session')
    .selectAll()
    .where('unit_id', '=', unitId)
    .where('state', 'in', [...states])
    .orderBy('date')
    .execute();
}

/** Every session of the unit, with what numbers it within its year. */
export async function sessionRoundsOf(db: Q, unitId: string) {
  return db
    .selectFrom('dialogue_session')
    .select(['round', 'plan_id', 'held_by', 'date', 'created_at'])
    .where('unit_id', '=', unitId)
    .execute();
}

/** The unit's newest plan of the year that is no longer a draft. */
export async function issuedPlanOfYear(db: Q, unitId: string, year: number) {
  return db
    .selectFrom('plan')
    .select(['id', 'content'])
    .where('unit_id', '=', unitId)
    .where('year', '=', year)
    .where('state', '!=', 'draft')
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

/**
 * Writes a session's new state (and other columns) under the version the caller read; false
 * when someone moved it in between.
 */
export async function moveSessionState(
  db: Q,
  id: string,
  version: number,
  set: Updateable<DialogueSessionTable>,
  at: string,
): Promise<boolean> {
  const updated = await db
    .updateTable('dialogue_session')
    .set({ ...set, version: version + 1, updated_at: at })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  return updated !== undefined;
}

export async function insertSessionOverride(
  db: Q,
  row: Insertable<SessionOverrideTable>,
): Promise<void> {
  await db.insertInto('session_override').values(row).execute();
}

/** A matter as a session records its outcome: its state, version, and the matter it merged into. */
export async function matterForOutcome(db: Q, matterId: string) {
  return db
    .selectFrom('matter')
    .select(['id', 'state', 'version', 'merged_into_id', 'content'])
    .where('id', '=', matterId)
    .executeTakeFirstOrThrow();
}
