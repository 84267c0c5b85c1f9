// Reads and writes of plans, and the history of plan and session states (one table for both).
import { PlanContent, type PlanState } from '@doithoai/core';
import type { Insertable, Selectable } from 'kysely';
import type { PlanTable } from '../db/schema.js';
import { newId, nowIso } from '../db/ids.js';
import type { Q } from '../shared/query.js';

export interface PlanView {
  id: string;
  unitId: string;
  year: number;
  state: PlanState;
  profileCode: string;
  content: PlanContent;
  documentId: string | null;
  numberText: string | null;
  version: number;
  updatedAt: string;
}

export function toPlan(r: Selectable<PlanTable>, numberText: string | null = null): PlanView {
  return {
    id: r.id,
    unitId: r.unit_id,
    year: Number(r.year),
    state: r.state as PlanState,
    profileCode: r.profile_code,
    content: PlanContent.parse(JSON.parse(r.content)),
    documentId: r.document_id,
    numberText,
    version: Number(r.version),
    updatedAt: r.updated_at,
  };
}

/** A plan with its unit's path (for the access check) and its register number once issued. */
export async function findPlan(db: Q, id: string) {
  const r = await db
    .selectFrom('plan')
    .innerJoin('unit', 'unit.id', 'plan.unit_id')
    .leftJoin('outgoing_document as d', 'd.id', 'plan.document_id')
    .selectAll('plan')
    .select(['unit.path as unit_path', 'unit.name as unit_name', 'd.number_text', 'd.issued_on'])
    .where('plan.id', '=', id)
    .executeTakeFirst();
  return (
    r && {
      plan: toPlan(r, r.number_text),
      unitPath: r.unit_path,
      unitName: r.unit_name,
      issuedOn: r.issued_on,
    }
  );
}

export async function listPlans(db: Q, unitId: string): Promise<PlanView[]> {
  const rows = await db
    .selectFrom('plan')
    .leftJoin('outgoing_document as d', 'd.id', 'plan.document_id')
    .selectAll('plan')
    .select('d.number_text')
    .where('plan.unit_id', '=', unitId)
    .orderBy('plan.year', 'desc')
    .execute();
  return rows.map((r) => toPlan(r, r.number_text));
}

/** Does the unit have a plan for the year already (whatever its state)? */
export async function hasPlanFor(db: Q, unitId: string, year: number): Promise<boolean> {
  const row = await db
    .selectFrom('plan')
    .select('id')
    .where('unit_id', '=', unitId)
    .where('year', '=', year)
    .executeTakeFirst();
  return !!row;
}

export async function insertPlan(db: Q, row: Insertable<PlanTable>): Promise<void> {
  await db.insertInto('plan').values(row).execute();
}

export async function recordStateChange(
  db: Q,
  e: {
    entity: 'plan' | 'session';
    id: string;
    from: string | null;
    to: string;
    actorUserId: string | null;
    reason?: string | null;
    detail?: Record<string, unknown>;
  },
) {
  await db
    .insertInto('session_state_change')
    .values({
      id: newId(),
      entity: e.entity,
      entity_id: e.id,
      from_state: e.from,
      to_state: e.to,
      at: nowIso(),
      actor_user_id: e.actorUserId,
      reason: e.reason ?? null,
      detail: JSON.stringify(e.detail ?? {}),
    })
    .execute();
}

/** Marks the plan issued under the version the caller read; false when someone saved in between. */
export async function markPlanIssued(
  db: Q,
  plan: { id: string; version: number },
  documentId: string,
  at: string,
): Promise<boolean> {
  const updated = await db
    .updateTable('plan')
    .set({ state: 'issued', document_id: documentId, version: plan.version + 1, updated_at: at })
    .where('id', '=', plan.id)
    .where('version', '=', plan.version)
    .returning('id')
    .executeTakeFirst();
  return !!updated;
}

/** Saves a draft plan's content under the version the editor saw; false when someone saved in between. */
export async function savePlanContent(
  db: Q,
  id: string,
  version: number,
  content: unknown,
  at: string,
): Promise<boolean> {
  const updated = await db
    .updateTable('plan')
    .set({ content: JSON.stringify(content), version: version + 1, updated_at: at })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  return !!updated;
}

/** The draft plans of the units under the given paths (or of one unit). */
export async function draftPlans(db: Q, prefixes: readonly string[], unitId?: string | null) {
  if (prefixes.length === 0) return [];
  let q = db
    .selectFrom('plan')
    .innerJoin('unit', 'unit.id', 'plan.unit_id')
    .select(['plan.id', 'plan.unit_id', 'plan.year'])
    .where('plan.state', '=', 'draft')
    .where((eb) => eb.or(prefixes.map((p) => eb('unit.path', 'like', `${p}%`))));
  if (unitId) q = q.where('plan.unit_id', '=', unitId);
  return q.execute();
}
