// An opinion (ý kiến, kiến nghị, phản ánh) is kept as a *matter* (vấn đề): its text, field,
// village and state, raised by one or many petitioners, each raising with its source.
// DOMAIN.md "Records and their states": the states and the moves between them are data here,
// checked in one place (canMove), so no route or screen re-implements them.
import { z } from 'zod';
import { cleanText, phoneVn } from '../unit/unit.js';
import { opinionFields } from './fields.js';

export const matterStates = [
  'received',
  'classified',
  'assigned',
  'answer-prepared',
  'raised',
  'settled',
  'carried-over',
  'in-follow-up',
  'responded',
  'closed',
  // side exits
  'escalated',
  'complex',
  'rejected',
  'withdrawn',
  // absorbed into another matter; undone by unmerge
  'merged',
] as const;
export type MatterState = (typeof matterStates)[number];

export const matterStateNames: Record<MatterState, { vi: string; en: string }> = {
  received: { vi: 'Mới tiếp nhận', en: 'Received' },
  classified: { vi: 'Đã phân loại', en: 'Classified' },
  assigned: { vi: 'Đã giao', en: 'Assigned' },
  'answer-prepared': { vi: 'Đã chuẩn bị trả lời', en: 'Answer prepared' },
  raised: { vi: 'Đã nêu tại hội nghị', en: 'Raised at the session' },
  settled: { vi: 'Đã giải quyết tại hội nghị', en: 'Settled at the session' },
  'carried-over': { vi: 'Chuyển sau hội nghị', en: 'Carried over' },
  'in-follow-up': { vi: 'Đang xử lý sau đối thoại', en: 'In follow-up' },
  responded: { vi: 'Đã trả lời bằng văn bản', en: 'Responded in writing' },
  closed: { vi: 'Đã kết thúc', en: 'Closed' },
  escalated: { vi: 'Vượt thẩm quyền, đề nghị cấp trên', en: 'Escalated' },
  complex: { vi: 'Phức tạp, kéo dài thời hạn', en: 'Complex (extended)' },
  rejected: { vi: 'Không thụ lý', en: 'Rejected' },
  withdrawn: { vi: 'Rút ý kiến', en: 'Withdrawn' },
  merged: { vi: 'Đã gộp vào vấn đề khác', en: 'Merged into another matter' },
};

const exits: MatterState[] = ['rejected', 'withdrawn'];

/** Allowed moves. `merged` is entered only by merge and left only by unmerge (not listed). */
export const matterTransitions: Record<MatterState, readonly MatterState[]> = {
  received: ['classified', ...exits],
  classified: ['classified', 'assigned', 'escalated', ...exits],
  assigned: ['classified', 'assigned', 'answer-prepared', 'escalated', 'complex', ...exits],
  'answer-prepared': ['assigned', 'raised', 'escalated', 'complex', ...exits],
  raised: ['settled', 'carried-over'],
  settled: ['closed'],
  'carried-over': ['in-follow-up', 'escalated', 'complex'],
  'in-follow-up': ['responded', 'escalated', 'complex'],
  responded: ['closed'],
  closed: [],
  escalated: ['responded', 'closed'],
  // A complex matter found, on inspection, to be beyond the commune's authority goes up too.
  complex: ['in-follow-up', 'responded', 'escalated'],
  rejected: [],
  withdrawn: [],
  merged: [],
};

/** Moves that need a reason written down (DOMAIN.md: side exits "with a reason"). */
export const statesNeedingReason: readonly MatterState[] = [
  'rejected',
  'withdrawn',
  'escalated',
  'complex',
];

export const canMove = (from: MatterState, to: MatterState): boolean =>
  matterTransitions[from].includes(to);

/** States in which a matter may still be merged, classified and routed (before the session). */
export const openStates: readonly MatterState[] = [
  'received',
  'classified',
  'assigned',
  'answer-prepared',
];
export const isOpen = (s: MatterState) => openStates.includes(s);

export const opinionSources = [
  'citizen-online',
  'citizen-paper',
  'at-session',
  'mttq',
  'doan-the',
  'village',
  'official-report',
] as const;
export type OpinionSource = (typeof opinionSources)[number];

export const opinionSourceNames: Record<OpinionSource, { vi: string; en: string }> = {
  'citizen-online': { vi: 'Công dân gửi trực tuyến', en: 'Citizen online' },
  // A petition on paper, handed in at the commune office or sent by post (issue 18).
  'citizen-paper': { vi: 'Công dân gửi đơn giấy, trực tiếp', en: 'Citizen, on paper or in person' },
  'at-session': { vi: 'Tại hội nghị', en: 'At the session' },
  mttq: { vi: 'Mặt trận Tổ quốc', en: 'Fatherland Front' },
  'doan-the': { vi: 'Đoàn thể', en: 'Mass organisation' },
  village: { vi: 'Thôn (thôn trưởng, bí thư chi bộ)', en: 'Village' },
  'official-report': { vi: 'Báo cáo của cán bộ chuyên môn', en: "Official's report" },
};

export const answerPreferences = ['letter', 'phone', 'email', 'at-session'] as const;
export type AnswerPreference = (typeof answerPreferences)[number];
export const answerPreferenceNames: Record<AnswerPreference, { vi: string; en: string }> = {
  letter: { vi: 'Văn bản', en: 'Letter' },
  phone: { vi: 'Điện thoại', en: 'Phone' },
  email: { vi: 'Thư điện tử', en: 'Email' },
  'at-session': { vi: 'Tại hội nghị', en: 'At the session' },
};

/** Purposes a petitioner may consent to, one by one; none is ever assumed. */
export const consentPurposes = ['contact-about-answer', 'publish-name'] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];
export const consentPurposeNames: Record<ConsentPurpose, { vi: string; en: string }> = {
  'contact-about-answer': { vi: 'Liên hệ để trả lời ý kiến', en: 'Contact me about the answer' },
  'publish-name': {
    vi: 'Công khai họ tên khi đăng kết quả',
    en: 'Publish my name with the answer',
  },
};

export const MATTER_MAX = 4000;

const optionalClean = (max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim())
    .pipe(z.string().max(max))
    .nullable()
    .optional()
    .transform((s) => (s ? s : null));

export const PetitionerInput = z.strictObject({
  fullName: optionalClean(120),
  villageId: z.string().max(64).nullable().optional(),
  phone: z
    .union([phoneVn, z.literal('')])
    .nullable()
    .optional()
    .transform((s) => (s ? s : null)),
  email: z
    .union([z.email().max(200), z.literal('')])
    .nullable()
    .optional()
    .transform((s) => (s ? s : null)),
  answerPreference: z.enum(answerPreferences).nullable().optional(),
  /** Only the purposes the person agreed to, ticked by the clerk while they watch: never a default. */
  consents: z.array(z.enum(consentPurposes)).max(consentPurposes.length).default([]),
});
export type PetitionerInput = z.infer<typeof PetitionerInput>;

export const OpinionInput = z.strictObject({
  content: cleanText(MATTER_MAX),
  villageId: z.string().max(64).nullable().optional(),
  source: z.enum(opinionSources),
  sourceOrganisationId: z.string().max(64).nullable().optional(),
  receivedOn: z.iso.date().optional(),
  /** The field the clerk chose (e.g. one click on a suggestion): recorded as confirmed. */
  field: z.enum(opinionFields).nullable().optional(),
  petitioner: PetitionerInput.nullable().optional(),
  /** Add this raising to an existing matter instead of creating one (the clerk saw the duplicate). */
  joinMatterId: z.string().max(64).nullable().optional(),
});
export type OpinionInput = z.infer<typeof OpinionInput>;

export const ClassifyInput = z.strictObject({
  field: z.enum(opinionFields),
  version: z.number().int().nonnegative(),
});
export type ClassifyInput = z.infer<typeof ClassifyInput>;

export const MergeInput = z.strictObject({
  /** The matters absorbed into the target; their petitioners all get the target's one answer. */
  sourceIds: z.array(z.string().max(64)).min(1).max(50),
  reason: optionalClean(500),
});
export type MergeInput = z.infer<typeof MergeInput>;

export const MoveInput = z.strictObject({
  to: z.enum(matterStates),
  reason: optionalClean(1000),
  version: z.number().int().nonnegative(),
});
export type MoveInput = z.infer<typeof MoveInput>;

export const RouteInput = z.strictObject({
  field: z.enum(opinionFields),
  villageId: z.string().max(64).nullable().optional(),
  personId: z.string().max(64),
});
export type RouteInput = z.infer<typeof RouteInput>;

export const matterSorts = ['received', 'deadline'] as const;
export type MatterSort = (typeof matterSorts)[number];

export const SearchQuery = z.strictObject({
  q: z.string().max(200).optional(),
  field: z.enum(opinionFields).optional(),
  source: z.enum(opinionSources).optional(),
  villageId: z.string().max(64).optional(),
  state: z.enum(matterStates).optional(),
  assigneeId: z.string().max(64).optional(),
  overdue: z.enum(['1', 'true']).optional(),
  unrouted: z.enum(['1', 'true']).optional(),
  /** Matters on this session's agenda or in its conclusion notice (a round). */
  round: z.string().max(64).optional(),
  /** Without it: newest entered first. `received`: by the day received; `deadline`: by the due date in force. */
  sort: z.enum(matterSorts).optional(),
  dir: z.enum(['asc', 'desc']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

export interface FieldSuggestion {
  field: string;
  confidence: number;
}

export interface MatterSummary {
  id: string;
  unitId: string;
  villageId: string | null;
  villageName: string | null;
  content: string;
  field: string | null;
  suggestions: FieldSuggestion[];
  state: MatterState;
  source: OpinionSource;
  assigneeId: string | null;
  assigneeName: string | null;
  prepareBy: string | null;
  mergedIntoId: string | null;
  petitionerCount: number;
  receivedOn: string;
  version: number;
}
