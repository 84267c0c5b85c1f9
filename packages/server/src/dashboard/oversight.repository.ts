// The oversight table's reads, each independent of the others (the use case starts them
// together): the units under a unit that existed in the period, the period's sessions, the
// follow-up figures summed by commune (report_answer_summary, 0016) and escalations by commune.
import { sql } from 'kysely';
import type { Q } from '../shared/query.js';

interface Period {
  from: string;
  to: string;
}

const sessionColumns = [
  'unit_id',
  'round',
  'held_by',
  'date',
  'notice_date',
  'held_on',
  'conclusion_date',
] as const;

/** Units under the path (itself included) valid on some day of the period, except those kinds. */
export async function unitsExistingIn(
  db: Q,
  unitPath: string,
  period: Period,
  exceptKinds: readonly string[],
) {
  return db
    .selectFrom('unit')
    .leftJoin('unit_validity as v', 'v.unit_id', 'unit.id')
    .select(['unit.id', 'unit.name', 'unit.path', 'unit.parent_id', 'unit.kind'])
    .where('unit.path', 'like', `${unitPath}%`)
    .where('unit.kind', 'not in', exceptKinds)
    .where((eb) =>
      eb.and([
        eb.or([eb('v.valid_to', 'is', null), eb('v.valid_to', '>=', period.from)]),
        eb.or([eb('v.valid_from', 'is', null), eb('v.valid_from', '<=', period.to)]),
      ]),
    )
    .execute();
}

/** Every unit's sessions dated in the period (by date alone: a covering index range, 0016). */
export async function sessionsDatedIn(db: Q, period: Period) {
  return db
    .selectFrom('dialogue_session')
    .select(sessionColumns)
    .where('date', '>=', period.from)
    .where('date', '<=', period.to)
    .execute();
}

/** Every unit's sessions without a date that are to be held by a day of the period. */
export async function undatedSessionsDueIn(db: Q, period: Period) {
  return db
    .selectFrom('dialogue_session')
    .select(sessionColumns)
    .where('date', 'is', null)
    .where('held_by', '>=', period.from)
    .where('held_by', '<=', period.to)
    .execute();
}

/** Items due in the period under the path, summed by commune; overdue: still open, due before today. */
export async function answerSummaryByCommune(
  db: Q,
  unitPath: string,
  period: Period,
  today: string,
) {
  return db
    .selectFrom('report_answer_summary')
    .select([
      'unit_path',
      sql<number>`sum(total)`.as('total'),
      sql<number>`sum(on_time)`.as('on_time'),
      sql<number>`sum(late)`.as('late'),
      sql<number>`sum(case when due_date < ${today} then open else 0 end)`.as('overdue'),
      sql<number>`sum(escalated)`.as('escalated'),
    ])
    .where('due_date', '>=', period.from)
    .where('due_date', '<=', period.to)
    .where('unit_path', 'like', `${unitPath}%`)
    .groupBy('unit_path')
    .execute();
}

/** Every unit's escalations sent in the period, counted by unit and state (overdue: unanswered past due). */
export async function escalationsSentIn(db: Q, period: Period, today: string) {
  return db
    .selectFrom('escalation')
    .select([
      'unit_id',
      'state',
      sql<number>`count(*)`.as('count'),
      sql<number>`sum(case when state <> 'answered' and due_date < ${today} then 1 else 0 end)`.as(
        'overdue',
      ),
    ])
    .where('sent_on', '>=', period.from)
    .where('sent_on', '<=', period.to)
    .groupBy(['unit_id', 'state'])
    .execute();
}
