// Bulk import of compiled lists (MTTQ, unions, villages): a preview that lists every bad row and
// why, then an import of the good rows in one transaction — or nothing if any row is bad, as the
// person chooses. Rows arrive as the preview returned them, possibly fixed by hand in between.
// Inserts go in batches inside one transaction, so 10,000 rows take seconds.
import {
  checkRows,
  classify,
  DomainError,
  foldVietnamese,
  importColumns,
  mapHeader,
  toRawRows,
  type Actor,
  type CheckedRow,
  type OpinionSource,
  type RawImportRow,
  type RowProblem,
} from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import { newId, nowIso } from '../db/ids.js';
import type { Database } from '../db/schema.js';
import { findUnit } from '../unit/unit.repository.js';
import { requireAccess } from '../shared/require-access.js';
import { refuseIfEnded } from '../unit/ended-unit.js';
import { findRoute } from './assign-by-routing.js';
import { classifierFor } from './opinion-classifier.js';
import { listVillages } from './opinion.repository.js';
import { readSheet } from './opinion-file.js';
import { insertBatch } from './intake.repository.js';
import type { Insertable } from 'kysely';
import { todayInVietnam } from '../shared/clock.js';
import type { Q } from '../shared/query.js';

export interface PreviewResult {
  rows: RawImportRow[];
  firstRow: number;
  bad: RowProblem[];
  good: number;
}

async function openForImport(db: Q, actor: Actor, unitId: string) {
  const unit = await findUnit(db, unitId);
  requireAccess(actor, 'opinion.import', unit && { unitPath: unit.path });
  await refuseIfEnded(db, unitId, todayInVietnam());
  return unit!;
}

/** Finds the header (a title line may come first) and the rows below it. */
export function sheetToRows(sheet: string[][]): { rows: RawImportRow[]; firstRow: number } {
  for (let i = 0; i < Math.min(sheet.length, 10); i++) {
    const { columns, missing } = mapHeader(sheet[i]!);
    if (missing.length === 0)
      return { rows: toRawRows(columns, sheet.slice(i + 1)), firstRow: i + 2 };
  }
  const header = importColumns.find((c) => c.key === 'content')!.header;
  throw new DomainError('VALIDATION', {
    vi: `Không tìm thấy dòng tiêu đề có cột «${header}»`,
    en: `No header row with a '${header}' column`,
  });
}

export async function previewImport(
  { db }: { db: Db },
  actor: Actor,
  unitId: string,
  bytes: Uint8Array,
  source: OpinionSource,
): Promise<PreviewResult> {
  await openForImport(db.kysely, actor, unitId);
  const { rows, firstRow } = sheetToRows(await readSheet(bytes));
  const { good, bad } = checkRows(rows, await listVillages(db.kysely, unitId), source, firstRow);
  return { rows, firstRow, bad, good: good.length };
}

export interface CommitInput {
  source: OpinionSource;
  rows: RawImportRow[];
  firstRow?: number;
  mode: 'good-only' | 'all-or-nothing' | 'check';
}

const BATCH = 400;

export async function importOpinions(
  { db }: { db: Db },
  actor: Actor,
  unitId: string,
  input: CommitInput,
) {
  return db.kysely.transaction().execute(async (trx) => {
    await openForImport(trx, actor, unitId);
    const { good, bad } = checkRows(
      input.rows,
      await listVillages(trx, unitId),
      input.source,
      input.firstRow ?? 2,
    );
    // 'check' re-checks rows corrected by hand without writing anything.
    if (input.mode === 'check' || (bad.length && input.mode === 'all-or-nothing')) {
      return { imported: 0, skipped: input.rows.length, bad };
    }
    const at = nowIso();
    const today = todayInVietnam(); // a row without a date was received today in Vietnam, not on the UTC day of `at`
    const model = await classifierFor(trx, unitId);
    const routes = new Map<string, string | undefined>();
    const routeFor = async (field: string, village: string | null) => {
      const k = `${field}|${village ?? ''}`;
      if (!routes.has(k)) routes.set(k, (await findRoute(trx, unitId, field, village))?.person_id);
      return routes.get(k);
    };
    const matters: Insertable<Database['matter']>[] = [];
    const petitioners: Insertable<Database['petitioner']>[] = [];
    const raisings: Insertable<Database['raising']>[] = [];
    const history: Insertable<Database['matter_state_change']>[] = [];
    for (const { value: r } of good) {
      const id = newId();
      const assignee = r.field ? await routeFor(r.field, r.villageId) : undefined;
      const state = !r.field ? 'received' : assignee ? 'assigned' : 'classified';
      const petitionerId = r.fullName || r.phone || r.email ? newId() : null;
      if (petitionerId) petitioners.push(petitionerRow(petitionerId, unitId, r, at));
      matters.push({
        id,
        unit_id: unitId,
        village_id: r.villageId,
        content: r.content,
        field: r.field,
        field_confirmed_by: r.field ? actor.userId : null,
        field_confirmed_at: r.field ? at : null,
        suggestions: JSON.stringify(classify(model, r.content)),
        state,
        source: r.source,
        source_organisation_id: null,
        received_on: r.receivedOn ?? today,
        assignee_person_id: assignee ?? null,
        prepare_by: null,
        merged_into_id: null,
        answer: null,
        search_folded: foldVietnamese(`${r.content} ${r.fullName ?? ''}`),
        version: 0,
        created_by: actor.userId,
        created_at: at,
        updated_at: at,
      });
      raisings.push({
        id: newId(),
        matter_id: id,
        petitioner_id: petitionerId,
        source: r.source,
        source_organisation_id: null,
        received_on: r.receivedOn ?? today,
        created_by: actor.userId,
        created_at: at,
      });
      history.push({
        id: newId(),
        matter_id: id,
        from_state: null,
        to_state: state,
        at,
        actor_user_id: actor.userId,
        reason: 'Nhập từ tệp / imported',
        detail: '{}',
      });
    }
    for (let i = 0; i < matters.length; i += BATCH) {
      if (petitioners.length > i)
        await insertBatch(trx, 'petitioner', petitioners.slice(i, i + BATCH));
      await insertBatch(trx, 'matter', matters.slice(i, i + BATCH));
    }
    for (let i = 0; i < raisings.length; i += BATCH) {
      await insertBatch(trx, 'raising', raisings.slice(i, i + BATCH));
      await insertBatch(trx, 'matter_state_change', history.slice(i, i + BATCH));
    }
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'opinion.import',
      entity: 'unit',
      entityId: unitId,
      unitId,
      detail: { source: input.source, imported: matters.length, skipped: bad.length },
    });
    return { imported: matters.length, skipped: bad.length, bad };
  });
}

function petitionerRow(
  id: string,
  unitId: string,
  r: CheckedRow,
  at: string,
): Insertable<Database['petitioner']> {
  return {
    id,
    unit_id: unitId,
    full_name: r.fullName,
    village_id: r.villageId,
    phone: r.phone,
    email: r.email,
    answer_preference: r.answerPreference,
    created_at: at,
    updated_at: at,
  };
}
