// An accepted portal submission, written in ONE transaction: the matter (through the opinion
// feature's createOpinion, joined to this transaction), its tracking code, each consent question
// with its wording and answer, the registration to speak, the photo — new or held from a refused
// try — and the message that sends the code by SMS or email. Either all of it is saved or none.
import { type Actor } from '@doithoai/core';
import {
  attachHeld,
  dropExpiredHeld,
  saveAttachment,
} from '../attachment/attachment.repository.js';
import { writeTransaction } from '../db/group-commit.js';
import type { Db } from '../db/open-database.js';
import { newId, nowIso } from '../db/ids.js';
import { enqueueNotification } from '../notify/outbox.js';
import { createOpinion } from '../opinion/create-opinion.js';
import { issueTrackingCode } from '../opinion/tracking-receipt.js';
import { joinTransaction } from '../db/join-transaction.js';
import { consentQuestions } from './consent-questions.js';
import {
  insertAgendaItem,
  insertPortalConsent,
  insertSpeakerRegistration,
  lastAgendaPosition,
} from './submission.repository.js';

export interface PhotoToSave {
  bytes: Buffer;
  mediaType: string;
  originalName: string | null;
}

export interface Submission {
  fullName: string;
  village: { id: string; name: string };
  phone: string | null;
  email: string | null;
  content: string;
  sessionId: string | null;
  consentContact: boolean;
  consentPublish: boolean;
  photo: PhotoToSave | null;
  heldPhotoId: string | null;
}

export async function saveSubmission(
  { db, newCode }: { db: Db; newCode: () => string },
  unit: { id: string; path: string; slug: string; name: string },
  s: Submission,
): Promise<string> {
  // The portal acts as a collector of this commune only: it may create opinions, nothing else.
  const portal: Actor = {
    userId: 'portal',
    grants: [{ role: 'collector', unitId: unit.id, unitPath: unit.path }],
  };
  const contactable = s.consentContact && !!(s.phone || s.email);
  return writeTransaction(db, async (trx) => {
    const matter = await createOpinion({ db: joinTransaction(db, trx) }, portal, unit.id, {
      content: s.content,
      source: 'citizen-online',
      villageId: s.village.id,
      petitioner: {
        fullName: s.fullName,
        villageId: s.village.id,
        phone: s.phone,
        email: s.email,
        answerPreference: s.phone ? 'phone' : s.email ? 'email' : null,
        consents: contactable ? ['contact-about-answer'] : [],
      },
    });
    const at = nowIso();
    const submissionId = newId();
    const code = await issueTrackingCode(trx, unit.id, matter.id, newCode, {
      id: submissionId,
      sessionId: s.sessionId,
      at,
    });
    for (const [q, granted] of [
      [consentQuestions.contact, s.consentContact],
      [consentQuestions.publish, s.consentPublish],
    ] as const) {
      await insertPortalConsent(trx, {
        id: newId(),
        submission_id: submissionId,
        purpose: q.purpose,
        wording: q.vi,
        granted: granted ? 1 : 0,
        recorded_at: at,
      });
    }
    if (s.sessionId) {
      await insertSpeakerRegistration(trx, {
        id: submissionId,
        session_id: s.sessionId,
        matter_id: matter.id,
        full_name: s.fullName,
        village_id: s.village.id,
        question: s.content,
        registered_by: 'portal',
        registered_at: at,
      });
      // A registered speaker goes to the end of the session's agenda.
      await insertAgendaItem(trx, {
        id: `reg-${submissionId}`,
        session_id: s.sessionId,
        matter_id: matter.id,
        registration_id: submissionId,
        position: (await lastAgendaPosition(trx, s.sessionId)) + 1,
        from_floor: 0,
        speaker_name: s.fullName,
        speaker_village_id: s.village.id,
        question: s.content,
        answer: null,
        answered_by: null,
        outcome: null,
        rev: 0,
        updated_by: 'portal',
        created_at: at,
        updated_at: at,
      });
    }
    if (s.photo)
      await saveAttachment(trx, {
        unitId: unit.id,
        matterId: matter.id,
        ...s.photo,
        createdBy: 'portal',
      });
    else if (s.heldPhotoId) await attachHeld(trx, s.heldPhotoId, unit.id, matter.id);
    await dropExpiredHeld(trx);
    // The code by SMS or email, only to a contact the citizen agreed to be reached at; sent after
    // commit by the job runner (notify/outbox.ts), so a failing SMS gateway never loses the matter.
    if (contactable) {
      await enqueueNotification(trx, {
        unitId: unit.id,
        to: { phone: s.phone, email: s.email },
        channels: ['sms', 'email'],
        kind: 'portal.tracking-code',
        subject: `Mã tra cứu ý kiến: ${code}`,
        text: `${unit.name} đã nhận ý kiến của bạn. Mã tra cứu: ${code}. Xem tình trạng và câu trả lời tại trang của xã, mục «Tra cứu».`,
        link: `/xa/${unit.slug}/tra-cuu?ma=${code}`,
        dedupeKey: `portal-code:${submissionId}`,
      });
    }
    return code;
  });
}
