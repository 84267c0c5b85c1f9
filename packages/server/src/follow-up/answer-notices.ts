// Who is told what as an answer moves, through the notification outbox in the same transaction
// as the move (delivered after commit by the job runner; a failing channel never undoes it):
// submitted → the approvers (the unit's chairs) in the app; returned → its author, with the
// comment; approved → every petitioner who gave a phone or email and agreed to be contacted about
// the answer, with their tracking code when they have one; a complex matter's new due date, or its
// sending to a higher body → the same petitioners.
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { enqueueNotification } from '../notify/outbox.js';
import { petitionersOf } from './follow-up.repository.js';
import {
  consentsFor,
  noticeUnit,
  trackingCodesOf,
  usersWithRoleAt,
} from './notice-recipient.repository.js';

type Trx = Transaction<Database>;
const short = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const dmy = (d: string) => d.split('-').reverse().join('/');

/** Petitioners of the matter reachable about its answer: a contact, and the consent given and not withdrawn. */
async function reachablePetitioners(trx: Trx, matterId: string) {
  const all = (await petitionersOf(trx, matterId)).filter((p) => p.phone || p.email);
  if (!all.length) return [];
  const ids = all.map((p) => p.id);
  const consents = await consentsFor(trx, ids, 'contact-about-answer');
  const latest = new Map(consents.map((c) => [c.petitioner_id, c]));
  const ok = (id: string) => {
    const c = latest.get(id) as { granted: number; withdrawn_at?: string | null } | undefined;
    return !!c && Number(c.granted) === 1 && !c.withdrawn_at;
  };
  const codes = await trackingCodesOf(trx, ids);
  return all
    .filter((p) => ok(p.id))
    .map((p) => ({
      ...p,
      code: codes.find((c) => c.petitioner_id === p.id)?.tracking_code ?? null,
    }));
}

export async function noticeAnswerSubmitted(
  trx: Trx,
  m: { id: string; unit_id: string; content: string },
  answerId: string,
) {
  const unit = await noticeUnit(trx, m.unit_id);
  const chairs = await usersWithRoleAt(trx, m.unit_id, 'chair');
  for (const c of chairs) {
    await enqueueNotification(trx, {
      unitId: unit.id,
      to: { userId: c.user_id },
      channels: ['in-app'],
      kind: 'answer.submitted',
      subject: `Văn bản trả lời chờ duyệt: ${short(m.content, 60)}`,
      text: `Có văn bản trả lời kiến nghị «${short(m.content)}» trình duyệt. Mở mục Theo dõi trả lời để duyệt hoặc trả lại.`,
      link: `/theo-doi#${answerId}`,
    });
  }
}

export async function noticeAnswerReturned(
  trx: Trx,
  m: { id: string; unit_id: string; content: string },
  answer: { id: string; author_user_id: string | null },
  comment: string,
) {
  if (!answer.author_user_id) return;
  await enqueueNotification(trx, {
    unitId: m.unit_id,
    to: { userId: answer.author_user_id },
    channels: ['in-app'],
    kind: 'answer.returned',
    subject: `Văn bản trả lời bị trả lại: ${short(m.content, 60)}`,
    text: `Văn bản trả lời kiến nghị «${short(m.content)}» được trả lại để sửa. Ý kiến: ${comment}`,
    link: `/theo-doi#${answer.id}`,
  });
}

type Unit = Awaited<ReturnType<typeof noticeUnit>>;
type Petitioner = Awaited<ReturnType<typeof reachablePetitioners>>[number];

/** Tells every reachable petitioner of the matter, by SMS and email, with a link to their tracking page. */
async function noticePetitioners(
  trx: Trx,
  m: { id: string; unit_id: string },
  message: (
    unit: Unit,
    p: Petitioner,
  ) => { kind: string; subject: string; text: string; dedupeKey: string },
) {
  const unit = await noticeUnit(trx, m.unit_id);
  for (const p of await reachablePetitioners(trx, m.id)) {
    await enqueueNotification(trx, {
      unitId: unit.id,
      to: { phone: p.phone, email: p.email },
      channels: ['sms', 'email'],
      link: p.code ? `/xa/${unit.slug}/tra-cuu?ma=${p.code}` : `/xa/${unit.slug}`,
      ...message(unit, p),
    });
  }
}

const withCode = (p: Petitioner) => (p.code ? ` (mã ${p.code})` : '');

export async function noticeAnswerApproved(
  trx: Trx,
  m: { id: string; unit_id: string },
  answerId: string,
) {
  await noticePetitioners(trx, m, (unit, p) => ({
    kind: 'answer.approved',
    subject: `${unit.name} đã trả lời ý kiến của bạn${withCode(p)}`,
    text: `${unit.name} đã trả lời bằng văn bản ý kiến của bạn; văn bản sẽ được gửi đến bạn.${p.code ? ` Mã tra cứu: ${p.code}. Xem câu trả lời tại trang của xã, mục «Tra cứu».` : ''}`,
    dedupeKey: `answer-approved:${answerId}:${p.id}`,
  }));
}

export async function noticeDueExtended(
  trx: Trx,
  m: { id: string; unit_id: string },
  extensionId: string,
  dueDate: string,
  responsible: string,
) {
  await noticePetitioners(trx, m, (unit, p) => ({
    kind: 'matter.extended',
    subject: `${unit.name}: thời hạn trả lời ý kiến của bạn${withCode(p)}`,
    text: `Ý kiến của bạn cần thêm thời gian giải quyết. Người chịu trách nhiệm: ${responsible}. Hạn trả lời: chậm nhất ngày ${dmy(dueDate)}.${p.code ? ` Mã tra cứu: ${p.code}.` : ''}`,
    dedupeKey: `matter-extended:${extensionId}:${p.id}`,
  }));
}

export async function noticeEscalated(
  trx: Trx,
  m: { id: string; unit_id: string },
  escalationId: string,
  competentBody: string,
) {
  await noticePetitioners(trx, m, (unit, p) => ({
    kind: 'matter.escalated',
    subject: `${unit.name}: ý kiến của bạn được chuyển cấp trên${withCode(p)}`,
    text: `Ý kiến của bạn vượt thẩm quyền của xã; ${unit.name} đã đề nghị ${competentBody} giải quyết và sẽ chuyển câu trả lời đến bạn.${p.code ? ` Mã tra cứu: ${p.code}.` : ''}`,
    dedupeKey: `matter-escalated:${escalationId}:${p.id}`,
  }));
}
