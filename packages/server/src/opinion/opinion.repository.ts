// Reads and writes of matters, petitioners, raisings, state history and routes. Lists take the
// caller's scope (see opinion-scope.ts), so they can never return another unit's matters.
import {
  foldVietnamese,
  type FieldSuggestion,
  type MatterState,
  type MatterSummary,
  type OpinionSource,
} from '@doithoai/core';
import type { Selectable } from 'kysely';
import type { MatterStateChangeTable, MatterTable } from '../db/schema.js';
import { compiledOnce } from '../db/compiled-query.js';
import { newId, nowIso } from '../db/ids.js';
import type { Q } from '../shared/query.js';

export type MatterRow = Selectable<MatterTable>;

/** A matter with the path of its unit, for the access check. */
export async function findMatter(db: Q, id: string) {
  const row = await db
    .selectFrom('matter')
    .innerJoin('unit', 'unit.id', 'matter.unit_id')
    .selectAll('matter')
    .select('unit.path as unit_path')
    .where('matter.id', '=', id)
    .executeTakeFirst();
  return row && { matter: row as MatterRow, unitPath: row.unit_path };
}

/**
 * A matter's state moved (the rule is the caller's: core canMove), its version counted and the
 * move kept in its history; `set` writes other columns in the same update (the answer's text).
 */
export async function moveMatterState(
  db: Q,
  m: { id: string; version: number },
  move: {
    from: MatterState;
    to: MatterState;
    actorUserId: string;
    reason?: string | null;
    detail?: Record<string, unknown>;
  },
  set: { answer?: string } = {},
): Promise<void> {
  await db
    .updateTable('matter')
    .set({ state: move.to, version: Number(m.version) + 1, updated_at: nowIso(), ...set })
    .where('id', '=', m.id)
    .execute();
  await recordStateChange(db, { matterId: m.id, ...move });
}

export async function recordStateChange(
  db: Q,
  e: {
    matterId: string;
    from: MatterState | null;
    to: MatterState;
    actorUserId: string | null;
    reason?: string | null;
    detail?: Record<string, unknown>;
  },
) {
  await stateChangeInsert(db, {
    id: newId(),
    matter_id: e.matterId,
    from_state: e.from,
    to_state: e.to,
    at: nowIso(),
    actor_user_id: e.actorUserId,
    reason: e.reason ?? null,
    detail: JSON.stringify(e.detail ?? {}),
  });
}
/** A history row as given (the demo's backdated ones); recordStateChange stamps the time itself. */
export async function insertStateChange(db: Q, row: MatterStateChangeTable): Promise<void> {
  await stateChangeInsert(db, row);
}
// Compiled once (db/compiled-query.ts): every entry writes one or two.
const stateChangeInsert = compiledOnce((db, v: MatterStateChangeTable) =>
  db.insertInto('matter_state_change').values({
    id: v.id,
    matter_id: v.matter_id,
    from_state: v.from_state,
    to_state: v.to_state,
    at: v.at,
    actor_user_id: v.actor_user_id,
    reason: v.reason,
    detail: v.detail,
  }),
);

/** The folded shadow text search reads: the content, every petitioner's name, the answer. */
export async function refreshSearchText(db: Q, matterId: string) {
  const m = await db
    .selectFrom('matter')
    .select(['content', 'answer'])
    .where('id', '=', matterId)
    .executeTakeFirstOrThrow();
  const names = await db
    .selectFrom('raising')
    .innerJoin('petitioner', 'petitioner.id', 'raising.petitioner_id')
    .select('petitioner.full_name')
    .where('raising.matter_id', '=', matterId)
    .execute();
  const text = [m.content, ...names.map((n) => n.full_name ?? ''), m.answer ?? ''].join(' ');
  await db
    .updateTable('matter')
    .set({ search_folded: foldVietnamese(text) })
    .where('id', '=', matterId)
    .execute();
}

/** Which of these matters are the unit's (their ids, in no order). */
export async function matterIdsInUnit(db: Q, unitId: string, ids: string[]): Promise<string[]> {
  const rows = await db
    .selectFrom('matter')
    .select('id')
    .where('id', 'in', ids)
    .where('unit_id', '=', unitId)
    .execute();
  return rows.map((r) => r.id);
}

/** Villages (units directly below the commune) by id, to check and name them. */
export async function listVillages(db: Q, unitId: string) {
  return db
    .selectFrom('unit')
    .select(['id', 'name'])
    .where('parent_id', '=', unitId)
    .orderBy('code')
    .execute();
}

/** The name of a village of the unit (a unit directly below it), by key; undefined if it is not one. */
export async function villageName(
  db: Q,
  unitId: string,
  villageId: string,
): Promise<string | undefined> {
  const village = await db
    .selectFrom('unit')
    .select('name')
    .where('id', '=', villageId)
    .where('parent_id', '=', unitId)
    .executeTakeFirst();
  return village?.name;
}

/** List rows for the given ids, in the given order: village, official, number of petitioners. */
export async function summarise(db: Q, ids: string[]): Promise<MatterSummary[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('matter')
    .leftJoin('unit as v', 'v.id', 'matter.village_id')
    .leftJoin('person as p', 'p.id', 'matter.assignee_person_id')
    .selectAll('matter')
    .select(['v.name as village_name', 'p.full_name as assignee_name'])
    .where('matter.id', 'in', ids)
    .execute();
  const own = await db
    .selectFrom('raising')
    .select((eb) => ['matter_id', eb.fn.countAll<number>().as('n')])
    .where('matter_id', 'in', ids)
    .groupBy('matter_id')
    .execute();
  const absorbed = await db
    .selectFrom('raising')
    .innerJoin('matter as child', 'child.id', 'raising.matter_id')
    .select((eb) => ['child.merged_into_id', eb.fn.countAll<number>().as('n')])
    .where('child.merged_into_id', 'in', ids)
    .groupBy('child.merged_into_id')
    .execute();
  const countOf = new Map<string, number>();
  for (const c of own) countOf.set(c.matter_id, Number(c.n));
  for (const c of absorbed)
    countOf.set(c.merged_into_id!, (countOf.get(c.merged_into_id!) ?? 0) + Number(c.n));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [
      {
        id: r.id,
        unitId: r.unit_id,
        villageId: r.village_id,
        villageName: r.village_name,
        content: r.content,
        field: r.field,
        suggestions: JSON.parse(r.suggestions) as FieldSuggestion[],
        state: r.state as MatterState,
        source: r.source as OpinionSource,
        assigneeId: r.assignee_person_id,
        assigneeName: r.assignee_name,
        prepareBy: r.prepare_by,
        mergedIntoId: r.merged_into_id,
        petitionerCount: countOf.get(r.id) ?? 0,
        receivedOn: r.received_on,
        version: r.version,
      },
    ];
  });
}

/**
 * Everyone who raised a matter, its merged matters' petitioners included (a merged matter is
 * answered once, to all): each raising's petitioner's village, for the documents that count them.
 */
export async function raisingsWithMerged(
  db: Q,
  matterId: string,
): Promise<{ name: string | null }[]> {
  return db
    .selectFrom('raising')
    .leftJoin('petitioner as pe', 'pe.id', 'raising.petitioner_id')
    .leftJoin('unit as v', 'v.id', 'pe.village_id')
    .select(['v.name'])
    .where((eb) =>
      eb.or([
        eb('raising.matter_id', '=', matterId),
        eb(
          'raising.matter_id',
          'in',
          eb.selectFrom('matter').select('id').where('merged_into_id', '=', matterId),
        ),
      ]),
    )
    .execute();
}

/** The date of the unit's last session held on or before today (the current round began then). */
export async function lastHeldSessionDate(
  db: Q,
  unitId: string,
  heldStates: readonly string[],
  today: string,
): Promise<string | null> {
  const last = await db
    .selectFrom('dialogue_session')
    .select('date')
    .where('unit_id', '=', unitId)
    .where('state', 'in', [...heldStates])
    .where('date', 'is not', null)
    .where('date', '<=', today)
    .orderBy('date', 'desc')
    .limit(1)
    .executeTakeFirst();
  return last?.date ?? null;
}

/** Sets a matter's field as confirmed (and, when asked, its state back to classified, unassigned), under the version read. */
export async function confirmField(
  db: Q,
  id: string,
  version: number,
  field: string,
  by: string,
  at: string,
  reclassify: boolean,
) {
  return db
    .updateTable('matter')
    .set({
      field,
      field_confirmed_by: by,
      field_confirmed_at: at,
      version: version + 1,
      updated_at: at,
      ...(reclassify ? { state: 'classified', assignee_person_id: null } : {}),
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

/** Moves a matter to a state under the version read; false when someone saved in between. */
export async function setMatterStateVersioned(
  db: Q,
  id: string,
  version: number,
  state: string,
): Promise<boolean> {
  const updated = await db
    .updateTable('matter')
    .set({ state, version: version + 1, updated_at: nowIso() })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  return !!updated;
}

/** Assigns a matter to an official (and its prepare-by date) under the version read; false when someone saved in between. */
export async function assignMatterVersioned(
  db: Q,
  id: string,
  version: number,
  a: { personId: string; prepareBy: string | null },
): Promise<boolean> {
  const updated = await db
    .updateTable('matter')
    .set({
      state: 'assigned',
      assignee_person_id: a.personId,
      prepare_by: a.prepareBy,
      version: version + 1,
      updated_at: nowIso(),
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  return !!updated;
}
