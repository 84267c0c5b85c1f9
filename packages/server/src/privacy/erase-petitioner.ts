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
import { withdrawStandingConsents } from './consent.repository.js';
import {
  agendaTextsOf,
  answerTextsOf,
  matterTexts,
  renameAgendaSpeakers,
  renameSpeakers,
  setAgendaTexts,
  setAnswerText,
  setMatterTexts,
} from './erasure.repository.js';
import { matterIdsRaisedBy, petitionerRow, updatePetitioner } from './petitioner.repository.js';

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
  const p = await petitionerRow(trx, petitionerId);
  const matters = await matterIdsRaisedBy(trx, petitionerId);
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
    speakerRows = await renameSpeakers(trx, matters, p.full_name, alias);
    agendaRows = await renameAgendaSpeakers(trx, matters, p.full_name, alias);
  }
  let textsMasked = 0;
  if (matters.length) {
    for (const m of await matterTexts(trx, matters)) {
      const content = maskWithin(m.content, p.full_name, p.phone);
      const answer = maskWithin(m.answer, p.full_name, p.phone);
      if (content || answer) {
        await setMatterTexts(trx, m.id, {
          ...(content ? { content } : {}),
          ...(answer ? { answer } : {}),
        });
        textsMasked++;
      }
    }
    for (const a of await answerTextsOf(trx, matters)) {
      const text = maskWithin(a.text, p.full_name, p.phone);
      if (text) {
        await setAnswerText(trx, a.id, text);
        textsMasked++;
      }
    }
    for (const q of await agendaTextsOf(trx, matters)) {
      const question = maskWithin(q.question, p.full_name, p.phone);
      const answer = maskWithin(q.answer, p.full_name, p.phone);
      if (question || answer) {
        await setAgendaTexts(trx, q.id, {
          ...(question ? { question } : {}),
          ...(answer ? { answer } : {}),
        });
        textsMasked++;
      }
    }
  }
  await updatePetitioner(trx, petitionerId, {
    full_name: alias,
    phone: null,
    email: null,
    erased_at: at,
    updated_at: at,
  });
  await withdrawStandingConsents(trx, petitionerId, {
    at,
    by: by.actorUserId,
    how: by.how === 'request' ? 'erasure' : 'retention',
  });
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
