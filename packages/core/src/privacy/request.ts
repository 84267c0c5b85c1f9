// Data-subject requests (Luật 91/2025/QH15; NĐ 356/2025/NĐ-CP; DOMAIN.md "Public side, and
// privacy"): a person asks to see, correct or erase their data, or objects to its use. The
// commune acknowledges within 2 working days and carries the request out within the legal
// period; both dates come from the working calendar with how each was computed.
import { z } from 'zod';
import { DomainError } from '../errors/domain-error.js';
import type { Deadline } from '../calendar/deadline-types.js';
import { calendarDaysAfter, workingDaysAfter } from '../calendar/deadline.js';
import type { IsoDate } from '../calendar/iso-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';

export const requestKinds = ['access', 'correct', 'erase', 'object'] as const;
export type RequestKind = (typeof requestKinds)[number];

export const requestKindNames: Record<RequestKind, { vi: string; en: string }> = {
  access: { vi: 'Xem, nhận bản sao dữ liệu', en: 'See a copy of the data' },
  correct: { vi: 'Chỉnh sửa dữ liệu', en: 'Correct the data' },
  erase: { vi: 'Xóa dữ liệu', en: 'Erase the data' },
  object: { vi: 'Phản đối, hạn chế xử lý', en: 'Object to / restrict processing' },
};

export const requestStates = ['received', 'acknowledged', 'done', 'refused'] as const;
export type RequestState = (typeof requestStates)[number];

export const requestStateNames: Record<RequestState, { vi: string; en: string }> = {
  received: { vi: 'Mới tiếp nhận', en: 'Received' },
  acknowledged: { vi: 'Đã phản hồi tiếp nhận', en: 'Acknowledged' },
  done: { vi: 'Đã thực hiện', en: 'Carried out' },
  refused: { vi: 'Từ chối (có lý do)', en: 'Refused (with reason)' },
};

const moves: Record<RequestState, readonly RequestState[]> = {
  received: ['acknowledged', 'done', 'refused'],
  acknowledged: ['done', 'refused'],
  done: [],
  refused: [],
};

export function checkRequestMove(from: RequestState, to: RequestState): void {
  if (!moves[from].includes(to)) {
    throw new DomainError('RULE_VIOLATION', {
      vi: `Yêu cầu đang ở trạng thái "${requestStateNames[from].vi}", không chuyển sang "${requestStateNames[to].vi}" được`,
      en: `a request that is "${requestStateNames[from].en}" cannot become "${requestStateNames[to].en}"`,
    });
  }
}

/**
 * The periods, as data. Acknowledge: 2 working days (DOMAIN.md). Carry out: DOMAIN.md says
 * "within the legal period" without a number; 15 days is used here and written on each request
 * with its basis, so a commune can check it against the text of NĐ 356/2025/NĐ-CP.
 */
export const requestPeriods = {
  acknowledge: {
    workingDays: 2,
    basis: 'Luật 91/2025/QH15; NĐ 356/2025/NĐ-CP — phản hồi trong 02 ngày làm việc',
  },
  complete: {
    calendarDays: 15,
    basis:
      'NĐ 356/2025/NĐ-CP — thực hiện trong thời hạn luật định (15 ngày, cần đối chiếu văn bản)',
  },
} as const;

export interface RequestDeadlines {
  acknowledge: Deadline & { basis: string };
  complete: Deadline & { basis: string };
}

export function requestDeadlines(calendar: WorkingCalendar, receivedOn: IsoDate): RequestDeadlines {
  return {
    acknowledge: {
      ...workingDaysAfter(calendar, receivedOn, requestPeriods.acknowledge.workingDays),
      basis: requestPeriods.acknowledge.basis,
    },
    complete: {
      ...calendarDaysAfter(calendar, receivedOn, requestPeriods.complete.calendarDays),
      basis: requestPeriods.complete.basis,
    },
  };
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const line = (max: number) => z.string().trim().min(1).max(max);

export const DataSubjectRequestInput = z.strictObject({
  kind: z.enum(requestKinds),
  petitionerId: z.string().max(64).nullable().optional(),
  requesterName: line(200),
  requesterContact: z.string().trim().max(200).nullable().optional(),
  detail: line(4000),
  /** Defaults to today. */
  receivedOn: isoDate.optional(),
});
export type DataSubjectRequestInput = z.infer<typeof DataSubjectRequestInput>;

export const CorrectionInput = z.strictObject({
  fullName: z.string().trim().min(1).max(200).optional(),
  phone: z.string().trim().max(20).nullable().optional(),
  email: z.string().trim().email().max(200).nullable().optional(),
});

export const RequestDecisionInput = z.strictObject({
  to: z.enum(['acknowledged', 'done', 'refused']),
  outcome: z.string().trim().max(4000).optional(),
  /** For a 'correct' request carried out: the corrected fields. */
  correction: CorrectionInput.optional(),
});
export type RequestDecisionInput = z.infer<typeof RequestDecisionInput>;
