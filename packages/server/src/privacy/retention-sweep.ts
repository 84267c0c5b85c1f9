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
import { namedSpeakersClosedBefore, renameSpeaker } from './erasure.repository.js';
import { unerasedPetitionerMatters, updatePetitioner } from './petitioner.repository.js';

export interface SweepLine {
  kind: RetentionKind;
  months: number;
  cutoff: string;
  records: number;
}

const finished = new Set<string>([...finishedMatterStates, 'merged']);
/** A swept speaker's name: this, then the start of the registration's id. */
const SPEAKER_ALIAS = 'Người phát biểu #';

/** Petitioners (not yet erased) whose every matter finished before the cut-off. */
async function endedPetitioners(
  db: Db,
  cutoff: string,
  needContact: boolean,
): Promise<{ id: string; unit_id: string }[]> {
  const rows = await unerasedPetitionerMatters(db.kysely, needContact);
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
            await updatePetitioner(trx, p.id, { phone: null, email: null, updated_at: at });
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
      const rows = await namedSpeakersClosedBefore(db.kysely, cutoff, `${SPEAKER_ALIAS}%`);
      out.push({ ...base, records: rows.length });
      if (opts.dryRun || !rows.length) continue;
      await db.kysely.transaction().execute(async (trx) => {
        for (const r of rows) await renameSpeaker(trx, r.id, `${SPEAKER_ALIAS}${r.id.slice(0, 6)}`);
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
