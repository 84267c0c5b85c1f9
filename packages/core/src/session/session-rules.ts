// The one place that decides whether a session may move: the state must allow the action, and
// each rule of the move is checked against the regulation profile's clocks on the working
// calendar. A broken rule refuses the move with the rule and the date in the message; an
// authorised person may override it with a written reason, which is kept (the server stores
// the returned breaches with the reason and shows them in reports).
import type { Deadline } from '../calendar/deadline-types.js';
import { calendarDaysAfter, calendarDaysBefore } from '../calendar/deadline.js';
import { formatViDate, parseIsoDate, type IsoDate } from '../calendar/iso-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { DomainError, type Message } from '../errors/domain-error.js';
import type { RegulationProfile } from '../profile/regulation-profile.js';
import {
  sessionMoves,
  sessionStateNames,
  sessionActionNames,
  type SessionAction,
  type SessionRule,
  type SessionState,
} from './session-state.js';

export interface SessionFacts {
  state: SessionState;
  round: number | null;
  /** The round's held-by date (from the plan), if the session belongs to a round. */
  heldBy: IsoDate | null;
  /** The session date; required from scheduling on. */
  date: IsoDate | null;
}

export interface MoveContext {
  profile: RegulationProfile;
  calendar: WorkingCalendar;
  /** Today in Vietnam (UTC+7), passed in: core has no clock. */
  today: IsoDate;
  /** schedule: the new date. */
  newDate?: IsoDate;
  /** announce: the date the public notice is out. */
  noticeDate?: IsoDate;
  /** conclude: the conclusion notice's date. */
  conclusionDate?: IsoDate;
  /** close: matters still waiting for a written answer (not responded, closed or escalated). */
  openFollowUps?: number;
}

export interface RuleBreach {
  rule: SessionRule;
  /** The date the rule required (held-by, latest notice day…). */
  limit: IsoDate | null;
  /** The date that broke it. */
  actual: IsoDate | null;
  deadline: Deadline | null;
  message: Message;
}

export interface Override {
  reason: string;
}

export const ordinalRoundVi = (n: number) =>
  ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu'][n - 1] ?? String(n);
const vi = (d: IsoDate) => formatViDate(parseIsoDate(d));

/** The public notice deadline for a session date: at least noticeLeadDays calendar days before. */
export const noticeDeadline = (
  ctx: Pick<MoveContext, 'profile' | 'calendar'>,
  sessionDate: IsoDate,
): Deadline => calendarDaysBefore(ctx.calendar, sessionDate, ctx.profile.noticeLeadDays);

/** The conclusion notice deadline: within conclusionNoticeDays calendar days after the session. */
export const conclusionDeadline = (
  ctx: Pick<MoveContext, 'profile' | 'calendar'>,
  sessionDate: IsoDate,
): Deadline => calendarDaysAfter(ctx.calendar, sessionDate, ctx.profile.conclusionNoticeDays);

function requireDate(value: IsoDate | null | undefined, what: Message): IsoDate {
  if (!value)
    throw new DomainError('VALIDATION', { vi: `Thiếu ${what.vi}`, en: `Missing ${what.en}` });
  parseIsoDate(value);
  return value;
}

function check(rule: SessionRule, s: SessionFacts, ctx: MoveContext): RuleBreach | null {
  switch (rule) {
    case 'within-round': {
      const date = requireDate(ctx.newDate ?? s.date, {
        vi: 'ngày hội nghị',
        en: 'the session date',
      });
      if (!s.heldBy || date <= s.heldBy) return null;
      const round = s.round ? `lần thứ ${ordinalRoundVi(s.round)}` : '';
      return {
        rule,
        limit: s.heldBy,
        actual: date,
        deadline: null,
        message: {
          vi: `Hội nghị ${round} phải tổ chức chậm nhất ngày ${vi(s.heldBy)} (theo kế hoạch)`.replace(
            '  ',
            ' ',
          ),
          en: `Round ${s.round ?? ''} must be held by ${vi(s.heldBy)} (the plan)`.replace(
            '  ',
            ' ',
          ),
        },
      };
    }
    case 'notice-lead': {
      const date = requireDate(s.date, { vi: 'ngày hội nghị', en: 'the session date' });
      const notice = requireDate(ctx.noticeDate, {
        vi: 'ngày phát hành thông báo',
        en: 'the notice date',
      });
      const deadline = noticeDeadline(ctx, date);
      if (notice <= deadline.date) return null;
      const n = ctx.profile.noticeLeadDays;
      return {
        rule,
        limit: deadline.date,
        actual: notice,
        deadline,
        message: {
          vi: `Thông báo phải phát hành chậm nhất ngày ${vi(deadline.date)} (${n} ngày trước hội nghị)`,
          en: `The notice must be published by ${vi(deadline.date)} (${n} days before the session)`,
        },
      };
    }
    case 'held-on-or-after-date': {
      const date = requireDate(s.date, { vi: 'ngày hội nghị', en: 'the session date' });
      if (ctx.today >= date) return null;
      return {
        rule,
        limit: date,
        actual: ctx.today,
        deadline: null,
        message: {
          vi: `Chỉ ghi nhận hội nghị đã tổ chức từ ngày ${vi(date)} (ngày hội nghị)`,
          en: `The session can be recorded as held only from ${vi(date)} (the session date)`,
        },
      };
    }
    case 'conclusion-after-session': {
      const date = requireDate(s.date, { vi: 'ngày hội nghị', en: 'the session date' });
      const c = requireDate(ctx.conclusionDate, {
        vi: 'ngày thông báo kết luận',
        en: 'the conclusion notice date',
      });
      if (c >= date) return null;
      return {
        rule,
        limit: date,
        actual: c,
        deadline: null,
        message: {
          vi: `Thông báo kết luận không thể đề ngày trước ngày hội nghị ${vi(date)}`,
          en: `The conclusion notice cannot be dated before the session (${vi(date)})`,
        },
      };
    }
    case 'conclusion-within': {
      const date = requireDate(s.date, { vi: 'ngày hội nghị', en: 'the session date' });
      const c = requireDate(ctx.conclusionDate, {
        vi: 'ngày thông báo kết luận',
        en: 'the conclusion notice date',
      });
      const deadline = conclusionDeadline(ctx, date);
      if (c <= deadline.date) return null;
      const n = ctx.profile.conclusionNoticeDays;
      return {
        rule,
        limit: deadline.date,
        actual: c,
        deadline,
        message: {
          vi: `Thông báo kết luận phải phát hành chậm nhất ngày ${vi(deadline.date)} (${n} ngày sau hội nghị)`,
          en: `The conclusion notice must be issued by ${vi(deadline.date)} (${n} days after the session)`,
        },
      };
    }
    case 'all-answered': {
      const open = ctx.openFollowUps ?? 0;
      if (open === 0) return null;
      return {
        rule,
        limit: null,
        actual: null,
        deadline: null,
        message: {
          vi: `Còn ${open} vấn đề chưa trả lời bằng văn bản hoặc chưa chuyển cấp trên`,
          en: `${open} matter(s) still have no written answer and were not escalated`,
        },
      };
    }
  }
}

/** Every rule the action would break now (empty: allowed). Throws if the state does not allow it. */
export function sessionBreaches(
  action: SessionAction,
  s: SessionFacts,
  ctx: MoveContext,
): RuleBreach[] {
  const move = sessionMoves[action];
  if (!move.from.includes(s.state)) {
    throw new DomainError('RULE_VIOLATION', {
      vi: `Hội nghị đang ở trạng thái «${sessionStateNames[s.state].vi}»: không thể «${sessionActionNames[action].vi.toLowerCase()}»`,
      en: `The session is ${sessionStateNames[s.state].en.toLowerCase()}: cannot ${sessionActionNames[action].en.toLowerCase()}`,
    });
  }
  return move.rules.map((r) => check(r, s, ctx)).filter((b): b is RuleBreach => b !== null);
}

export const MIN_OVERRIDE_REASON = 10;

/**
 * Decides a move: returns the target state and the breaches overridden (empty when every rule
 * holds). Without an override a breach refuses the move, naming the rule and the date; an
 * override needs a written reason of at least MIN_OVERRIDE_REASON characters.
 */
export function decideSessionMove(
  action: SessionAction,
  s: SessionFacts,
  ctx: MoveContext,
  override?: Override | null,
): { to: SessionState; overridden: RuleBreach[] } {
  const breaches = sessionBreaches(action, s, ctx);
  const to = sessionMoves[action].to;
  if (breaches.length === 0) return { to, overridden: [] };
  if (!override) {
    throw new DomainError('RULE_VIOLATION', {
      vi: breaches.map((b) => b.message.vi).join('; '),
      en: breaches.map((b) => b.message.en).join('; '),
    });
  }
  if (override.reason.trim().length < MIN_OVERRIDE_REASON) {
    throw new DomainError('VALIDATION', undefined, [
      {
        field: 'override.reason',
        message: {
          vi: `Trường «override.reason» cần lý do bằng văn bản (ít nhất ${MIN_OVERRIDE_REASON} ký tự)`,
          en: `Field 'override.reason' needs a written reason (at least ${MIN_OVERRIDE_REASON} characters)`,
        },
      },
    ]);
  }
  return { to, overridden: breaches };
}
