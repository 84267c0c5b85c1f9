// Reads shared by the follow-up use cases: a matter with its access facts, its petitioners
// (its own raisings and those of the matters merged into it), the conclusion item that started
// its clock, and the due date that applies now (an open escalation's, else the latest
// extension's, else the conclusion notice's).
import { can, finishedAnswerStates, notFound, type Actor } from '@doithoai/core';
import { findMatter } from '../opinion/opinion.repository.js';
import { canReadMatter, opinionScope } from '../opinion/opinion-scope.js';
import { newId } from '../db/ids.js';
import type { Q } from '../shared/query.js';

/** Matter states that appear on the follow-up worklist. */
export const followUpStates = ['in-follow-up', 'complex', 'escalated'] as const;

export type Found = NonNullable<Awaited<ReturnType<typeof findMatter>>> & { own: boolean };

/** The matter if the caller may read it (their own assignment, or every matter with 'opinion.read'); else "not found". */
export async function readableMatter(db: Q, actor: Actor, id: string): Promise<Found> {
  const found = await findMatter(db, id);
  const scope = await opinionScope(db, actor);
  const assigneeId = found?.matter.assignee_person_id ?? null;
  if (!found || !canReadMatter(actor, scope, { unitPath: found.unitPath, assigneeId }))
    throw notFound();
  return { ...found, own: !!assigneeId && scope.personIds.includes(assigneeId) };
}

/** Writing an answer: 'answer.write', and an official only on their own matters. Refused like "not found". */
export async function writableMatter(db: Q, actor: Actor, id: string): Promise<Found> {
  const f = await readableMatter(db, actor, id);
  const all = can(actor, 'opinion.read', { unitPath: f.unitPath });
  if (!can(actor, 'answer.write', { unitPath: f.unitPath }) || (!all && !f.own)) throw notFound();
  return f;
}

export function requireAction(
  actor: Actor,
  action: 'answer.approve' | 'followup.manage',
  f: Found,
) {
  if (!can(actor, action, { unitPath: f.unitPath })) throw notFound();
}

export interface PetitionerRow {
  id: string;
  fullName: string | null;
  villageName: string | null;
  phone: string | null;
  email: string | null;
}

/** Everyone who raised the matter or a matter merged into it, once each. */
export async function petitionersOf(db: Q, matterId: string): Promise<PetitionerRow[]> {
  const absorbed = (
    await db.selectFrom('matter').select('id').where('merged_into_id', '=', matterId).execute()
  ).map((m) => m.id);
  const rows = await db
    .selectFrom('raising')
    .innerJoin('petitioner as p', 'p.id', 'raising.petitioner_id')
    .leftJoin('unit as v', 'v.id', 'p.village_id')
    .select(['p.id', 'p.full_name', 'v.name as village_name', 'p.phone', 'p.email'])
    .where('raising.matter_id', 'in', [matterId, ...absorbed])
    .orderBy('raising.created_at')
    .execute();
  const seen = new Set<string>();
  return rows
    .filter((r) => !seen.has(r.id) && seen.add(r.id))
    .map((r) => ({
      id: r.id,
      fullName: r.full_name,
      villageName: r.village_name,
      phone: r.phone,
      email: r.email,
    }));
}

/** The latest conclusion item of the matter, with its session and the notice that started the clock. */
export async function conclusionItemOf(db: Q, matterId: string) {
  return db
    .selectFrom('conclusion_item as ci')
    .innerJoin('dialogue_session as s', 's.id', 'ci.session_id')
    .leftJoin('outgoing_document as d', 'd.id', 's.conclusion_document_id')
    .select([
      'ci.id',
      'ci.session_id',
      'ci.responsible',
      'ci.notice_date',
      'ci.due_date',
      'ci.due_text_vi',
      'ci.due_text_en',
      's.round',
      's.date as session_date',
      'd.number_text as notice_number',
    ])
    .where('ci.matter_id', '=', matterId)
    .orderBy('ci.created_at', 'desc')
    .executeTakeFirst();
}

export type DueBasis = 'conclusion' | 'extension' | 'escalation';
export interface CurrentDue {
  date: string;
  text: { vi: string; en: string };
  basis: DueBasis;
}

const dmy = (d: string) => d.split('-').reverse().join('/');

export function extensionText(e: { due_date: string; previous_due: string; reason: string }) {
  return {
    vi: `Gia hạn đến ${dmy(e.due_date)} (hạn trước: ${dmy(e.previous_due)}). Lý do: ${e.reason}`,
    en: `Extended to ${dmy(e.due_date)} (was ${dmy(e.previous_due)}). Reason: ${e.reason}`,
  };
}

/** The due dates in force for many matters at once. */
export async function currentDues(db: Q, matterIds: string[]): Promise<Map<string, CurrentDue>> {
  const out = new Map<string, CurrentDue>();
  if (!matterIds.length) return out;
  const items = await db
    .selectFrom('conclusion_item')
    .select(['matter_id', 'due_date', 'due_text_vi', 'due_text_en', 'created_at'])
    .where('matter_id', 'in', matterIds)
    .orderBy('created_at')
    .execute();
  for (const i of items)
    out.set(i.matter_id, {
      date: i.due_date,
      text: { vi: i.due_text_vi, en: i.due_text_en },
      basis: 'conclusion',
    });
  const ext = await db
    .selectFrom('due_extension')
    .select(['matter_id', 'due_date', 'previous_due', 'reason', 'at'])
    .where('matter_id', 'in', matterIds)
    .orderBy('at')
    .execute();
  for (const e of ext)
    out.set(e.matter_id, { date: e.due_date, text: extensionText(e), basis: 'extension' });
  const esc = await db
    .selectFrom('escalation')
    .select(['matter_id', 'due_date', 'due_text_vi', 'due_text_en', 'created_at'])
    .where('matter_id', 'in', matterIds)
    .where('state', '!=', 'answered')
    .orderBy('created_at')
    .execute();
  for (const e of esc)
    out.set(e.matter_id, {
      date: e.due_date,
      text: { vi: e.due_text_vi, en: e.due_text_en },
      basis: 'escalation',
    });
  return out;
}

/** The answer being worked on (not yet approved), if any. */
export async function openAnswer(db: Q, matterId: string) {
  return db
    .selectFrom('matter_answer')
    .selectAll()
    .where('matter_id', '=', matterId)
    .where('state', 'not in', [...finishedAnswerStates])
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

/** The caller's own name from the directory (a person linked to the account), else ''. */
export async function personNameOf(db: Q, userId: string): Promise<string> {
  const p = await db
    .selectFrom('person')
    .select('full_name')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return p?.full_name ?? '';
}

/** What the worklist's filters offer: the unit's people (also those the office may name), its villages, the rounds with follow-up items. */
export async function worklistChoices(db: Q, unitId: string) {
  const [people, villages, rounds] = await Promise.all([
    db
      .selectFrom('person')
      .select(['id', 'full_name', 'position'])
      .where('unit_id', '=', unitId)
      .orderBy('full_name')
      .execute(),
    db
      .selectFrom('unit')
      .select(['id', 'name'])
      .where('parent_id', '=', unitId)
      .orderBy('name')
      .execute(),
    // From the unit's sessions (a few a year), each asked whether it has an item: not from every item.
    db
      .selectFrom('dialogue_session as s')
      .select('s.round')
      .distinct()
      .where('s.unit_id', '=', unitId)
      .where('s.round', 'is not', null)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('conclusion_item as ci')
            .select('ci.id')
            .whereRef('ci.session_id', '=', 's.id'),
        ),
      )
      .orderBy('s.round')
      .execute(),
  ]);
  return {
    officials: people.map((p) => ({ personId: p.id, name: p.full_name, position: p.position })),
    villages: villages.map((v) => ({ id: v.id, name: v.name })),
    rounds: rounds.map((r) => Number(r.round)),
  };
}

/** A matter's answers, oldest first. */
export async function answersOf(db: Q, matterId: string) {
  return db
    .selectFrom('matter_answer')
    .selectAll()
    .where('matter_id', '=', matterId)
    .orderBy('created_at')
    .execute();
}

/** The review history of answers (written, approved, returned…), oldest first. */
export async function answerEventsOf(db: Q, answerIds: readonly string[]) {
  if (!answerIds.length) return [];
  return db
    .selectFrom('answer_event')
    .select(['answer_id', 'action', 'comment', 'at', 'actor_user_id'])
    .where('answer_id', 'in', answerIds)
    .orderBy('at')
    .execute();
}

/** A matter's answer letters, with the number and date of the document each one is. */
export async function lettersOf(db: Q, matterId: string) {
  return db
    .selectFrom('answer_letter as l')
    .innerJoin('outgoing_document as d', 'd.id', 'l.document_id')
    .select([
      'l.petitioner_id',
      'l.document_id',
      'l.sent_on',
      'l.sent_channel',
      'd.number_text',
      'd.issued_on',
    ])
    .where('l.matter_id', '=', matterId)
    .execute();
}

/** A matter's escalations to a competent body, oldest first, with their letter's number. */
export async function escalationsOf(db: Q, matterId: string) {
  return db
    .selectFrom('escalation as e')
    .leftJoin('outgoing_document as d', 'd.id', 'e.document_id')
    .select([
      'e.id',
      'e.competent_body',
      'e.proposal',
      'e.state',
      'e.sent_on',
      'e.due_date',
      'e.due_text_vi',
      'e.due_text_en',
      'e.acknowledged_on',
      'e.answered_on',
      'e.answer_text',
      'e.document_id',
      'd.number_text',
    ])
    .where('e.matter_id', '=', matterId)
    .orderBy('e.created_at')
    .execute();
}

/** A matter's due-date extensions, oldest first, with their notice's number. */
export async function extensionsOf(db: Q, matterId: string) {
  return db
    .selectFrom('due_extension as x')
    .leftJoin('outgoing_document as d', 'd.id', 'x.notice_document_id')
    .select([
      'x.previous_due',
      'x.due_date',
      'x.reason',
      'x.at',
      'x.notice_document_id',
      'd.number_text as notice_number',
    ])
    .where('x.matter_id', '=', matterId)
    .orderBy('x.at')
    .execute();
}

/** The unit's people, by name: those the office may name as responsible. */
export async function staffOf(db: Q, unitId: string) {
  return db
    .selectFrom('person')
    .select(['id', 'full_name', 'position', 'fields'])
    .where('unit_id', '=', unitId)
    .orderBy('full_name')
    .execute();
}

/** A person's full name (null when the record is gone). */
export async function personFullName(db: Q, personId: string): Promise<string | null> {
  const p = await db
    .selectFrom('person')
    .select('full_name')
    .where('id', '=', personId)
    .executeTakeFirst();
  return p?.full_name ?? null;
}

/** A matter's answer letters as documents (id and stored model), in number order: for printing. */
export async function letterDocumentsOf(db: Q, matterId: string) {
  return db
    .selectFrom('answer_letter as l')
    .innerJoin('outgoing_document as d', 'd.id', 'l.document_id')
    .select(['d.id', 'd.model', 'l.petitioner_id'])
    .where('l.matter_id', '=', matterId)
    .orderBy('d.number_text')
    .execute();
}

/** A new answer of a matter: the official's draft, or the higher level's, submitted for approval. */
export async function insertAnswer(
  db: Q,
  a: {
    matterId: string;
    unitId: string;
    origin: 'official' | 'higher-level';
    state: 'draft' | 'submitted';
    text: string;
    authorUserId: string;
    officialName: string;
    at: string;
  },
): Promise<string> {
  const id = newId();
  await db
    .insertInto('matter_answer')
    .values({
      id,
      matter_id: a.matterId,
      unit_id: a.unitId,
      origin: a.origin,
      state: a.state,
      text: a.text,
      author_user_id: a.authorUserId,
      official_name: a.officialName,
      submitted_at: a.state === 'submitted' ? a.at : null,
      approver_user_id: null,
      approver_name: null,
      approved_on: null,
      published_at: null,
      version: 0,
      created_at: a.at,
      updated_at: a.at,
    })
    .execute();
  return id;
}
