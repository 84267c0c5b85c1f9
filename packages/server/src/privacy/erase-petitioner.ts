// Erasure (Luật 91/2025: a person's request to erase their data) without breaking the record of
// what was decided: the petitioner row keeps its id, unit and village but its name becomes a
// pseudonym and its phone and email are removed; the same name is replaced where the sessions
// wrote it (speaker registrations, agenda items of their matters); the search shadow is rebuilt.
// Matters, answers, issued documents (as sent) and audit entries stay as they are.
import { pseudonym } from '@doithoai/core';
import type { Kysely, Transaction } from 'kysely';
import { recordAudit } from '../audit/audit.js';
import type { Database } from '../db/schema.js';
import { nowIso } from '../db/ids.js';
import { refreshSearchText } from '../opinion/opinion.repository.js';

type Q = Kysely<Database> | Transaction<Database>;

export interface ErasureResult {
  petitionerId: string;
  alreadyErased: boolean;
  matters: string[];
  speakerRows: number;
  agendaRows: number;
}

export async function erasePetitioner(
  trx: Q,
  petitionerId: string,
  by: { actorUserId: string | null; reason: string; requestId?: string | null; how: 'request' | 'retention' },
): Promise<ErasureResult> {
  const p = await trx.selectFrom('petitioner').selectAll().where('id', '=', petitionerId).executeTakeFirstOrThrow();
  const matters = (await trx.selectFrom('raising').select('matter_id').where('petitioner_id', '=', petitionerId).execute()).map((r) => r.matter_id);
  if (p.erased_at) return { petitionerId, alreadyErased: true, matters, speakerRows: 0, agendaRows: 0 };
  const alias = pseudonym(petitionerId);
  const at = nowIso();
  let speakerRows = 0;
  let agendaRows = 0;
  if (p.full_name && matters.length) {
    const s = await trx.updateTable('speaker_registration').set({ full_name: alias }).where('matter_id', 'in', matters).where('full_name', '=', p.full_name).executeTakeFirst();
    speakerRows = Number(s.numUpdatedRows);
    const a = await trx.updateTable('agenda_item').set({ speaker_name: alias }).where('matter_id', 'in', matters).where('speaker_name', '=', p.full_name).executeTakeFirst();
    agendaRows = Number(a.numUpdatedRows);
  }
  await trx.updateTable('petitioner').set({ full_name: alias, phone: null, email: null, erased_at: at, updated_at: at }).where('id', '=', petitionerId).execute();
  await trx.updateTable('petitioner_consent')
    .set({ withdrawn_at: at, withdrawn_by: by.actorUserId, withdrawn_how: by.how === 'request' ? 'erasure' : 'retention' })
    .where('petitioner_id', '=', petitionerId).where('withdrawn_at', 'is', null).execute();
  for (const m of matters) await refreshSearchText(trx, m);
  await recordAudit(trx, {
    actorUserId: by.actorUserId, action: by.how === 'request' ? 'petitioner.erase' : 'petitioner.retention-erase', entity: 'petitioner', entityId: petitionerId,
    unitId: p.unit_id, reason: by.reason, detail: { requestId: by.requestId ?? null, matters, fields: ['full_name', 'phone', 'email'], speakerRows, agendaRows },
  });
  return { petitionerId, alreadyErased: false, matters, speakerRows, agendaRows };
}
