// Tracking by code: the matter's state in plain words, its key dates, and the published answer
// when there is one. Nothing about the person who sent it is read, nor the text they wrote (it may
// name them): the code is all a passer-by needs to see where a matter stands.
import { matterStateNames, type MatterState } from '@doithoai/core';
import { currentDues } from '../follow-up/follow-up.repository.js';
import type { Q } from '../plan/plan.repository.js';
import { findPublishedAnswer, type PublishedAnswer } from './published-answer.js';

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

export interface Tracked {
  code: string;
  state: MatterState;
  stateName: string;
  explanation: string;
  sentAt: string;
  steps: { at: string; stateName: string }[];
  session: { date: string | null; venue: string | null } | null;
  answer: PublishedAnswer | null;
  /** While a written answer is awaited: the date it is due by, and on what that date rests. */
  due: { date: string; basis: string } | null;
}

/** Why the date is what it is, in plain words (the officials' reasons are not shown). */
const dueBasis = { conclusion: 'theo thông báo kết luận của hội nghị', extension: 'đã được gia hạn vì ý kiến phức tạp', escalation: 'hạn cấp trên trả lời' } as const;
const awaitingAnswer: readonly MatterState[] = ['carried-over', 'in-follow-up', 'complex', 'escalated'];

export async function trackByCode(db: Q, unitId: string, code: string): Promise<Tracked | null> {
  const sub = await db.selectFrom('portal_submission').select(['matter_id', 'created_at', 'session_id']).where('tracking_code', '=', code).where('unit_id', '=', unitId).executeTakeFirst();
  if (!sub) return null;
  const own = await db.selectFrom('matter').select(['id', 'state', 'content', 'merged_into_id']).where('id', '=', sub.matter_id).executeTakeFirstOrThrow();
  // A merged matter is answered through the one it joined: show that one's state and answer.
  const followed = own.merged_into_id
    ? await db.selectFrom('matter').select(['id', 'state', 'content', 'merged_into_id']).where('id', '=', own.merged_into_id).executeTakeFirstOrThrow()
    : own;
  const changes = await db.selectFrom('matter_state_change').select(['to_state', 'at']).where('matter_id', 'in', [...new Set([own.id, followed.id])]).orderBy('at').execute();
  const session = sub.session_id ? await db.selectFrom('dialogue_session').select(['date', 'venue']).where('id', '=', sub.session_id).executeTakeFirst() : undefined;
  const state = followed.state as MatterState;
  const seen = new Set<string>();
  const steps = changes.filter((c) => {
    if (seen.has(c.to_state) || c.to_state === 'merged') return false;
    seen.add(c.to_state);
    return true;
  }).map((c) => ({ at: String(c.at), stateName: matterStateNames[c.to_state as MatterState]?.vi ?? c.to_state }));
  const answer = await findPublishedAnswer(db, followed.id);
  const due = !answer && awaitingAnswer.includes(state) ? (await currentDues(db, [followed.id])).get(followed.id) : undefined;
  return {
    code, state, stateName: matterStateNames[state].vi, explanation: plainStates[state], sentAt: sub.created_at, steps,
    session: session ? { date: session.date, venue: session.venue } : null,
    answer,
    due: due ? { date: due.date, basis: dueBasis[due.basis] } : null,
  };
}
