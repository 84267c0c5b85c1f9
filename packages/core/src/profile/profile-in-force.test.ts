// Profiles of their day (issue 20): ha-tinh-657 for the three-tier years, ha-tinh-hai-cap from
// 1/7/2025, whichever of the two a unit chose; a plan's default wording follows the one in force.
import { describe, expect, it } from 'vitest';
import { defaultPlanContent } from '../plan/default-plan-content.js';
import { BUILT_IN_PROFILES, DAN_CHU_CO_SO_2022, HA_TINH_657, HA_TINH_HAI_CAP } from './built-in.js';
import { defaultConclusionRecipients, defaultReportRecipients } from './recipients-above.js';
import { cloneProfile, profileInForce } from './resolve.js';
import { RegulationProfile } from './regulation-profile.js';

describe('the profile in force on a date', () => {
  it('follows the replacing profile after the last day, and the replaced one before the first', () => {
    expect(profileInForce(HA_TINH_657, '2022-02-15').code).toBe('ha-tinh-657');
    expect(profileInForce(HA_TINH_657, '2025-06-30').code).toBe('ha-tinh-657');
    expect(profileInForce(HA_TINH_657, '2025-07-01').code).toBe('ha-tinh-hai-cap');
    expect(profileInForce(HA_TINH_HAI_CAP, '2026-03-01').code).toBe('ha-tinh-hai-cap');
    expect(profileInForce(HA_TINH_HAI_CAP, '2022-02-15').code).toBe('ha-tinh-657');
    // A profile without a period stands whatever the date.
    expect(profileInForce(DAN_CHU_CO_SO_2022, '2019-01-01').code).toBe('dan-chu-co-so-2022');
  });

  it('keeps the chosen profile when nothing replaces it, and a clone is bound to no period', () => {
    const alone = RegulationProfile.parse({ ...HA_TINH_657, code: 'x-alone' });
    expect(profileInForce(alone, '2026-01-01', [alone]).code).toBe('x-alone');
    const copy = cloneProfile(HA_TINH_657, 'ha-tinh-2026', { vi: 'x', en: 'x' });
    expect(copy).not.toHaveProperty('validTo');
    expect(profileInForce(copy, '2026-01-01', [...BUILT_IN_PROFILES, copy]).code).toBe(
      'ha-tinh-2026',
    );
  });

  it('refuses a period that ends before it begins', () => {
    expect(
      RegulationProfile.safeParse({
        ...HA_TINH_657,
        validFrom: '2025-01-01',
        validTo: '2024-12-31',
      }).success,
    ).toBe(false);
  });
});

describe('a plan worded by the profile of its year', () => {
  const text = (c: ReturnType<typeof defaultPlanContent>) => JSON.stringify(c);

  it('2022: the district above, Quyết định 657 as the basis', () => {
    const c = defaultPlanContent(HA_TINH_657, { name: 'Xã Sơn Giang' }, 2022);
    expect(c.participants[0]).toBe('Đại diện lãnh đạo Ban Dân vận Huyện ủy, Ủy ban MTTQ huyện;');
    expect(c.opening).toMatch(
      /^Thực hiện Quyết định 657-QĐ\/TU ngày 04\/4\/2018 .* về ban hành Quy chế/,
    );
    expect(c.legalBases).toEqual([
      'Quyết định 657-QĐ/TU ngày 04/4/2018 của Ban Thường vụ Tỉnh ủy Hà Tĩnh',
    ]);
    expect(text(c)).toContain('BTV Tỉnh ủy, BTV Huyện ủy');
    expect(c.recipients.slice(0, 2)).toEqual([
      'Thường trực Huyện ủy (để b/c);',
      'Ban Dân vận Huyện ủy;',
    ]);
  });

  it('2026: the province above, KL 215 and the 2025 law as the bases, no "Huyện ủy" anywhere', () => {
    const c = defaultPlanContent(
      profileInForce(HA_TINH_657, '2026-01-10'),
      { name: 'Xã Sơn Giang' },
      2026,
    );
    expect(c.participants[0]).toBe('Đại diện lãnh đạo Ban Dân vận Tỉnh ủy, Ủy ban MTTQ tỉnh;');
    expect(c.legalBases).toEqual([
      'Kết luận 215-KL/TW (tháng 11/2025)',
      'Luật Tổ chức chính quyền địa phương năm 2025',
    ]);
    expect(c.opening).toMatch(/^Thực hiện Kết luận 215-KL\/TW/);
    expect(c.recipients.slice(0, 3)).toEqual([
      'Thường trực Tỉnh ủy (để b/c);',
      'Ban Dân vận Tỉnh ủy;',
      'Ủy ban MTTQ tỉnh;',
    ]);
    expect(text(c)).not.toMatch(/Huyện ủy|huyện/);
    expect(c.rounds).toEqual(
      defaultPlanContent(HA_TINH_657, { name: 'Xã Sơn Giang' }, 2026).rounds,
    );
  });
});

describe('the recipients above, on the three documents of one date', () => {
  it('the district before 1/7/2025, the province after, one line on the conclusion notice', () => {
    const [y2022, y2026] = [
      profileInForce(HA_TINH_HAI_CAP, '2022-06-01'),
      profileInForce(HA_TINH_657, '2026-06-01'),
    ];
    expect(defaultConclusionRecipients(y2022)[0]).toBe(
      'Thường trực Huyện ủy, Ban Dân vận Huyện ủy (để b/c);',
    );
    expect(defaultConclusionRecipients(y2026)[0]).toBe(
      'Thường trực Tỉnh ủy, Ban Dân vận Tỉnh ủy, Ủy ban MTTQ tỉnh (để b/c);',
    );
    expect(defaultConclusionRecipients(y2026).at(-1)).toBe('Lưu.');
    expect(defaultReportRecipients(y2022)).toEqual([
      'Thường trực Huyện ủy (để b/c);',
      'Ban Dân vận Huyện ủy;',
      'Lưu Văn phòng.',
    ]);
    expect(defaultReportRecipients(y2026).join(' ')).not.toMatch(/Huyện|huyện/);
    // A profile without plan wording names the level above generically.
    expect(defaultReportRecipients(DAN_CHU_CO_SO_2022)[0]).toBe(
      'Thường trực cấp ủy cấp trên (để b/c);',
    );
  });
});
