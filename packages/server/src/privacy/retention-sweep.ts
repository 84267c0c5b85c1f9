// The retention sweep: applies core's retentionRules to data whose purpose has ended — a
// petitioner all of whose matters finished (closed, rejected, withdrawn; merged ones follow
// their target) before the cut-off; a speaker registration of a session closed before it.
// It never deletes a matter, an answer, a document or an audit entry; each kind swept is one
// audit entry listing the records changed. --dry-run counts without changing anything.
import {
  DomainError,
  finishedMatterStates,
  retentionCutoff,
  retentionRules,
  type RetentionKind,
} from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import { nowIso } from '../db/ids.js';
import { todayInVietnam } from '../shared/clock.js';
import { erasePetitioner } from './erase-petitioner.js';

export interface SweepLine {
  kind: RetentionKind;
  months: number;
  cutoff: string;
  records: number;
}

const finished = new Set<string>([...finishedMatterStates, 'merged']);

/** Petitioners (not yet erased) whose every matter finished before the cut-off. */
async function endedPetitioners(
  db: Db,
  cutoff: string,
  needContact: boolean,
): Promise<{ id: string; unit_id: string }[]> {
  let q = db.kysely
    .selectFrom('petitioner')
    .innerJoin('raising', 'raising.petitioner_id', 'petitioner.id')
    .innerJoin('matter', 'matter.id', 'raising.matter_id')
    .leftJoin('matter as target', 'target.id', 'matter.merged_into_id')
    .select([
      'petitioner.id',
      'petitioner.unit_id',
      'matter.state',
      'matter.updated_at',
      'target.state as target_state',
      'target.updated_at as target_updated_at',
    ])
    .where('petitioner.erased_at', 'is', null);
  if (needContact)
    q = q.where((eb) =>
      eb.or([eb('petitioner.phone', 'is not', null), eb('petitioner.email', 'is not', null)]),
    );
  const rows = await q.execute();
  const byPetitioner = new Map<string, { unit_id: string; ok: boolean }>();
  for (const r of rows) {
    const state = r.state === 'merged' && r.target_state ? r.target_state : r.state;
    const ended = (
      r.state === 'merged' && r.target_updated_at ? r.target_updated_at : r.updated_at
    ).slice(0, 10);
    const ok = finished.has(state) && state !== 'merged' && ended < cutoff;
    const cur = byPetitioner.get(r.id);
    byPetitioner.set(r.id, { unit_id: r.unit_id, ok: (cur?.ok ?? true) && ok });
  }
  return [...byPetitioner].filter(([, v]) => v.ok).map(([id, v]) => ({ id, unit_id: v.unit_id }));
}

export async function retentionSweep(
  db: Db,
  opts: { today?: string; dryRun?: boolean; actorUserId?: string | null } = {},
): Promise<SweepLine[]> {
  if (opts.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.today)) {
    throw new DomainError(
      'VALIDATION',
      { vi: 'Ngày "today" cần dạng YYYY-MM-DD', en: '"today" must be YYYY-MM-DD' },
      [{ field: 'today', message: { vi: 'Cần dạng YYYY-MM-DD', en: 'expected YYYY-MM-DD' } }],
    );
  }
  const today = opts.today ?? todayInVietnam();
  const out: SweepLine[] = [];
  for (const rule of retentionRules) {
    const cutoff = retentionCutoff(today, rule.months);
    const base = { kind: rule.kind, months: rule.months, cutoff };
    if (rule.kind === 'petitioner-contact' || rule.kind === 'petitioner-identity') {
      const list = await endedPetitioners(db, cutoff, rule.kind === 'petitioner-contact');
      out.push({ ...base, records: list.length });
      if (opts.dryRun || !list.length) continue;
      await db.kysely.transaction().execute(async (trx) => {
        if (rule.kind === 'petitioner-contact') {
          const at = nowIso();
          for (const p of list)
            await trx
              .updateTable('petitioner')
              .set({ phone: null, email: null, updated_at: at })
              .where('id', '=', p.id)
              .execute();
          await recordAudit(trx, {
            actorUserId: opts.actorUserId ?? null,
            action: 'retention.sweep',
            entity: 'petitioner',
            entityId: rule.kind,
            unitId: null,
            detail: {
              kind: rule.kind,
              cutoff,
              petitionerIds: list.map((p) => p.id),
              fields: ['phone', 'email'],
            },
          });
        } else {
          for (const p of list)
            await erasePetitioner(trx, p.id, {
              actorUserId: opts.actorUserId ?? null,
              reason: `Hết thời hạn lưu trữ (${rule.months} tháng) / retention period ended`,
              how: 'retention',
            });
        }
      });
    } else {
      const rows = await db.kysely
        .selectFrom('speaker_registration')
        .innerJoin('dialogue_session as s', 's.id', 'speaker_registration.session_id')
        .select(['speaker_registration.id', 'speaker_registration.full_name'])
        .where('s.closed_on', 'is not', null)
        .where('s.closed_on', '<', cutoff)
        .where('speaker_registration.full_name', 'not like', 'Người phát biểu #%')
        .execute();
      out.push({ ...base, records: rows.length });
      if (opts.dryRun || !rows.length) continue;
      await db.kysely.transaction().execute(async (trx) => {
        for (const r of rows)
          await trx
            .updateTable('speaker_registration')
            .set({ full_name: `Người phát biểu #${r.id.slice(0, 6)}` })
            .where('id', '=', r.id)
            .execute();
        await recordAudit(trx, {
          actorUserId: opts.actorUserId ?? null,
          action: 'retention.sweep',
          entity: 'speaker_registration',
          entityId: rule.kind,
          unitId: null,
          detail: { kind: rule.kind, cutoff, ids: rows.map((r) => r.id) },
        });
      });
    }
  }
  return out;
}
