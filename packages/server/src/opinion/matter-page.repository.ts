// Reads for one matter's page beyond the list row: its due date and how it was counted, its
// answer, the documents issued about it, the sessions it went to, and its
// history (state changes and audit entries, with the names of who acted).
import {
  profileDeadline,
  type Deadline,
  type RegulationProfile,
  type WorkingCalendar,
} from '@doithoai/core';
import { sql } from 'kysely';
import { currentDues } from '../follow-up/follow-up.repository.js';
import type { Q } from '../shared/query.js';

export type DueBasis = 'prepare-by' | 'conclusion' | 'extension' | 'escalation';
export interface MatterDue {
  date: string;
  basis: DueBasis;
  /** The stored explanation (follow-up dues), Vietnamese and English. */
  text: { vi: string; en: string } | null;
  /** The full counting (rule, days skipped), when it can be shown: the conclusion's written-answer period. */
  deadline: Deadline | null;
}

/**
 * The due date in force, as the worklist has it (currentDues); before the session, the prepare-by
 * date the office set. The conclusion's date is counted again on today's calendar to show every
 * day skipped; if the calendar has changed since (a corrected holiday), the stored text stands.
 */
export async function matterDue(
  db: Q,
  m: { id: string; prepare_by: string | null },
  rules: { profile: RegulationProfile; calendar: WorkingCalendar },
): Promise<MatterDue | null> {
  const due = (await currentDues(db, [m.id])).get(m.id);
  if (!due)
    return m.prepare_by
      ? { date: m.prepare_by, basis: 'prepare-by', text: null, deadline: null }
      : null;
  let deadline: Deadline | null = null;
  if (due.basis === 'conclusion') {
    const item = await db
      .selectFrom('conclusion_item')
      .select(['notice_date', 'due_date'])
      .where('matter_id', '=', m.id)
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
    if (item) {
      const counted = profileDeadline(
        rules.profile,
        'written-answer',
        item.notice_date,
        rules.calendar,
      );
      if (counted.date === due.date) deadline = counted;
    }
  }
  return { date: due.date, basis: due.basis, text: due.text, deadline };
}

/** The written answer being worked on or published last (its state, text, who, when). */
export async function latestAnswer(db: Q, matterId: string) {
  const a = await db
    .selectFrom('matter_answer')
    .select(['id', 'state', 'text', 'official_name', 'approver_name', 'approved_on', 'updated_at'])
    .where('matter_id', '=', matterId)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return a
    ? {
        id: a.id,
        state: a.state,
        text: a.text,
        officialName: a.official_name,
        approverName: a.approver_name,
        approvedOn: a.approved_on,
        updatedAt: a.updated_at,
      }
    : null;
}

export type DocumentRelation = 'letter' | 'timeline-notice' | 'escalation' | 'conclusion-notice';

/** Documents issued about the matter: its answer letters, timeline notices, proposals to the higher level, the conclusion notice. */
export async function matterDocuments(db: Q, matterId: string) {
  const base = db
    .selectFrom('outgoing_document as d')
    .select(['d.id', 'd.kind', 'd.number_text', 'd.title', 'd.issued_on']);
  const [letters, notices, escalations, conclusions] = await Promise.all([
    base
      .innerJoin('answer_letter as l', 'l.document_id', 'd.id')
      .where('l.matter_id', '=', matterId)
      .execute(),
    base
      .innerJoin('due_extension as x', 'x.notice_document_id', 'd.id')
      .where('x.matter_id', '=', matterId)
      .execute(),
    base
      .innerJoin('escalation as e', 'e.document_id', 'd.id')
      .where('e.matter_id', '=', matterId)
      .execute(),
    base
      .innerJoin('dialogue_session as s', 's.conclusion_document_id', 'd.id')
      .innerJoin('conclusion_item as ci', 'ci.session_id', 's.id')
      .where('ci.matter_id', '=', matterId)
      .execute(),
  ]);
  const tagged: [DocumentRelation, typeof letters][] = [
    ['conclusion-notice', conclusions],
    ['timeline-notice', notices],
    ['escalation', escalations],
    ['letter', letters],
  ];
  const seen = new Set<string>();
  return tagged
    .flatMap(([relation, rows]) =>
      rows
        .filter((d) => !seen.has(d.id) && seen.add(d.id))
        .map((d) => ({
          id: d.id,
          kind: d.kind,
          numberText: d.number_text,
          title: d.title,
          issuedOn: d.issued_on,
          relation,
        })),
    )
    .sort((a, b) => a.issuedOn.localeCompare(b.issuedOn));
}

/** The sessions the matter was put to (agenda), with what came of it there. */
export async function matterSessions(db: Q, matterId: string) {
  const rows = await db
    .selectFrom('agenda_item as a')
    .innerJoin('dialogue_session as s', 's.id', 'a.session_id')
    .select(['s.id', 's.round', 's.date', 's.venue', 'a.outcome'])
    .where('a.matter_id', '=', matterId)
    .orderBy('s.date')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    round: r.round === null ? null : Number(r.round),
    date: r.date,
    venue: r.venue,
    outcome: r.outcome,
  }));
}

/** The matters merged into this one, with their texts. */
export async function absorbedMatters(db: Q, matterId: string) {
  return db
    .selectFrom('matter')
    .select(['id', 'content'])
    .where('merged_into_id', '=', matterId)
    .execute();
}

/** Who raised these matters, oldest first: each raising with its petitioner and their village. */
export async function matterRaisings(db: Q, matterIds: string[]) {
  return db
    .selectFrom('raising')
    .leftJoin('petitioner as p', 'p.id', 'raising.petitioner_id')
    .leftJoin('unit as v', 'v.id', 'p.village_id')
    .select([
      'raising.id',
      'raising.matter_id',
      'raising.source',
      'raising.received_on',
      'p.id as petitioner_id',
      'p.full_name',
      'p.phone',
      'p.email',
      'p.answer_preference',
      'v.name as village_name',
    ])
    .where('raising.matter_id', 'in', matterIds)
    .orderBy('raising.created_at')
    .execute();
}

/** The consents these petitioners gave (and have not withdrawn). */
export async function grantedConsents(db: Q, petitionerIds: string[]) {
  return db
    .selectFrom('petitioner_consent')
    .select(['petitioner_id', 'purpose', 'recorded_at', 'recorded_by'])
    .where('petitioner_id', 'in', petitionerIds)
    .where('granted', '=', 1)
    .execute();
}

/** The matter's state changes, oldest first. */
export async function stateHistory(db: Q, matterId: string) {
  return db
    .selectFrom('matter_state_change')
    .select(['from_state', 'to_state', 'at', 'actor_user_id', 'reason'])
    .where('matter_id', '=', matterId)
    .orderBy('at')
    .execute();
}

/** Accesses to personal data are logged but are not the matter's history (the audit log shows them). */
const notHistory = ['petitioner.view', 'attachment.view', 'document.view'];

export interface ActivityEntry {
  at: string;
  kind: 'state' | 'audit';
  action: string;
  from: string | null;
  to: string | null;
  reason: string | null;
  actorName: string | null;
}

/** State changes and audit entries about the matter, oldest first, with who acted by name. */
export async function matterActivity(db: Q, matterId: string): Promise<ActivityEntry[]> {
  const [changes, audits] = await Promise.all([
    stateHistory(db, matterId),
    db
      .selectFrom('audit_event')
      .select(['action', 'at', 'actor_user_id', 'reason'])
      .where('entity', '=', 'matter')
      .where('entity_id', '=', matterId)
      .where('action', 'not in', notHistory)
      .orderBy('at')
      .execute(),
  ]);
  const names = await actorNames(
    db,
    [...changes, ...audits].flatMap((r) => (r.actor_user_id ? [r.actor_user_id] : [])),
  );
  const name = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  // A move is both a state change and an audit entry ('opinion.move'): shown once, as the change.
  const entries: ActivityEntry[] = [
    ...changes.map((c) => ({
      at: String(c.at),
      kind: 'state' as const,
      action: 'state',
      from: c.from_state,
      to: c.to_state,
      reason: c.reason,
      actorName: name(c.actor_user_id),
    })),
    ...audits
      .filter((a) => a.action !== 'opinion.move')
      .map((a) => ({
        at: String(a.at),
        kind: 'audit' as const,
        action: a.action,
        from: null,
        to: null,
        reason: a.reason,
        actorName: name(a.actor_user_id),
      })),
  ];
  return entries.sort(
    (a, b) => a.at.localeCompare(b.at) || (a.kind === b.kind ? 0 : a.kind === 'audit' ? -1 : 1),
  );
}

/** A person's name from the directory when the account has one, else the account's name. */
export async function actorNames(db: Q, userIds: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return new Map();
  const users = (
    await sql<{
      id: string;
      name: string | null;
    }>`select id, name from ${sql.table('user')} where id in (${sql.join(ids)})`.execute(db)
  ).rows;
  const people = await db
    .selectFrom('person')
    .select(['user_id', 'full_name'])
    .where('user_id', 'in', ids)
    .execute();
  const out = new Map(users.map((u) => [u.id, u.name ?? u.id]));
  for (const p of people) if (p.user_id) out.set(p.user_id, p.full_name);
  return out;
}
