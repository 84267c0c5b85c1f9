// Everything the system holds about one petitioner: the copy a person gets on an 'access'
// request (their record, consents with how they were withdrawn, the consent questions answered on
// the portal, the matters they raised).
import type { Q } from '../shared/query.js';

export async function petitionerData(db: Q, petitionerId: string) {
  const p = await db
    .selectFrom('petitioner')
    .leftJoin('unit as v', 'v.id', 'petitioner.village_id')
    .select([
      'petitioner.id',
      'petitioner.full_name',
      'petitioner.phone',
      'petitioner.email',
      'petitioner.answer_preference',
      'petitioner.erased_at',
      'petitioner.created_at',
      'v.name as village',
    ])
    .where('petitioner.id', '=', petitionerId)
    .executeTakeFirstOrThrow();
  const consents = await db
    .selectFrom('petitioner_consent')
    .selectAll()
    .where('petitioner_id', '=', petitionerId)
    .orderBy('recorded_at')
    .execute();
  const matters = await db
    .selectFrom('raising')
    .innerJoin('matter', 'matter.id', 'raising.matter_id')
    .select([
      'matter.id',
      'matter.content',
      'matter.state',
      'matter.answer',
      'raising.source',
      'raising.received_on',
    ])
    .where('raising.petitioner_id', '=', petitionerId)
    .orderBy('raising.received_on')
    .execute();
  // Consent questions answered on the portal for these matters (wording as shown, ticked or not).
  const portal = matters.length
    ? await db
        .selectFrom('portal_consent')
        .innerJoin('portal_submission as s', 's.id', 'portal_consent.submission_id')
        .select([
          'portal_consent.purpose',
          'portal_consent.wording',
          'portal_consent.granted',
          'portal_consent.recorded_at',
          's.matter_id',
        ])
        .where(
          's.matter_id',
          'in',
          matters.map((m) => m.id),
        )
        .orderBy('portal_consent.recorded_at')
        .execute()
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
