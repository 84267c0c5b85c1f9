// Tracking by code: the matter's state in plain words, its key dates, and the published answer
// when there is one. Nothing about the person who sent it is read, nor the text they wrote (it may
// name them): the code is all a passer-by needs to see where a matter stands.
import { matterStateNames, type MatterState } from '@doithoai/core';
import { currentDues } from '../follow-up/follow-up.repository.js';
import { todayInVietnam } from '../shared/clock.js';
import { findPublishedAnswer, type PublishedAnswer } from './published-answer.js';
import { expectedDates, officeOf, type ExpectedDates, type TrackedOffice } from './track-office.js';
import type { Q } from '../shared/query.js';
import {
  sessionDateAndVenue,
  stateChangesOf,
  submissionByCode,
  trackedMatter,
} from './track.repository.js';

/** What each state means for the citizen, in plain Vietnamese. */
export const plainStates: Record<MatterState, string> = {
  received: 'Xã đã nhận ý kiến của bạn và đang xem xét.',
  classified: 'Xã đã phân loại ý kiến theo lĩnh vực.',
  assigned: 'Ý kiến đã được giao cho cán bộ phụ trách chuẩn bị trả lời.',
  'answer-prepared': 'Cán bộ phụ trách đã chuẩn bị nội dung trả lời.',
  raised: 'Ý kiến đã được nêu tại hội nghị đối thoại.',
  settled: 'Ý kiến đã được trả lời, giải quyết tại hội nghị.',
  'carried-over': 'Ý kiến được tiếp tục giải quyết sau hội nghị; xã sẽ trả lời bằng văn bản.',
  'in-follow-up': 'Xã đang giải quyết ý kiến sau hội nghị.',
  responded: 'Xã đã trả lời bằng văn bản.',
  closed: 'Việc giải quyết ý kiến đã kết thúc.',
  escalated: 'Ý kiến vượt thẩm quyền của xã, đã đề nghị cấp trên giải quyết.',
  complex: 'Ý kiến phức tạp, thời hạn giải quyết được kéo dài.',
  rejected: 'Ý kiến không được thụ lý.',
  withdrawn: 'Ý kiến đã được rút.',
  merged: 'Ý kiến được gộp với ý kiến cùng nội dung của người khác để trả lời chung.',
};

/** What the tracking form says when a code finds nothing: a code of the right shape, or not. */
export const trackMessages = {
  notFound:
    'Không tìm thấy ý kiến có mã này. Vui lòng kiểm tra lại từng ký tự của mã, hoặc hỏi Văn phòng UBND xã.',
  badFormat: 'Mã tra cứu gồm 8 chữ và số (không có chữ O, I, L và số 0, 1), ví dụ: K7M2QX9A.',
} as const;

export interface Tracked {
  code: string;
  state: MatterState;
  stateName: string;
  explanation: string;
  sentAt: string;
  /** The day the commune received it (a paper petition: the date on the receipt). */
  receivedOn: string;
  office: TrackedOffice;
  expected: ExpectedDates;
  steps: { at: string; stateName: string }[];
  session: { date: string | null; venue: string | null } | null;
  answer: PublishedAnswer | null;
  /** While a written answer is awaited: the date it is due by, and on what that date rests. */
  due: { date: string; basis: string; how: string | null } | null;
}

/** Why the date is what it is, in plain words (the officials' reasons are not shown). */
const dueBasis = {
  conclusion: 'theo thông báo kết luận của hội nghị',
  extension: 'đã được gia hạn vì ý kiến phức tạp',
  escalation: 'hạn cấp trên trả lời',
} as const;
const awaitingAnswer: readonly MatterState[] = [
  'carried-over',
  'in-follow-up',
  'complex',
  'escalated',
];

/** How a written answer's due date was counted, in one short line. */
const dueHow = {
  conclusion:
    'tính theo ngày làm việc kể từ ngày ban hành thông báo kết luận, không tính ngày nghỉ, ngày lễ',
  extension: null,
  escalation: 'tính theo ngày làm việc kể từ ngày gửi đề nghị lên cấp trên',
} as const;

export async function trackByCode(
  db: Q,
  unitId: string,
  code: string,
  today = todayInVietnam(),
): Promise<Tracked | null> {
  const sub = await submissionByCode(db, unitId, code);
  if (!sub) return null;
  const own = await trackedMatter(db, sub.matter_id);
  // A merged matter is answered through the one it joined: show that one's state and answer.
  const followed = own.merged_into_id ? await trackedMatter(db, own.merged_into_id) : own;
  const changes = await stateChangesOf(db, [...new Set([own.id, followed.id])]);
  const session = sub.session_id ? await sessionDateAndVenue(db, sub.session_id) : undefined;
  const state = followed.state as MatterState;
  const seen = new Set<string>();
  const steps = changes
    .filter((c) => {
      if (seen.has(c.to_state) || c.to_state === 'merged') return false;
      seen.add(c.to_state);
      return true;
    })
    .map((c) => ({
      at: String(c.at),
      stateName: matterStateNames[c.to_state as MatterState]?.vi ?? c.to_state,
    }));
  const answer = await findPublishedAnswer(db, followed.id);
  const due =
    !answer && awaitingAnswer.includes(state)
      ? (await currentDues(db, [followed.id])).get(followed.id)
      : undefined;
  return {
    code,
    state,
    stateName: matterStateNames[state].vi,
    explanation: plainStates[state],
    sentAt: sub.created_at,
    steps,
    receivedOn: own.received_on,
    office: await officeOf(db, followed),
    expected: await expectedDates(db, { ...followed, state }, today),
    session: session ? { date: session.date, venue: session.venue } : null,
    answer,
    due: due ? { date: due.date, basis: dueBasis[due.basis], how: dueHow[due.basis] } : null,
  };
}
