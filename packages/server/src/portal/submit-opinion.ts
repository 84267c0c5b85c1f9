// A citizen sends an opinion (or asks to speak at an announced session) from the public form. The
// form is checked field by field with a Vietnamese message beside each; a refusal returns every
// typed value so the page comes back filled. Accepted: a matter with source "citizen online"
// through the opinion feature's create use case, a tracking code, every consent question with its
// wording and answer, when asked a registration to speak with a place on the agenda, and the
// photo (checked by its content) — all in one transaction (save-submission.ts).
import { DomainError, phoneVn } from '@doithoai/core';
import { z } from 'zod';
import {
  dropExpiredHeld,
  findHeld,
  saveAttachment,
  type AttachmentMeta,
} from '../attachment/attachment.repository.js';
import { checkPhoto } from '../attachment/photo-type.js';
import { stripMetadata } from '../attachment/strip-metadata.js';
import type { Db } from '../db/open-database.js';
import { todayInVietnam } from '../shared/clock.js';
import type { PortalLimits } from './rate-limit.js';
import { findPublicUnit, publicVillages, upcomingSessions } from './portal.repository.js';
import { saveSubmission, type PhotoToSave } from './save-submission.js';
import { newTrackingCode } from './tracking-code.js';

export const CONTENT_MAX = 2000;
export const NAME_MAX = 120;
export const CONTACT_MAX = 200;

export { consentQuestions } from './consent-questions.js';

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
  /** A photo sent with an earlier, refused try of this form and held for this one. */
  heldPhotoId: string;
}

/** The file part of the form as received (cut at the size limit, then `truncated`). */
export interface SentPhoto {
  bytes: Buffer;
  truncated: boolean;
  filename: string | null;
}

export type FieldName =
  'fullName' | 'villageId' | 'contact' | 'content' | 'photo' | 'consentContact' | 'speak';

export type SubmitResult =
  | { ok: true; code: string; speaking: boolean }
  | {
      ok: false;
      status: 422 | 429;
      errors: Partial<Record<FieldName, string>>;
      general: string | null;
      heldPhoto: AttachmentMeta | null;
    };

const str = (v: unknown, max = 10_000) =>
  (typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '').slice(
    0,
    max,
  );
const ticked = (v: unknown) =>
  v === 'on' || v === 'yes' || v === '1' || (Array.isArray(v) && v.length > 0);

/** The posted form as typed (cut at a generous length, so the page can be shown again). */
export function readForm(body: unknown): FormValues {
  const b = (body ?? {}) as Record<string, unknown>;
  return {
    fullName: str(b.fullName, 1000),
    villageId: str(b.villageId, 64),
    contact: str(b.contact, 1000),
    content: str(b.content, 20_000),
    consentContact: ticked(b.consentContact),
    consentPublish: ticked(b.consentPublish),
    speak: ticked(b.speak),
    sessionId: str(b.sessionId, 64),
    website: str(b.website, 1000),
    heldPhotoId: str(b.heldPhotoId, 64),
  };
}

const clean = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const email = z.email().max(CONTACT_MAX);

/** The contact as a phone (digits only) or an email; null if blank; 'bad' if neither. */
export function parseContact(raw: string): { phone: string | null; email: string | null } | 'bad' {
  const s = raw.trim();
  if (!s) return { phone: null, email: null };
  if (s.includes('@'))
    return email.safeParse(s).success ? { phone: null, email: s.toLowerCase() } : 'bad';
  const p = phoneVn.safeParse(s);
  return p.success ? { phone: p.data, email: null } : 'bad';
}

const tooMany =
  'Bạn đã gửi nhiều ý kiến trong thời gian ngắn. Vui lòng thử lại sau, hoặc gửi trực tiếp tại Văn phòng UBND xã. Nội dung bạn đã ghi vẫn còn dưới đây.';
const phoneKey = (phone: string) => `phone:${phone.replace(/^\+84/, '0')}`;

export interface SubmitDeps {
  db: Db;
  limits: PortalLimits;
  ip: string;
  /** Tracking codes (injected by tests to force a collision). */
  newCode?: () => string;
}

export async function submitOpinion(
  deps: SubmitDeps,
  slug: string,
  form: FormValues,
  photo: SentPhoto | null = null,
): Promise<SubmitResult> {
  const { db, limits, ip } = deps;
  const unit = await findPublicUnit(db.kysely, slug);
  if (!unit) throw new DomainError('NOT_FOUND');
  const errors: Partial<Record<FieldName, string>> = {};
  // The photo: a new one (checked by its content), or the one held from the last try.
  let newPhoto: PhotoToSave | null = null;
  let held: AttachmentMeta | null = null;
  if (photo && (photo.bytes.length > 0 || photo.truncated)) {
    const check = await checkPhoto(photo.bytes, photo.truncated);
    // Kept without where and when it was taken (strip-metadata.ts).
    if (check.ok)
      newPhoto = {
        bytes: stripMetadata(photo.bytes, check.mediaType),
        mediaType: check.mediaType,
        originalName: photo.filename,
      };
    else errors.photo = check.message;
  } else if (form.heldPhotoId) {
    held = await findHeld(db.kysely, form.heldPhotoId, unit.id);
    if (!held)
      errors.photo =
        'Ảnh bạn gửi lần trước không còn được giữ. Vui lòng chọn lại ảnh (hoặc gửi không kèm ảnh).';
  }
  /** A refusal: the form comes back filled, and a good new photo is held so it need not be sent again. */
  const refuse = async (status: 422 | 429, general: string | null): Promise<SubmitResult> => {
    let heldPhoto = held;
    if (newPhoto && (await limits.heldPhotos.take(`ip:${ip}`))) {
      await dropExpiredHeld(db.kysely);
      heldPhoto = await saveAttachment(db.kysely, {
        unitId: unit.id,
        matterId: null,
        ...newPhoto,
        createdBy: 'portal',
      });
    }
    return { ok: false, status, errors, general, heldPhoto };
  };

  if (form.website.trim() !== '') {
    return refuse(
      429,
      'Không gửi được ý kiến. Nếu bạn là người gửi, hãy để trống ô «Không điền ô này» rồi gửi lại.',
    );
  }
  const fullName = clean(form.fullName);
  if (!fullName) errors.fullName = 'Vui lòng ghi họ và tên.';
  else if (fullName.length > NAME_MAX) errors.fullName = `Họ và tên dài quá ${NAME_MAX} ký tự.`;
  const villages = await publicVillages(db.kysely, unit.id);
  const village = villages.find((v) => v.id === form.villageId);
  if (!village) errors.villageId = 'Vui lòng chọn thôn nơi bạn ở.';
  const contact = form.contact.length > CONTACT_MAX ? 'bad' : parseContact(form.contact);
  if (contact === 'bad')
    errors.contact =
      'Số điện thoại hoặc email chưa đúng. Ví dụ: 0912 345 678 hoặc ten@gmail.com. Có thể để trống.';
  else if ((contact.phone || contact.email) && !form.consentContact) {
    errors.consentContact =
      'Bạn đã ghi số điện thoại hoặc email: hãy đánh dấu ô đồng ý để xã liên hệ trả lời, hoặc xóa số đó đi.';
  }
  const content = form.content.normalize('NFC').trim();
  if (!content) errors.content = 'Vui lòng ghi nội dung ý kiến.';
  else if (content.length > CONTENT_MAX)
    errors.content = `Nội dung dài ${content.length} ký tự, quá giới hạn ${CONTENT_MAX} ký tự. Vui lòng rút gọn.`;
  let sessionId: string | null = null;
  if (form.speak) {
    const upcoming = await upcomingSessions(db.kysely, unit.id, todayInVietnam());
    const s = upcoming.find((x) => x.id === form.sessionId);
    if (!s)
      errors.speak = 'Hội nghị này không còn nhận đăng ký phát biểu. Bỏ đánh dấu để gửi ý kiến.';
    else sessionId = s.id;
  }
  if (Object.keys(errors).length > 0)
    return refuse(422, 'Ý kiến chưa gửi được. Vui lòng sửa các ô có thông báo màu đỏ.');

  const ok = contact !== 'bad' ? contact : { phone: null, email: null };
  if (
    !(await limits.perIp.take(`ip:${ip}`)) ||
    (ok.phone && !(await limits.perPhone.take(phoneKey(ok.phone))))
  )
    return refuse(429, tooMany);

  const code = await saveSubmission({ db, newCode: deps.newCode ?? newTrackingCode }, unit, {
    fullName,
    village: village!,
    phone: ok.phone,
    email: ok.email,
    content,
    sessionId,
    consentContact: form.consentContact,
    consentPublish: form.consentPublish,
    photo: newPhoto,
    heldPhotoId: held?.id ?? null,
  });
  return { ok: true, code, speaking: !!sessionId };
}
