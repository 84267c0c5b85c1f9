import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar/index.js';
import { DomainError } from '../errors/domain-error.js';
import { HA_TINH_657 } from '../profile/index.js';
import {
  AgendaItemInput,
  actionsFrom,
  buildMinutes,
  decideSessionMove,
  sessionBreaches,
  sessionTimeline,
  shortNoticeText,
  type SessionFacts,
} from './index.js';

const calendar = createWorkingCalendar();
const profile = HA_TINH_657;
const base = { profile, calendar, today: '2026-06-20' };
const round1: SessionFacts = { state: 'planned', round: 1, heldBy: '2026-06-15', date: null };

function refusal(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('session moves', () => {
  it('schedules within the round, and refuses a date after its held-by date naming it', () => {
    expect(decideSessionMove('schedule', round1, { ...base, newDate: '2026-06-15' })).toEqual({
      to: 'scheduled',
      overridden: [],
    });
    const e = refusal(() =>
      decideSessionMove('schedule', round1, { ...base, newDate: '2026-06-16' }),
    );
    expect(e.code).toBe('RULE_VIOLATION');
    expect(e.messages.vi).toBe(
      'Hội nghị lần thứ nhất phải tổ chức chậm nhất ngày 15/06/2026 (theo kế hoạch)',
    );
  });

  it('refuses a notice published less than 7 days before, with the date, in the words of the issue', () => {
    const s: SessionFacts = { ...round1, state: 'scheduled', date: '2026-06-15' };
    expect(decideSessionMove('announce', s, { ...base, noticeDate: '2026-06-08' }).to).toBe(
      'announced',
    );
    const e = refusal(() =>
      decideSessionMove('announce', s, { ...base, noticeDate: '2026-06-09' }),
    );
    expect(e.messages.vi).toBe(
      'Thông báo phải phát hành chậm nhất ngày 08/06/2026 (7 ngày trước hội nghị)',
    );
    expect(e.messages.en).toBe(
      'The notice must be published by 08/06/2026 (7 days before the session)',
    );
  });

  it('records a session as held only on or after its date', () => {
    const s: SessionFacts = { ...round1, state: 'announced', date: '2026-06-15' };
    expect(decideSessionMove('hold', s, { ...base, today: '2026-06-15' }).to).toBe('held');
    expect(
      refusal(() => decideSessionMove('hold', s, { ...base, today: '2026-06-14' })).messages.vi,
    ).toBe('Chỉ ghi nhận hội nghị đã tổ chức từ ngày 15/06/2026 (ngày hội nghị)');
  });

  it('concludes within 7 days after the session (moved past a weekend per BLDS 147–148)', () => {
    // 12/06/2026 is a Friday: +7 = Friday 19/06, a working day.
    const s: SessionFacts = { ...round1, state: 'held', date: '2026-06-12' };
    expect(decideSessionMove('conclude', s, { ...base, conclusionDate: '2026-06-19' }).to).toBe(
      'concluded',
    );
    expect(
      refusal(() => decideSessionMove('conclude', s, { ...base, conclusionDate: '2026-06-22' }))
        .messages.vi,
    ).toBe('Thông báo kết luận phải phát hành chậm nhất ngày 19/06/2026 (7 ngày sau hội nghị)');
    // Saturday 13/06 + 7 = Saturday 20/06 → Monday 22/06.
    const sat: SessionFacts = { ...s, date: '2026-06-13' };
    expect(decideSessionMove('conclude', sat, { ...base, conclusionDate: '2026-06-22' }).to).toBe(
      'concluded',
    );
    expect(
      refusal(() => decideSessionMove('conclude', s, { ...base, conclusionDate: '2026-06-11' }))
        .messages.vi,
    ).toContain('trước ngày hội nghị');
  });

  it('closes only when every carried-over matter is answered or escalated', () => {
    const s: SessionFacts = { ...round1, state: 'concluded', date: '2026-06-12' };
    expect(
      refusal(() => decideSessionMove('close', s, { ...base, openFollowUps: 2 })).messages.vi,
    ).toBe('Còn 2 vấn đề chưa trả lời bằng văn bản hoặc chưa chuyển cấp trên');
    expect(decideSessionMove('close', s, { ...base, openFollowUps: 0 }).to).toBe('closed');
  });

  it('refuses a move the state does not allow, whatever the override', () => {
    const e = refusal(() =>
      decideSessionMove('hold', { ...round1, state: 'scheduled', date: '2026-06-12' }, base, {
        reason: 'một lý do đủ dài',
      }),
    );
    expect(e.messages.vi).toContain('«Đã lên lịch»');
    expect(actionsFrom('announced')).toEqual(['hold']);
  });

  it('lets an override through with a written reason, returning what it overrode', () => {
    const s: SessionFacts = { ...round1, state: 'scheduled', date: '2026-06-15' };
    const r = decideSessionMove(
      'announce',
      s,
      { ...base, noticeDate: '2026-06-10' },
      { reason: 'Bão số 2, loa truyền thanh hỏng' },
    );
    expect(r.to).toBe('announced');
    expect(r.overridden.map((b) => [b.rule, b.limit, b.actual])).toEqual([
      ['notice-lead', '2026-06-08', '2026-06-10'],
    ]);
    expect(
      refusal(() =>
        decideSessionMove('announce', s, { ...base, noticeDate: '2026-06-10' }, { reason: 'vì' }),
      ).code,
    ).toBe('VALIDATION');
    expect(sessionBreaches('announce', s, { ...base, noticeDate: '2026-06-01' })).toEqual([]);
  });
});

describe('timeline, short notice, minutes, console contract', () => {
  it('shows each step with its deadline and whether it was on time', () => {
    const t = sessionTimeline(
      {
        heldBy: '2026-06-15',
        date: '2026-06-12',
        scheduledOn: '2026-05-20',
        noticeDate: '2026-06-06',
        heldOn: '2026-06-12',
        conclusionDate: '2026-06-22',
        answersDue: null,
        answersDeadline: null,
        answersDone: null,
        overrides: [{ step: 'concluded', reason: 'Bí thư đi công tác' }],
      },
      profile,
      calendar,
      '2026-06-25',
    );
    expect(t.map((e) => [e.step, e.due, e.status])).toEqual([
      ['scheduled', '2026-06-15', 'on-time'],
      ['announced', '2026-06-05', 'late'],
      ['held', '2026-06-15', 'on-time'],
      ['concluded', '2026-06-19', 'late'],
      ['answered', null, 'pending'],
    ]);
    expect(t[1]!.deadline!.text.vi).toContain('Ít nhất 7 ngày trước ngày 12/06/2026');
    expect(t[3]!.overrides).toEqual(['Bí thư đi công tác']);
  });

  it('writes the loudspeaker text with the time, place and how to register', () => {
    const text = shortNoticeText({
      place: 'Sơn Giang',
      round: 1,
      year: 2026,
      date: '2026-06-12',
      startTime: '07:30',
      venue: 'Hội trường UBND xã',
      chairs: ['Đồng chí Bí thư Đảng ủy'],
      submissionDeadline: '2026-06-10',
      channels: ['Văn phòng UBND xã'],
    });
    expect(text).toContain('lần thứ nhất năm 2026');
    expect(text).toContain('7 giờ 30, thứ Sáu, ngày 12/06/2026');
    expect(text).toContain('trước ngày 10/06/2026');
  });

  it('builds the minutes from the console, counting settled and carried over', () => {
    const item = (id: string, position: number, outcome: 'settled' | 'carried-over' | null) => ({
      id,
      position,
      matterId: id,
      speakerName: null,
      speakerVillage: null,
      question: id,
      answer: null,
      answeredBy: null,
      outcome,
      fromFloor: false,
    });
    const m = buildMinutes({
      date: '2026-06-12',
      startTime: '07:30',
      venue: 'Hội trường',
      chairs: [],
      attendance: { total: 80, groups: [] },
      items: [item('b', 2, 'carried-over'), item('a', 1, 'settled'), item('c', 3, null)],
    });
    expect(m.items.map((i) => [i.order, i.id])).toEqual([
      [1, 'a'],
      [2, 'b'],
    ]);
    expect([m.raisedCount, m.settledCount, m.carriedOverCount, m.notReachedCount]).toEqual([
      2, 1, 1, 1,
    ]);
  });

  it('accepts a console edit with a revision and trims what was typed', () => {
    const v = AgendaItemInput.parse({ rev: 3, position: 1, question: '  Đường  ', answer: '' });
    expect(v).toMatchObject({ rev: 3, question: 'Đường', answer: null, fromFloor: false });
    expect(() => AgendaItemInput.parse({ rev: 0, position: 1, question: 'x' })).toThrow();
  });
});
