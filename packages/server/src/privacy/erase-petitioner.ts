// Erasure (Luật 91/2025: a person's request to erase their data) without breaking the record of
// what was decided: the petitioner row keeps its id, unit and village but its name becomes a
// pseudonym and its phone and email are removed; the same name is replaced where the sessions
// wrote it (speaker registrations, agenda items of their matters); the search shadow is rebuilt.
// Matters, answers, issued documents (as sent) and audit entries stay as they are.
import { pseudonym } from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import { nowIso } from '../db/ids.js';
import { refreshSearchText } from '../opinion/opinion.repository.js';
import { maskName } from '../portal/mask.js';
import type { Q } from '../shared/query.js';

export interface ErasureResult {
  petitionerId: string;
  alreadyErased: boolean;
  matters: string[];
  speakerRows: number;
  agendaRows: number;
  textsMasked: number;
}

/** The person's name → initials, their phone → "…", inside a free text; null when nothing matched. */
function maskWithin(text: string | null, name: string | null, phone: string | null): string | null {
  if (!text) return null;
  let out = text.normalize('NFC');
  if (name && name.trim().length >= 3)
    out = out.split(name.normalize('NFC').trim()).join(maskName(name));
  const digits = phone?.replace(/\D/g, '') ?? '';
  if (digits.length >= 6)
    out = out.replace(new RegExp(digits.split('').join('[\\s.-]?'), 'g'), '…');
  return out === text ? null : out;
}

export async function erasePetitioner(
  trx: Q,
  petitionerId: string,
  by: {
    actorUserId: string | null;
    reason: string;
    requestId?: string | null;
    how: 'request' | 'retention';
  },
): Promise<ErasureResult> {
  const p = await trx
    .selectFrom('petitioner')
    .selectAll()
    .where('id', '=', petitionerId)
    .executeTakeFirstOrThrow();
  const matters = (
    await trx
      .selectFrom('raising')
      .select('matter_id')
      .where('petitioner_id', '=', petitionerId)
      .execute()
  ).map((r) => r.matter_id);
  if (p.erased_at)
    return {
      petitionerId,
      alreadyErased: true,
      matters,
      speakerRows: 0,
      agendaRows: 0,
      textsMasked: 0,
    };
  const alias = pseudonym(petitionerId);
  const at = nowIso();
  let speakerRows = 0;
  let agendaRows = 0;
  if (p.full_name && matters.length) {
    const s = await trx
      .updateTable('speaker_registration')
      .set({ full_name: alias })
      .where('matter_id', 'in', matters)
      .where('full_name', '=', p.full_name)
      .executeTakeFirst();
    speakerRows = Number(s.numUpdatedRows);
    const a = await trx
      .updateTable('agenda_item')
      .set({ speaker_name: alias })
      .where('matter_id', 'in', matters)
      .where('speaker_name', '=', p.full_name)
      .executeTakeFirst();
    agendaRows = Number(a.numUpdatedRows);
  }
  let textsMasked = 0;
  if (matters.length) {
    for (const m of await trx
      .selectFrom('matter')
      .select(['id', 'content', 'answer'])
      .where('id', 'in', matters)
      .execute()) {
      const content = maskWithin(m.content, p.full_name, p.phone);
      const answer = maskWithin(m.answer, p.full_name, p.phone);
      if (content || answer) {
        await trx
          .updateTable('matter')
          .set({ ...(content ? { content } : {}), ...(answer ? { answer } : {}) })
          .where('id', '=', m.id)
          .execute();
        textsMasked++;
      }
    }
    for (const a of await trx
      .selectFrom('matter_answer')
      .select(['id', 'text'])
      .where('matter_id', 'in', matters)
      .execute()) {
      const text = maskWithin(a.text, p.full_name, p.phone);
      if (text) {
        await trx.updateTable('matter_answer').set({ text }).where('id', '=', a.id).execute();
        textsMasked++;
      }
    }
    for (const q of await trx
      .selectFrom('agenda_item')
      .select(['id', 'question', 'answer'])
      .where('matter_id', 'in', matters)
      .execute()) {
      const question = maskWithin(q.question, p.full_name, p.phone);
      const answer = maskWithin(q.answer, p.full_name, p.phone);
      if (question || answer) {
        await trx
          .updateTable('agenda_item')
          .set({ ...(question ? { question } : {}), ...(answer ? { answer } : {}) })
          .where('id', '=', q.id)
          .execute();
        textsMasked++;
      }
    }
  }
  await trx
    .updateTable('petitioner')
    .set({ full_name: alias, phone: null, email: null, erased_at: at, updated_at: at })
    .where('id', '=', petitionerId)
    .execute();
  await trx
    .updateTable('petitioner_consent')
    .set({
      withdrawn_at: at,
      withdrawn_by: by.actorUserId,
      withdrawn_how: by.how === 'request' ? 'erasure' : 'retention',
    })
    .where('petitioner_id', '=', petitionerId)
    .where('withdrawn_at', 'is', null)
    .execute();
  for (const m of matters) await refreshSearchText(trx, m);
  await recordAudit(trx, {
    actorUserId: by.actorUserId,
    action: by.how === 'request' ? 'petitioner.erase' : 'petitioner.retention-erase',
    entity: 'petitioner',
    entityId: petitionerId,
    unitId: p.unit_id,
    reason: by.reason,
    detail: {
      requestId: by.requestId ?? null,
      matters,
      fields: ['full_name', 'phone', 'email'],
      speakerRows,
      agendaRows,
      textsMasked,
    },
  });
  return { petitionerId, alreadyErased: false, matters, speakerRows, agendaRows, textsMasked };
}
