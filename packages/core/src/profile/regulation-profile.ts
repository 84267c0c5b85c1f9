// A regulation profile: the rules one unit's dialogue conferences follow, as data. Rounds and their
// dates, lead times, response times, reminder times, fields, and who signs each document all
// differ between provinces and laws, so none of them is code. Chosen per unit (see resolve.ts).
import { z } from 'zod';
import { daysInMonth, isIsoDate } from '../calendar/iso-date.js';

/** The documents the system produces (DOMAIN.md, "Documents it produces"). */
export const documentKinds = [
  'ke-hoach',
  'thong-bao',
  'giay-moi',
  'danh-sach-y-kien',
  'bien-ban',
  'thong-bao-ket-luan',
  'van-ban-tra-loi',
  'de-nghi-cap-tren',
  'bao-cao',
] as const;
export type DocumentKind = (typeof documentKinds)[number];

const code = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'mã chỉ gồm chữ thường không dấu, số và dấu gạch ngang')
  .max(64);
const text = z.string().trim().min(1).max(500);
const days = (min: number) => z.number().int().min(min).max(365);

/** A day of the year (no 29 February: it would not exist every year). */
export const DayOfYear = z
  .object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) })
  .refine((d) => d.day <= daysInMonth(2001, d.month), { message: 'ngày không có trong tháng' });
export type DayOfYear = z.infer<typeof DayOfYear>;

export const Round = z.object({
  round: z.number().int().min(1),
  /** The last day the round's session may be held, inclusive. */
  heldBy: DayOfYear,
});
export type Round = z.infer<typeof Round>;

/** Who signs a document: "T/M BAN THƯỜNG VỤ" over "BÍ THƯ" (Party) or "TM. ỦY BAN NHÂN DÂN" over "CHỦ TỊCH" (state). */
export const Signer = z.object({
  authority: z.enum(['party', 'state']),
  signingFor: text,
  title: text,
});
export type Signer = z.infer<typeof Signer>;

export const Field = z.object({ code, name: text });
export type Field = z.infer<typeof Field>;

/**
 * The words a profile puts into a new plan that depend on the levels above the commune (issue 20):
 * the bases the plan cites, who comes from above, whose rules it follows, and the recipients above.
 * Absent: neutral wording ("cấp ủy cấp trên").
 */
export const PlanWording = z.object({
  /** What follows "Thực hiện " in the plan's opening, e.g. "Quyết định 657-QĐ/TU … về ban hành Quy chế …". */
  basis: text,
  /** The bases as the plan lists them (Căn cứ). */
  legalBases: z.array(text).min(1),
  /** The first participants line: "Đại diện lãnh đạo Ban Dân vận Huyện ủy, Ủy ban MTTQ huyện;". */
  participantsAbove: text,
  /** Whose rules the purposes cite: "BTV Tỉnh ủy, BTV Huyện ủy". */
  rulesAbove: text,
  /** The recipients above the commune, before its own: "Thường trực Huyện ủy (để b/c);". */
  recipientsAbove: z.array(text).min(1),
});
export type PlanWording = z.infer<typeof PlanWording>;

const isoDate = z.string().refine(isIsoDate, { message: 'ngày không hợp lệ (YYYY-MM-DD)' });

export const RegulationProfile = z
  .object({
    code,
    name: z.object({ vi: text, en: text }),
    /** The profile this one was cloned from, if any. */
    basedOn: code.optional(),
    legalBasis: z.array(text).min(1),
    /** The first day the profile governs; absent: since before any record. */
    validFrom: isoDate.optional(),
    /** The last day it governs; absent: still in force. A plan dated after it follows the profile that replaces it. */
    validTo: isoDate.optional(),
    /** The profile this one follows in time (ha-tinh-hai-cap replaces ha-tinh-657 from 1/7/2025). */
    replaces: code.optional(),
    planWording: PlanWording.optional(),
    /** Sessions a year and the date each must be held by. */
    rounds: z.array(Round).min(1),
    /** The public notice goes out at least this many calendar days before the session. */
    noticeLeadDays: days(0),
    /** The conclusion notice goes out within this many calendar days after the session. */
    conclusionNoticeDays: days(0),
    /** The written answer is due this many working days after the conclusion notice. */
    writtenAnswerWorkingDays: days(1),
    /** A petitioner is told whether the petition is accepted within this many working days of receipt. */
    acknowledgementWorkingDays: days(1),
    reminders: z.object({
      /** "Due soon" from this many working days before the due date. */
      dueSoonWorkingDays: days(0),
      /** "Very overdue" from this many working days after the due date ("overdue" is any day after it). */
      veryOverdueWorkingDays: days(1),
    }),
    fields: z.array(Field).min(1),
    signers: z.partialRecord(z.enum(documentKinds), Signer),
    /** Who approves an answer before it is sent. */
    answerApprover: z.object({ role: code, title: text }),
  })
  .superRefine((p, ctx) => {
    const dup = (values: string[]) => values.find((v, i) => values.indexOf(v) !== i);
    const field = dup(p.fields.map((f) => f.code));
    if (field)
      ctx.addIssue({ code: 'custom', path: ['fields'], message: `lĩnh vực trùng mã: ${field}` });
    const round = dup(p.rounds.map((r) => String(r.round)));
    if (round)
      ctx.addIssue({ code: 'custom', path: ['rounds'], message: `đợt trùng số: ${round}` });
    if (p.validFrom && p.validTo && p.validTo < p.validFrom)
      ctx.addIssue({
        code: 'custom',
        path: ['validTo'],
        message: 'ngày hết hiệu lực trước ngày có hiệu lực',
      });
    for (const kind of ['ke-hoach', 'thong-bao-ket-luan', 'van-ban-tra-loi'] as const) {
      if (!p.signers[kind])
        ctx.addIssue({
          code: 'custom',
          path: ['signers', kind],
          message: `thiếu người ký cho ${kind}`,
        });
    }
  });
export type RegulationProfile = z.infer<typeof RegulationProfile>;
