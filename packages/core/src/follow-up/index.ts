// Follow-up after the conclusion notice (DOMAIN.md steps 6–7): the written answer's own states
// (draft → submitted → approved, or returned with a comment), escalation to a higher body with
// its states, extensions of a complex matter's due date, the worklist's urgency, and the masked
// name the public pages show ("Ông N.V.A., thôn 3").
import { z } from 'zod';
import { cleanText } from '../unit/unit.js';
import type { ReminderStage } from '../profile/profile-deadlines.js';

export const answerStates = ['draft', 'submitted', 'returned', 'approved', 'sent'] as const;
export type AnswerState = (typeof answerStates)[number];
export const answerStateNames: Record<AnswerState, { vi: string; en: string }> = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  submitted: { vi: 'Chờ duyệt', en: 'Awaiting approval' },
  returned: { vi: 'Trả lại để sửa', en: 'Returned' },
  approved: { vi: 'Đã duyệt, đã phát hành', en: 'Approved and issued' },
  sent: { vi: 'Đã gửi đến người kiến nghị', en: 'Sent to the petitioners' },
};
/** An answer no longer being worked on: approved (letters issued, published) or sent. */
export const finishedAnswerStates: readonly AnswerState[] = ['approved', 'sent'];

/** How a letter reaches its petitioner (the office records it; the matter closes when all have gone). */
export const letterChannels = ['post', 'in-person', 'village', 'email', 'sms', 'zalo'] as const;
export type LetterChannel = (typeof letterChannels)[number];
export const letterChannelNames: Record<LetterChannel, { vi: string; en: string }> = {
  post: { vi: 'Qua bưu điện', en: 'By post' },
  'in-person': { vi: 'Trao tận tay', en: 'Handed over' },
  village: { vi: 'Qua thôn (trưởng thôn chuyển)', en: 'Through the village head' },
  email: { vi: 'Thư điện tử', en: 'Email' },
  sms: { vi: 'Tin nhắn SMS', en: 'SMS' },
  zalo: { vi: 'Zalo', en: 'Zalo' },
};

/** Which answer actions are allowed from each state. */
export const answerMoves = {
  save: ['draft', 'returned'],
  submit: ['draft', 'returned'],
  return: ['submitted'],
  approve: ['submitted'],
} as const satisfies Record<string, readonly AnswerState[]>;
export type AnswerAction = keyof typeof answerMoves;
export const canAnswer = (action: AnswerAction, from: AnswerState): boolean =>
  (answerMoves[action] as readonly AnswerState[]).includes(from);

export const escalationStates = ['sent', 'acknowledged', 'answered'] as const;
export type EscalationState = (typeof escalationStates)[number];
export const escalationStateNames: Record<EscalationState, { vi: string; en: string }> = {
  sent: { vi: 'Đã gửi cấp trên', en: 'Sent' },
  acknowledged: { vi: 'Cấp trên đã tiếp nhận', en: 'Acknowledged' },
  answered: { vi: 'Cấp trên đã trả lời', en: 'Answered' },
};

/** The worklist's urgency: the profile's reminder stage, named for people. */
export const urgencies = ['very-overdue', 'overdue', 'due-soon', 'on-track'] as const;
export type Urgency = (typeof urgencies)[number];
export const urgencyOf = (stage: ReminderStage): Urgency =>
  stage === 'pending' ? 'on-track' : stage;
export const urgencyNames: Record<Urgency, { vi: string; en: string }> = {
  'very-overdue': { vi: 'Quá hạn nghiêm trọng', en: 'Very overdue' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  'due-soon': { vi: 'Sắp đến hạn', en: 'Due soon' },
  'on-track': { vi: 'Trong hạn', en: 'On track' },
};

/**
 * Built-in answer texts every unit starts with (a unit adds its own per field, kept in the
 * database). Placeholders are filled from the matter when picked; see fillTemplate.
 */
export const answerTemplates: { id: string; field: string | null; title: string; vi: string }[] = [
  {
    id: 'mo-dau-kiem-tra',
    field: null,
    title: 'Mở đầu: đã kiểm tra thực tế',
    vi: 'Về ý kiến, kiến nghị của cử tri {thon} tại {hoi_nghi}, sau khi kiểm tra thực tế và làm việc với các bộ phận liên quan, UBND xã trả lời như sau:',
  },
  {
    id: 'mo-dau-dat-dai',
    field: 'tai-nguyen',
    title: 'Mở đầu: đất đai',
    vi: 'Căn cứ hồ sơ địa chính và quy định của Luật Đất đai 2024, UBND xã trả lời ý kiến của cử tri {thon} như sau:',
  },
  {
    id: 'mo-dau-nong-nghiep',
    field: 'nong-nghiep',
    title: 'Mở đầu: nông nghiệp',
    vi: 'Căn cứ chính sách hỗ trợ sản xuất nông nghiệp hiện hành, UBND xã trả lời ý kiến của cử tri {thon} như sau:',
  },
  {
    id: 'ket-thuc-lien-he',
    field: null,
    title: 'Kết thúc: liên hệ',
    vi: 'Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ {can_bo} hoặc Văn phòng UBND xã để được hướng dẫn.',
  },
];

const text = (max: number) => cleanText(max);
/** Text kept in paragraphs (one per line), spaces inside a line collapsed. */
const paragraphs = (max: number) =>
  z
    .string()
    .transform((s) =>
      s
        .normalize('NFC')
        .split('\n')
        .map((l) => l.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join('\n'),
    )
    .pipe(z.string().min(1).max(max));
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const AnswerDraftInput = z.strictObject({
  text: paragraphs(20000),
  version: z.number().int().min(0).optional(),
});
export type AnswerDraftInput = z.infer<typeof AnswerDraftInput>;
export const AnswerReviewInput = z.strictObject({
  comment: z.string().trim().max(2000).optional(),
});
export const AcknowledgeInput = z.strictObject({ on: isoDate.optional() });
export type AcknowledgeInput = z.infer<typeof AcknowledgeInput>;
export type AnswerReviewInput = z.infer<typeof AnswerReviewInput>;
export const EscalateInput = z.strictObject({ competentBody: text(300), proposal: text(4000) });
export type EscalateInput = z.infer<typeof EscalateInput>;
export const EscalationAnswerInput = z.strictObject({
  text: paragraphs(20000),
  answeredOn: isoDate.optional(),
});
export type EscalationAnswerInput = z.infer<typeof EscalationAnswerInput>;
export const ExtendInput = z.strictObject({
  dueDate: isoDate,
  reason: text(2000),
  responsible: text(300).optional(),
});
export const LettersSentInput = z.strictObject({
  channel: z.enum(letterChannels),
  /** Defaults to today. */
  sentOn: isoDate.optional(),
  /** Defaults to every letter not yet sent. */
  petitionerIds: z.array(z.string().max(64)).min(1).max(1000).optional(),
});
export type LettersSentInput = z.infer<typeof LettersSentInput>;
export const ResponsibleInput = z.strictObject({
  personId: z.string().min(1).max(64),
  field: z.string().max(64).nullable().optional(),
});
export type ResponsibleInput = z.infer<typeof ResponsibleInput>;
export const AnswerTemplateInput = z.strictObject({
  field: z.string().max(64).nullable(),
  title: text(200),
  text: paragraphs(8000),
});
export type AnswerTemplateInput = z.infer<typeof AnswerTemplateInput>;

/**
 * Fills a template's placeholders from the matter: {thon}, {linh_vuc}, {han_tra_loi}, {can_bo},
 * {hoi_nghi}, {ngay}. An unknown or empty one is left visible, to be filled by hand. There is no
 * placeholder for a petitioner's name or the petition's words: the answer is published.
 */
export function fillTemplate(
  text: string,
  values: Partial<Record<TemplatePlaceholder, string | null | undefined>>,
): string {
  return text.replace(/\{([a-z_]+)\}/g, (whole, key: string) => {
    const v = (values as Record<string, string | null | undefined>)[key];
    return v ? v : whole;
  });
}
export const templatePlaceholders = [
  'thon',
  'linh_vuc',
  'han_tra_loi',
  'can_bo',
  'hoi_nghi',
  'ngay',
] as const;
export type TemplatePlaceholder = (typeof templatePlaceholders)[number];
export type ExtendInput = z.infer<typeof ExtendInput>;
export const FollowUpFilter = z.object({
  official: z.string().max(64).optional(),
  field: z.string().max(64).optional(),
  session: z.string().max(64).optional(),
  village: z.string().max(64).optional(),
  round: z.coerce.number().int().min(0).max(1000).optional(),
  /** '1': only matters nobody is named to answer. */
  unassigned: z.enum(['0', '1']).optional(),
  /** '1': only matters past their due date in force. */
  overdue: z.enum(['0', '1']).optional(),
  offset: z.coerce.number().int().min(0).max(100_000).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});
export type FollowUpFilter = z.infer<typeof FollowUpFilter>;

/** 'Bà' when the name carries the feminine middle name 'Thị', else 'Ông' (used only when the gender is not recorded). */
export function honorificFor(
  fullName: string | null | undefined,
  gender?: 'male' | 'female' | null,
): 'Ông' | 'Bà' {
  if (gender === 'female') return 'Bà';
  if (gender === 'male') return 'Ông';
  return /(^|\s)thị(\s|$)/iu.test(fullName ?? '') ? 'Bà' : 'Ông';
}

/**
 * The name shown on public pages: honorific, the initials of every part of the name, and the
 * village: maskPetitionerName('Nguyễn Văn An', 'Thôn 3') → 'Ông N.V.A., thôn 3'.
 */
export function maskPetitionerName(
  fullName: string | null | undefined,
  village?: string | null,
  gender?: 'male' | 'female' | null,
): string {
  const parts = (fullName ?? '').normalize('NFC').trim().split(/\s+/).filter(Boolean);
  const who = parts.length
    ? `${honorificFor(fullName, gender)} ${parts.map((p) => `${p.charAt(0).toLocaleUpperCase('vi')}.`).join('')}`
    : 'Người dân';
  const v = village?.trim();
  if (!v) return who;
  const place = /^(thôn|tổ|xóm|bản|khối)\s/iu.test(v)
    ? v.charAt(0).toLocaleLowerCase('vi') + v.slice(1)
    : v;
  return `${who}, ${place}`;
}
