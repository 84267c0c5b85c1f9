// Everything the system holds about one petitioner: the copy a person gets on an 'access'
// request (their record, consents with how they were withdrawn, the consent questions answered on
// the portal, the matters they raised).
import type { Q } from '../shared/query.js';
import { consentsOf, portalConsentsOf } from './consent.repository.js';
import { mattersRaisedBy, petitionerRecord } from './petitioner.repository.js';

export async function petitionerData(db: Q, petitionerId: string) {
  const p = await petitionerRecord(db, petitionerId);
  const consents = await consentsOf(db, petitionerId);
  const matters = await mattersRaisedBy(db, petitionerId);
  // Consent questions answered on the portal for these matters (wording as shown, ticked or not).
  const portal = matters.length
    ? await portalConsentsOf(
        db,
        matters.map((m) => m.id),
      )
    : [];
  return {
    petitioner: {
      id: p.id,
      fullName: p.full_name,
      phone: p.phone,
      email: p.email,
      village: p.village,
      answerPreference: p.answer_preference,
      erasedAt: p.erased_at ?? null,
      createdAt: p.created_at,
    },
    consents: consents.map((c) => ({
      id: c.id,
      purpose: c.purpose,
      granted: c.granted === 1,
      wording: c.wording ?? null,
      channel: c.channel ?? null,
      recordedAt: c.recorded_at,
      recordedBy: c.recorded_by,
      withdrawnAt: c.withdrawn_at ?? null,
      withdrawnBy: c.withdrawn_by ?? null,
      withdrawnHow: c.withdrawn_how ?? null,
    })),
    portalConsents: portal.map((c) => ({
      matterId: c.matter_id,
      purpose: c.purpose,
      wording: c.wording,
      granted: c.granted === 1,
      recordedAt: c.recorded_at,
    })),
    matters: matters.map((m) => ({
      id: m.id,
      content: m.content,
      state: m.state,
      answer: m.answer,
      source: m.source,
      receivedOn: m.received_on,
    })),
  };
}
