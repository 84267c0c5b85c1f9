// A citizen sends an opinion (or asks to speak at an announced session) from the public form. The
// form is checked field by field with a Vietnamese message beside each; a refusal returns every
// typed value so the page comes back filled. Accepted: a matter with source "citizen online"
// through the opinion feature's create use case, a tracking code, every consent question with its
// wording and answer, and, when asked, a registration to speak with a place on the agenda.
import { DomainError, phoneVn, type Actor } from '@doithoai/core';
import { z } from 'zod';
import type { Db } from '../db/open-database.js';
import { newId, nowIso } from '../db/ids.js';
import { createOpinion } from '../opinion/create-opinion.js';
import { todayInVietnam } from '../plan/plan-clock.js';
import type { PortalLimits } from './rate-limit.js';
import { findPublicUnit, publicVillages, upcomingSessions } from './portal.repository.js';
import { newTrackingCode } from './tracking-code.js';

export const CONTENT_MAX = 2000;
export const NAME_MAX = 120;
export const CONTACT_MAX = 200;

/** The consent questions, in the words the citizen reads; none is ever ticked in advance. */
export const consentQuestions = {
  contact: { purpose: 'contact-about-answer', vi: 'Tôi đồng ý để cán bộ xã liên hệ với tôi qua số điện thoại hoặc email đã ghi, chỉ để trả lời ý kiến này.' },
  publish: { purpose: 'publish-question-anonymous', vi: 'Tôi đồng ý để xã đăng công khai câu hỏi và câu trả lời trên trang này, không kèm họ tên và số điện thoại của tôi.' },
} as const;

export interface FormValues {
  fullName: string;
  villageId: string;
  contact: string;
  content: string;
  consentContact: boolean;
  consentPublish: boolean;
  speak: boolean;
  sessionId: string;
  /** The honeypot: hidden from people, filled only by robots. */
  website: string;
}

export type FieldName = 'fullName' | 'villageId' | 'contact' | 'content' | 'consentContact' | 'speak';

export type SubmitResult =
  | { ok: true; code: string; speaking: boolean }
  | { ok: false; errors: Partial<Record<FieldName, string>>; general: string | null };

const str = (v: unknown, max = 10_000) => (typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '').slice(0, max);
const ticked = (v: unknown) => v === 'on' || v === 'yes' || v === '1' || (Array.isArray(v) && v.length > 0);

/** The posted form as typed (cut at a generous length, so the page can be shown again). */
export function readForm(body: unknown): FormValues {
  const b = (body ?? {}) as Record<string, unknown>;
  return {
    fullName: str(b.fullName, 1000), villageId: str(b.villageId, 64), contact: str(b.contact, 1000), content: str(b.content, 20_000),
    consentContact: ticked(b.consentContact), consentPublish: ticked(b.consentPublish), speak: ticked(b.speak), sessionId: str(b.sessionId, 64),
    website: str(b.website, 1000),
  };
}

const clean = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const email = z.email().max(CONTACT_MAX);

/** The contact as a phone (digits only) or an email; null if blank; 'bad' if neither. */
export function parseContact(raw: string): { phone: string | null; email: string | null } | 'bad' {
  const s = raw.trim();
  if (!s) return { phone: null, email: null };
  if (s.includes('@')) return email.safeParse(s).success ? { phone: null, email: s.toLowerCase() } : 'bad';
  const p = phoneVn.safeParse(s);
  return p.success ? { phone: p.data, email: null } : 'bad';
}

export async function submitOpinion(
  { db, limits, ip }: { db: Db; limits: PortalLimits; ip: string },
  slug: string,
  form: FormValues,
): Promise<SubmitResult> {
  const unit = await findPublicUnit(db.kysely, slug);
  if (!unit) throw new DomainError('NOT_FOUND');
  if (form.website.trim() !== '') {
    return { ok: false, errors: {}, general: 'Không gửi được ý kiến. Nếu bạn là người gửi, hãy để trống ô «Không điền ô này» rồi gửi lại.' };
  }
  const errors: Partial<Record<FieldName, string>> = {};
  const fullName = clean(form.fullName);
  if (!fullName) errors.fullName = 'Vui lòng ghi họ và tên.';
  else if (fullName.length > NAME_MAX) errors.fullName = `Họ và tên dài quá ${NAME_MAX} ký tự.`;
  const villages = await publicVillages(db.kysely, unit.id);
  const village = villages.find((v) => v.id === form.villageId);
  if (!village) errors.villageId = 'Vui lòng chọn thôn nơi bạn ở.';
  const contact = form.contact.length > CONTACT_MAX ? 'bad' : parseContact(form.contact);
  if (contact === 'bad') errors.contact = 'Số điện thoại hoặc email chưa đúng. Ví dụ: 0912 345 678 hoặc ten@gmail.com. Có thể để trống.';
  else if ((contact.phone || contact.email) && !form.consentContact) {
    errors.consentContact = 'Bạn đã ghi số điện thoại hoặc email: hãy đánh dấu ô đồng ý để xã liên hệ trả lời, hoặc xóa số đó đi.';
  }
  const content = form.content.normalize('NFC').trim();
  if (!content) errors.content = 'Vui lòng ghi nội dung ý kiến.';
  else if (content.length > CONTENT_MAX) errors.content = `Nội dung dài ${content.length} ký tự, quá giới hạn ${CONTENT_MAX} ký tự. Vui lòng rút gọn.`;
  let sessionId: string | null = null;
  if (form.speak) {
    const upcoming = await upcomingSessions(db.kysely, unit.id, todayInVietnam());
    const s = upcoming.find((x) => x.id === form.sessionId);
    if (!s) errors.speak = 'Hội nghị này không còn nhận đăng ký phát biểu. Bỏ đánh dấu để gửi ý kiến.';
    else sessionId = s.id;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors, general: 'Ý kiến chưa gửi được. Vui lòng sửa các ô có thông báo màu đỏ.' };

  const phone = contact !== 'bad' ? contact.phone : null;
  if (!limits.perIp.take(`ip:${ip}`) || (phone && !limits.perPhone.take(`phone:${phone}`))) {
    return { ok: false, errors: {}, general: 'Bạn đã gửi nhiều ý kiến trong thời gian ngắn. Vui lòng thử lại sau, hoặc gửi trực tiếp tại Văn phòng UBND xã. Nội dung bạn đã ghi vẫn còn dưới đây.' };
  }

  // The portal acts as a collector of this commune only: it may create opinions, nothing else.
  const portal: Actor = { userId: 'portal', grants: [{ role: 'collector', unitId: unit.id, unitPath: unit.path }] };
  const matter = await createOpinion({ db }, portal, unit.id, {
    content, source: 'citizen-online', villageId: village!.id,
    petitioner: {
      fullName, villageId: village!.id, phone, email: contact !== 'bad' ? contact.email : null,
      answerPreference: phone ? 'phone' : contact !== 'bad' && contact.email ? 'email' : null,
      consents: form.consentContact && (phone || (contact !== 'bad' && contact.email)) ? ['contact-about-answer'] : [],
    },
  });
  return db.kysely.transaction().execute(async (trx) => {
    const at = nowIso();
    const submissionId = newId();
    let code = newTrackingCode();
    for (let i = 0; i < 5 && (await trx.selectFrom('portal_submission').select('id').where('tracking_code', '=', code).executeTakeFirst()); i++) code = newTrackingCode();
    await trx.insertInto('portal_submission').values({
      id: submissionId, unit_id: unit.id, matter_id: matter.id, tracking_code: code, session_id: sessionId, wants_to_speak: sessionId ? 1 : 0, created_at: at,
    }).execute();
    for (const [q, granted] of [[consentQuestions.contact, form.consentContact], [consentQuestions.publish, form.consentPublish]] as const) {
      await trx.insertInto('portal_consent').values({ id: newId(), submission_id: submissionId, purpose: q.purpose, wording: q.vi, granted: granted ? 1 : 0, recorded_at: at }).execute();
    }
    if (sessionId) {
      await trx.insertInto('speaker_registration').values({
        id: submissionId, session_id: sessionId, matter_id: matter.id, full_name: fullName, village_id: village!.id, question: content, registered_by: 'portal', registered_at: at,
      }).execute();
      const last = await trx.selectFrom('agenda_item').select((eb) => eb.fn.max('position').as('p')).where('session_id', '=', sessionId).executeTakeFirst();
      await trx.insertInto('agenda_item').values({
        id: `reg-${submissionId}`, session_id: sessionId, matter_id: matter.id, registration_id: submissionId, position: Number(last?.p ?? 0) + 1,
        from_floor: 0, speaker_name: fullName, speaker_village_id: village!.id, question: content, answer: null, answered_by: null, outcome: null,
        rev: 0, updated_by: 'portal', created_at: at, updated_at: at,
      }).execute();
    }
    return { ok: true as const, code, speaking: !!sessionId };
  });
}
