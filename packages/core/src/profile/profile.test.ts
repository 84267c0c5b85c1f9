import { describe, expect, it } from 'vitest';
import {
  RegulationProfile,
  HA_TINH_657,
  DAN_CHU_CO_SO_2022,
  BUILT_IN_PROFILES,
  DEFAULT_FIELDS,
  resolveProfile,
  chosenProfileCode,
  cloneProfile,
  profileDeadline,
  roundDeadlines,
  reminderStage,
} from './index.js';
import { createWorkingCalendar } from '../calendar/index.js';

const cal = createWorkingCalendar();

describe('built-in profiles', () => {
  it('carries the reference plan’s numbers in ha-tinh-657', () => {
    expect(HA_TINH_657).toMatchObject({
      code: 'ha-tinh-657',
      rounds: [
        { round: 1, heldBy: { month: 6, day: 15 } },
        { round: 2, heldBy: { month: 11, day: 15 } },
      ],
      noticeLeadDays: 7,
      conclusionNoticeDays: 7,
      writtenAnswerWorkingDays: 30,
      acknowledgementWorkingDays: 10,
    });
    expect(HA_TINH_657.signers['ke-hoach']).toEqual({
      authority: 'party',
      signingFor: 'T/M BAN THƯỜNG VỤ',
      title: 'BÍ THƯ',
    });
    expect(HA_TINH_657.signers['thong-bao-ket-luan']).toEqual(HA_TINH_657.signers['ke-hoach']);
    expect(HA_TINH_657.signers['van-ban-tra-loi']).toEqual({
      authority: 'state',
      signingFor: 'TM. ỦY BAN NHÂN DÂN',
      title: 'CHỦ TỊCH',
    });
  });

  it('follows Luật 10/2022 Điều 32 in dan-chu-co-so-2022: one conference a year, signed by the People’s Committee', () => {
    expect(DAN_CHU_CO_SO_2022.rounds).toHaveLength(1);
    expect(DAN_CHU_CO_SO_2022.legalBasis[0]).toMatch(/10\/2022\/QH15, Điều 32/);
    expect(DAN_CHU_CO_SO_2022.acknowledgementWorkingDays).toBe(10);
    expect(Object.values(DAN_CHU_CO_SO_2022.signers).every((s) => s.authority === 'state')).toBe(
      true,
    );
  });

  it('lists the twelve fields of DOMAIN.md in order', () => {
    expect(DEFAULT_FIELDS.map((f) => f.code)).toEqual([
      'lanh-dao',
      'can-bo',
      'kinh-te',
      'nong-nghiep',
      'tai-nguyen',
      'moi-truong',
      'van-hoa-xa-hoi',
      'an-ninh-trat-tu',
      'xay-dung-dang',
      'chinh-quyen',
      'mttq-doan-the',
      'khac',
    ]);
    expect(DEFAULT_FIELDS[0]?.name).toBe('Lãnh đạo, chỉ đạo, quản lý, điều hành');
    for (const p of BUILT_IN_PROFILES) expect(RegulationProfile.parse(p)).toEqual(p);
  });

  it('refuses a malformed profile', () => {
    const bad = (patch: object) =>
      RegulationProfile.safeParse({ ...HA_TINH_657, ...patch }).success;
    expect(bad({ code: 'Hà Tĩnh' })).toBe(false);
    expect(bad({ rounds: [{ round: 1, heldBy: { month: 2, day: 30 } }] })).toBe(false);
    expect(bad({ fields: [...DEFAULT_FIELDS, { code: 'khac', name: 'Khác nữa' }] })).toBe(false);
    expect(bad({ signers: { 'ke-hoach': HA_TINH_657.signers['ke-hoach'] } })).toBe(false);
    expect(bad({ writtenAnswerWorkingDays: 0 })).toBe(false);
    expect(bad({ noticeLeadDays: 2.5 })).toBe(false);
    expect(bad({})).toBe(true);
  });
});

describe('resolveProfile', () => {
  const custom = cloneProfile(HA_TINH_657, 'nghe-an-2024', { vi: 'Nghệ An', en: 'Nghệ An' });
  const profiles = [...BUILT_IN_PROFILES, custom];

  it('takes the nearest ancestor’s choice, else the default', () => {
    expect(resolveProfile([{}, { profileCode: null }, {}]).code).toBe('ha-tinh-657');
    expect(resolveProfile([{ profileCode: 'dan-chu-co-so-2022' }, {}, {}]).code).toBe(
      'dan-chu-co-so-2022',
    );
    expect(
      resolveProfile(
        [{ profileCode: 'dan-chu-co-so-2022' }, { profileCode: 'nghe-an-2024' }, {}],
        profiles,
      ).code,
    ).toBe('nghe-an-2024');
    expect(
      resolveProfile(
        [{ profileCode: 'nghe-an-2024' }, {}, { profileCode: 'ha-tinh-657' }],
        profiles,
      ).code,
    ).toBe('ha-tinh-657');
    expect(resolveProfile([])).toBe(HA_TINH_657);
    expect(chosenProfileCode([{ profileCode: 'a' }, { profileCode: '' }])).toBe('a');
  });

  it('says clearly when the chosen code does not exist', () => {
    expect(() => resolveProfile([{ profileCode: 'khong-co' }])).toThrow(
      /no regulation profile with code "khong-co"/,
    );
  });
});

describe('cloneProfile', () => {
  it('copies everything under a new code and name, sharing nothing', () => {
    const copy = cloneProfile(HA_TINH_657, 'ha-tinh-2026', {
      vi: 'Hà Tĩnh 2026',
      en: 'Hà Tĩnh 2026',
    });
    expect(copy).toMatchObject({ code: 'ha-tinh-2026', basedOn: 'ha-tinh-657', noticeLeadDays: 7 });
    expect(copy.fields).toEqual(HA_TINH_657.fields);
    copy.fields[0]!.name = 'đổi';
    copy.rounds[0]!.heldBy.day = 1;
    expect(HA_TINH_657.fields[0]?.name).toBe('Lãnh đạo, chỉ đạo, quản lý, điều hành');
    expect(HA_TINH_657.rounds[0]?.heldBy.day).toBe(15);
    expect(() => cloneProfile(HA_TINH_657, 'Sai Mã', { vi: 'x', en: 'x' })).toThrow();
  });
});

describe('profile deadlines', () => {
  it('turns each kind into its rule', () => {
    expect(profileDeadline(HA_TINH_657, 'notice', '2026-06-12', cal)).toMatchObject({
      rule: 'calendar-days-before',
      date: '2026-06-05',
    });
    expect(profileDeadline(HA_TINH_657, 'conclusion-notice', '2026-06-12', cal)).toMatchObject({
      rule: 'calendar-days-after',
      date: '2026-06-19',
    });
    expect(profileDeadline(HA_TINH_657, 'written-answer', '2026-02-10', cal)).toMatchObject({
      rule: 'working-days-after',
      date: '2026-03-31',
    });
    expect(profileDeadline(HA_TINH_657, 'acknowledgement', '2026-02-10', cal).date).toBe(
      '2026-03-03',
    );
  });

  it('gives the rounds of a year', () => {
    expect(roundDeadlines(HA_TINH_657, 2026)).toEqual([
      { round: 1, heldBy: '2026-06-15' },
      { round: 2, heldBy: '2026-11-15' },
    ]);
  });

  it('stages reminders in working days', () => {
    const due = '2026-03-31'; // a Tuesday
    expect(reminderStage(HA_TINH_657, due, '2026-03-25', cal)).toBe('pending');
    expect(reminderStage(HA_TINH_657, due, '2026-03-26', cal)).toBe('due-soon'); // 3 working days before
    expect(reminderStage(HA_TINH_657, due, due, cal)).toBe('due-soon');
    expect(reminderStage(HA_TINH_657, due, '2026-04-01', cal)).toBe('overdue');
    expect(reminderStage(HA_TINH_657, due, '2026-04-13', cal)).toBe('overdue');
    expect(reminderStage(HA_TINH_657, due, '2026-04-14', cal)).toBe('very-overdue'); // the 10th working day after
  });
});
